// `dossier figures [--since D] [--until D] [--country C] [--limit N] [--db FILE] [--json]`
import { renderFigures } from '../../query/render.js';
import { parseCountry, parseDate } from '../../query/resolve.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

const USAGE = 'figures [--since D] [--until D] [--country C] [--limit N] [--db FILE] [--json]';

/** Key figures across the corpus. */
export function run(args: string[]): Promise<number> {
  return runCommand('figures', USAGE, async () => {
    const { values } = parseFlags(args, { ...storeOptions, since: { type: 'string' }, until: { type: 'string' }, country: { type: 'string' }, limit: { type: 'string', default: '20' } }, [0, 0]);
    const q = { since: parseDate(values.since), until: parseDate(values.until, true), country: parseCountry(values.country), limit: Number(values.limit) || 20 };
    const rows = await withStore(values.db, (store) => store.figures(q));
    print(values.json, rows, renderFigures);
    return 0;
  });
}
