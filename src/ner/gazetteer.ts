// Phrase look-up over token sequences: which known names ("united states", "paris", "iranian")
// cover which tokens. The phrase list is injected as a Map so training and tagging use the same one.
import { combine, hashString } from './hash.js';

/** lowercased phrase (tokens separated by single spaces) -> categories ("country", "given-name", ...) */
export type GazetteerEntries = Map<string, string[]>;

export interface Gazetteer {
  /** phrase -> hashed category ids */
  readonly phrases: Map<string, number[]>;
  /** every proper prefix of a phrase, so a scan can stop early */
  readonly prefixes: Set<string>;
  readonly maxLength: number;
}

/** Index the entries for scanning. */
export function buildGazetteer(entries: GazetteerEntries): Gazetteer {
  const phrases = new Map<string, number[]>();
  const prefixes = new Set<string>();
  let maxLength = 0;
  for (const [phrase, cats] of entries) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const ids = phrases.get(key) ?? [];
    for (const c of cats) {
      const id = hashString(c);
      if (!ids.includes(id)) ids.push(id);
    }
    phrases.set(key, ids);
    maxLength = Math.max(maxLength, words.length);
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  return { phrases, prefixes, maxLength };
}

const BEGIN = 0x42;
const INSIDE = 0x49;

/**
 * For each token, hashed (category, begin|inside) ids of the longest phrase starting at each
 * position that covers it: "New York Times" -> new:B-org?, york:I-..., times:I-...
 */
export function matchGazetteer(gaz: Gazetteer, lower: readonly string[]): Array<number[] | null> {
  const out: Array<number[] | null> = new Array(lower.length).fill(null);
  for (let i = 0; i < lower.length; i++) {
    let key = lower[i];
    let best = -1;
    let cats: number[] | undefined;
    for (let j = i; j < lower.length && j - i < gaz.maxLength; j++) {
      if (j > i) key += ' ' + lower[j];
      const hit = gaz.phrases.get(key);
      if (hit) { best = j; cats = hit; }
      if (!gaz.prefixes.has(key)) break;
    }
    if (!cats) continue;
    for (let j = i; j <= best; j++) {
      const list = (out[j] ??= []);
      for (const c of cats) list.push(combine(c, j === i ? BEGIN : INSIDE));
    }
  }
  return out;
}
