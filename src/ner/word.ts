// What the features need to know about one word form, computed once and cached: hashes of the
// word, its lowercase form, shapes, prefixes and suffixes, and its capitalisation class.
import { FNV_OFFSET, fnvStep, hashString } from './hash.js';

/** Capitalisation class: "paris" lower, "Paris" title, "PARIS" upper, "1996" none, "iPhone" mixed. */
export const enum Cap { None = 0, Lower = 1, Title = 2, Upper = 3, Mixed = 4 }

export interface WordInfo {
  lower: string;
  word: number;
  low: number;
  /** "Xx", "X.X.", "d-d": runs of one character class collapsed */
  shape: number;
  /** "Xxxxx", "dddd-dd-dd": one class symbol per character, at most 8 */
  longShape: number;
  /** hashes of the lowercase prefixes and suffixes of length 1..4 (repeats the whole word when shorter) */
  affixes: Int32Array;
  cap: Cap;
  /** the word has at least one letter and starts with an uppercase one */
  capitalized: boolean;
}

const MAX_AFFIX = 4;

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // 'X'
  if (c >= 97 && c <= 122) return 120; // 'x'
  if (c >= 48 && c <= 57) return 100; // 'd'
  const s = String.fromCharCode(c);
  if (s.toLowerCase() !== s) return 88;
  if (s.toUpperCase() !== s) return 120;
  return c;
}

function capClass(word: string, lower: string): Cap {
  const upper = word.toUpperCase();
  if (upper === lower) return Cap.None;
  if (word === lower) return Cap.Lower;
  if (word === upper) return Cap.Upper;
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && word.slice(1) === lower.slice(1)) return Cap.Title;
  return Cap.Mixed;
}

/** Compute the word's info (uncached). */
export function describeWord(word: string): WordInfo {
  const lower = word.toLowerCase();
  let shape = FNV_OFFSET;
  let longShape = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const k = charClass(word.charCodeAt(i));
    if (i < 8) longShape = fnvStep(longShape, k);
    if (k !== last) shape = fnvStep(shape, k);
    last = k;
  }
  const affixes = new Int32Array(2 * MAX_AFFIX);
  let pre = FNV_OFFSET;
  let suf = FNV_OFFSET;
  for (let k = 0; k < MAX_AFFIX; k++) {
    if (k < lower.length) pre = fnvStep(pre, lower.charCodeAt(k));
    if (k < lower.length) suf = fnvStep(suf, lower.charCodeAt(lower.length - 1 - k));
    affixes[k] = pre;
    affixes[MAX_AFFIX + k] = suf;
  }
  const cap = capClass(word, lower);
  return {
    lower,
    word: hashString(word),
    low: hashString(lower),
    shape,
    longShape,
    affixes,
    cap,
    capitalized: cap === Cap.Title || cap === Cap.Upper || (cap === Cap.Mixed && word.charAt(0) !== lower.charAt(0)),
  };
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 200_000;

/** Cached describeWord: news repeats its words, so most look-ups hit. */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info) return info;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  info = describeWord(word);
  cache.set(word, info);
  return info;
}
