// Document-level evidence: how the same word is written, and (in the second pass) how it was
// tagged, elsewhere in the same document. "BRUSSELS" in a dateline is easier to read when the
// story also writes "Brussels" mid-sentence; "Clinton" alone is a person when "Bill Clinton" was one.
import { Cap, type WordInfo } from './word.js';
import { NUM_TAGS, O, typeOfTag } from './tags.js';

/** Bits per lowercase form: seen capitalised mid-sentence, seen lowercase. */
export const SEEN_CAPITALIZED = 1;
export const SEEN_LOWER = 2;

/** A sentence is a headline when most of its words are in capitals: "EU REJECTS GERMAN CALL". */
export function isHeadline(words: readonly WordInfo[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    const cap = w.cap;
    if (cap === Cap.None) continue;
    letters++;
    if (cap === Cap.Upper) upper++;
  }
  return letters >= 2 && upper * 2 > letters;
}

/** How each lowercase form is written across the document's sentences (headlines do not count). */
export function caseStats(doc: readonly (readonly WordInfo[])[]): Map<string, number> {
  const stats = new Map<string, number>();
  for (const infos of doc) {
    if (isHeadline(infos)) continue;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      let bit = 0;
      if (info.cap === Cap.Lower) bit = SEEN_LOWER;
      else if (i > 0 && info.capitalized) bit = SEEN_CAPITALIZED;
      if (bit) stats.set(info.lower, (stats.get(info.lower) ?? 0) | bit);
    }
  }
  return stats;
}

/** Per lowercase form, how often a first pass tagged it with each entity type (index 4 = O). */
export function tagStats(doc: readonly (readonly WordInfo[])[], tags: readonly Uint8Array[]): Map<string, Int32Array> {
  const stats = new Map<string, Int32Array>();
  doc.forEach((infos, s) => {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      if (!info.capitalized) continue;
      let counts = stats.get(info.lower);
      if (!counts) stats.set(info.lower, (counts = new Int32Array(5)));
      const tag = tags[s][i];
      counts[tag === O ? 4 : typeOfTag(tag)]++;
    }
  });
  return stats;
}

/** What the features of one document may look at besides the sentence itself. */
export interface DocContext {
  caseStats: Map<string, number>;
  /** second pass only: first-pass tag counts and the first-pass tags of each sentence */
  tagStats?: Map<string, Int32Array>;
  firstPass?: readonly Uint8Array[];
}

/** Context for a document from its sentences alone (first pass). */
export function firstPassContext(doc: readonly (readonly WordInfo[])[]): DocContext {
  return { caseStats: caseStats(doc) };
}

/** Context for the second pass, given the first pass's tags for every sentence. */
export function secondPassContext(base: DocContext, doc: readonly (readonly WordInfo[])[], tags: readonly Uint8Array[]): DocContext {
  if (tags.length !== doc.length || tags.some((t, i) => t.length !== doc[i].length || t.some((x) => x >= NUM_TAGS))) {
    throw new Error('dossier ner: first-pass tags do not match the sentences');
  }
  return { caseStats: base.caseStats, tagStats: tagStats(doc, tags), firstPass: tags };
}
