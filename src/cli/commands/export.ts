// `dossier export --format jsonl|csv|events-tsv|graphml|gexf [--out FILE] [--db FILE]`
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportStore, FORMATS, type ExportFormat } from '../../export/store.js';
import { parseFlags, runCommand, storeOptions, UsageError, withStore } from './shared/cli.js';

const USAGE = `export --format ${FORMATS.join('|')} [--out FILE] [--db FILE]`;

/** Writes the store to a file (or stdout): articles as JSON Lines, events as CSV or GDELT TSV, the actor network as GraphML or GEXF. */
export function run(args: string[]): Promise<number> {
  return runCommand('export', USAGE, async () => {
    const { values } = parseFlags(args, { db: storeOptions.db, format: { type: 'string' }, out: { type: 'string' } }, [0, 0]);
    const format = values.format as ExportFormat | undefined;
    if (!format || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    // respect back-pressure so that a large export streams instead of piling up in memory
    const write = async (chunk: string) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    await withStore(values.db, (store) => exportStore(store, format, write));
    if (values.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())));
    return 0;
  });
}
