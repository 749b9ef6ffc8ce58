// `dossier ner --conll FILE [--out PREDS.jsonl]`: tag every sentence of a CoNLL file, document
// by document, and write one JSON line per sentence in the shared scorer's format.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConll } from './conll.js';
import { loadTagger } from './tagger.js';

interface NerArgs { conll: string; out: string | null }

function parseArgs(args: readonly string[]): NerArgs | string {
  let conll: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag === '--conll' || flag === '--out') && (value === undefined || value.startsWith('--'))) return `${flag} needs a file name`;
    if (flag === '--conll') conll = args[++i];
    else if (flag === '--out') out = args[++i];
    else return `unknown argument ${flag}`;
  }
  return conll ? { conll, out } : 'usage: dossier ner --conll FILE [--out PREDS.jsonl]';
}

/** Run the command; returns the process exit code. Errors are printed as one line. */
export async function nerCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`dossier ner: ${parsed}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.conll, 'utf8');
  } catch (e) {
    console.error(`dossier ner: cannot read ${parsed.conll}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 1;
  }
  try {
    const tagger = loadTagger();
    const lines: string[] = [];
    for (const doc of parseConll(text)) {
      for (const spans of tagger.tagDocument(doc.map((s) => s.tokens))) {
        lines.push(JSON.stringify({ sentence: lines.length, spans }));
      }
    }
    const output = lines.join('\n') + (lines.length ? '\n' : '');
    if (parsed.out) writeFileSync(parsed.out, output);
    else process.stdout.write(output);
    return 0;
  } catch (e) {
    console.error((e as Error).message.startsWith('dossier') ? (e as Error).message : `dossier ner: ${(e as Error).message}`);
    return 1;
  }
}
