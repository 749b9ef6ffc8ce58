// Reads CoNLL-2003 column files: "token POS chunk NER" per line, blank line between sentences,
// "-DOCSTART-" between documents. Tags may be IOB1 or IOB2; both become our BIO spans.
import { TYPES, type NerSpan, type NerType } from './tags.js';

export interface ConllSentence {
  tokens: string[];
  spans: NerSpan[];
}

/** One -DOCSTART- document: its sentences in order. */
export type ConllDoc = ConllSentence[];

/** Parse CoNLL text into documents; sentences keep the order the scorer counts them in. */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    if (!doc) docs.push((doc = []));
    doc.push({ tokens, spans: chunks(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) { flush(); continue; }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flush(); docs.push((doc = [])); continue; }
    tokens.push(cols[0]);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  flush();
  return docs.filter((d) => d.length > 0);
}

/** Entity chunks from IOB1/IOB2 tag strings: a chunk starts at B-X, or at I-X after a different type or O. */
export function chunks(tags: readonly string[]): NerSpan[] {
  const out: NerSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? '' : tag.slice(2);
    const opens = prefix === 'B' || (prefix === 'I' && t !== type);
    if (start >= 0 && (prefix === 'O' || opens)) {
      if (isType(type)) out.push({ start, end: i, type });
      start = -1;
      type = '';
    }
    if (opens) { start = i; type = t; }
  }
  return out;
}

function isType(t: string): t is NerType {
  return (TYPES as readonly string[]).includes(t);
}
