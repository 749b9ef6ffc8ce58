import type { Doc } from '../../doc/types.js';
import { isCapitalized } from '../../doc/mentions.js';
import type { Knowledge } from '../../knowledge/index.js';

/**
 * True when a known place at token `i` is really the end of a personal name: "Lloyd Austin",
 * "Michael Jordan" — the place follows a capitalised word that is no title, no known name and no
 * common capitalised word.
 */
export function continuesPersonName(doc: Doc, keys: readonly string[], i: number, knowledge: Knowledge, knownEnd: number): boolean {
  const prev = doc.tokens[i - 1];
  if (!prev || prev.sent !== doc.tokens[i].sent || knownEnd >= i || !isCapitalized(prev.text)) return false;
  if (prev.start === doc.sentences[prev.sent].start) return false;
  if (knowledge.names.not_names.has(prev.lower) || knowledge.names.honorifics.has(prev.lower)) return false;
  for (let start = Math.max(0, i - 4); start < i; start++) {
    if (knowledge.titles.longest(keys, start, i)?.end === i) return false;
    if (knowledge.gazetteer.longest(keys, start, i)?.end === i) return false;
  }
  return true;
}
