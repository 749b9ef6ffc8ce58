// `dossier analyze FILE|-`: one article in, a readable report or the dossier JSON out.
import { parseArgs } from 'node:util';
import { analyzeDoc } from '../../analyze.js';
import { KbLoadError } from '../../kb/index.js';
import type { Doc } from '../../doc/types.js';
import { toDossier } from '../../dossier/output.js';
import { eventsToGdeltTsv } from '../../export/gdelt.js';
import { eventsToPloverJsonl } from '../../export/plover.js';
import { readText } from '../../input/read-text.js';
import { textReport } from '../../report/text.js';

const FORMATS = ['text', 'json', 'events-tsv', 'plover-jsonl'] as const;

/** Parses the flags, reads the article, prints the report; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        kb: { type: 'string', multiple: true },
      },
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('give exactly one FILE, or - for standard input');
  if (values.date !== undefined && !isDate(values.date)) return usageError(`--date "${values.date}" is not a date of the form YYYY-MM-DD`);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!(FORMATS as readonly string[]).includes(format)) return usageError(`--format "${format}" is not one of ${FORMATS.join(', ')}`);

  const input = readText(positionals[0]);
  if (!input.ok) {
    console.error(`dossier analyze: ${input.error.message}`);
    return 1;
  }
  let doc;
  try {
    doc = analyzeDoc(input.text, { title: values.title, date: values.date, kb: values.kb ?? [] });
  } catch (e) {
    if (!(e instanceof KbLoadError)) throw e;
    console.error(`dossier analyze: ${e.message}`);
    return 1;
  }
  process.stdout.write(render(format, doc, positionals[0]));
  return 0;
}

function render(format: string, doc: Doc, input: string): string {
  if (format === 'text') return textReport(doc);
  const dossier = toDossier(doc);
  const item = { dossier, url: input === '-' ? undefined : input, date: doc.date ?? undefined };
  if (format === 'events-tsv') return eventsToGdeltTsv([item]);
  if (format === 'plover-jsonl') return eventsToPloverJsonl([item]);
  return JSON.stringify(dossier, null, 1) + '\n';
}

function usageError(message: string): number {
  console.error(`dossier analyze: ${message}\nusage: dossier analyze FILE|- [--json] [--format text|json|events-tsv|plover-jsonl] [--title T] [--date YYYY-MM-DD] [--kb FILE]...`);
  return 2;
}

const isDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));
