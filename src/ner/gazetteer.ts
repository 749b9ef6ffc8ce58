// Phrase look-up over token sequences: which known names ("united states", "paris", "iranian")
// cover which tokens. The phrase list is injected as a Map so training and tagging use the same one.
import { combine, hashString } from './hash.js';

/** lowercased phrase (tokens separated by single spaces) -> categories ("country", "given-name", ...) */
export type GazetteerEntries = Map<string, string[]>;

/** What is known of a word sequence: the categories of the phrase it is, and whether longer phrases start with it. */
interface Entry {
  cats: number[] | null;
  isPrefix: boolean;
}

export interface Gazetteer {
  /** phrases and every proper prefix of a phrase (so a scan can stop early), in one map: one look-up per step */
  readonly entries: Map<string, Entry>;
  readonly maxLength: number;
}

/** Index the entries for scanning. */
export function buildGazetteer(entries: GazetteerEntries): Gazetteer {
  const map = new Map<string, Entry>();
  const entry = (key: string): Entry => {
    let e = map.get(key);
    if (!e) map.set(key, (e = { cats: null, isPrefix: false }));
    return e;
  };
  let maxLength = 0;
  for (const [phrase, cats] of entries) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const key = words.join(' ');
    const e = entry(key);
    const ids = (e.cats ??= []);
    for (const c of cats) {
      const id = hashString(c);
      if (!ids.includes(id)) ids.push(id);
    }
    maxLength = Math.max(maxLength, words.length);
    for (let k = 1; k < words.length; k++) entry(words.slice(0, k).join(' ')).isPrefix = true;
  }
  return { entries: map, maxLength };
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
      const hit = gaz.entries.get(key);
      if (!hit) break;
      if (hit.cats) { best = j; cats = hit.cats; }
      if (!hit.isPrefix) break;
    }
    if (!cats) continue;
    for (let j = i; j <= best; j++) {
      const list = (out[j] ??= []);
      for (const c of cats) list.push(combine(c, j === i ? BEGIN : INSIDE));
    }
  }
  return out;
}
