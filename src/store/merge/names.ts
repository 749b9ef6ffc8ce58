// Name keys for merging entities across articles.
import { nameKey } from '../../knowledge/normalize.js';

// "Mr.", "Dr." before a name are not part of it; Arabic article "al-"/"el-" is optional in English
// news: "Bashar al-Assad" = "Bashar Assad"
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);
const PARTICLE = /^(al|el|ad|as|ash|at|az|ar)-/;
const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du']);

/** The words of a name, normalised: "Dr. Bashar al-Assad" -> ["bashar", "assad"]. */
export function nameWords(name: string): string[] {
  const words = nameKey(name).replace(/[.,"]/g, ' ').replace(/'s$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words.map((w) => w.replace(PARTICLE, '').replace(/'/g, ''));
}

/** The key names are compared by. */
export const normName = (name: string): string => nameWords(name).join(' ');

/** The surname key: the last word. */
export const lastName = (name: string): string => nameWords(name).at(-1) ?? '';

/** "United Nations" -> "un"; "International Atomic Energy Agency" -> "iaea"; one word -> "". */
export function initials(name: string): string {
  const words = nameKey(name).split(/[\s-]+/).filter((w) => w && !MINOR.has(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}

/** True for "UN", "IAEA", "NATO": an acronym that may stand for a longer name. */
export const isAcronym = (name: string): boolean => /^[A-Z]{2,6}$/.test(name.replace(/\./g, ''));
