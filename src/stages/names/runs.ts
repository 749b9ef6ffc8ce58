// Runs of capitalised words that may be names: "Ali Asghar Khaji", "Bashar al-Assad",
// "Syrian Democratic Forces". Title words at the front ("President", "Foreign Minister", "Former")
// are not part of the name and are left for the titles stage.
import type { Doc, Mention } from '../../doc/types.js';
import { isCapitalized } from '../../doc/mentions.js';
import type { Knowledge } from '../../knowledge/index.js';

export interface Run {
  start: number;
  end: number;
}

const FUNCTION_POS = new Set(['ADP', 'ADV', 'VERB', 'ADJ', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM']);
// the first word of a sentence, after any opening quotes or brackets
const firstWord = (doc: Doc, i: number, sentenceStart: number): boolean => {
  for (let j = sentenceStart; j < i; j++) if (doc.tokens[j].pos !== 'PUNCT') return false;
  return true;
};
const glued = (doc: Doc, i: number): boolean => doc.tokens[i].start === doc.tokens[i - 1].end;

/** Length of the title words that open a run at token i ("Senior Advisor", "President", "Former", "Mr."), or 0. */
export function titleLength(doc: Doc, keys: readonly string[], i: number, end: number, k: Knowledge): number {
  let j = i;
  const w = k.titleWords;
  const modifier = (t: string) => w.status.former.includes(t) || w.status.acting.includes(t) || w.status.current.includes(t) || w.rank.includes(t) || w.deputy.includes(t);
  while (j < end && modifier(keys[j])) j++;
  const title = k.titles.longest(keys, j, end);
  if (title) return title.end - i;
  if (k.names.honorifics.has(keys[j]) || k.names.honorifics.has(keys[j] + '.')) return j + 1 + (keys[j + 1] === '.' ? 1 : 0) - i;
  return j - i;
}

/** The capitalised runs of one sentence that no earlier stage has claimed. */
export function nameRuns(doc: Doc, sentence: number, owners: ReadonlyArray<Mention | true | undefined>, keys: readonly string[], k: Knowledge): Run[] {
  const { tokenStart, tokenEnd } = doc.sentences[sentence];
  const runs: Run[] = [];
  const nameToken = (i: number) => !owners[i] && isCapitalized(doc.tokens[i].text) && doc.tokens[i].pos !== 'PUNCT';
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (!nameToken(i)) continue;
    const skip = titleLength(doc, keys, i, tokenEnd, k);
    if (skip > 0) { i += skip - 1; continue; }
    // "Middle Eastern", "Western": adjectives of regions are no names
    if (k.names.not_names.has(keys[i]) || /^\p{Lu}\p{Ll}+ern$/u.test(doc.tokens[i].text)) continue;
    // "Countering ...", "Like Lutnick, ...", "“Everyone is ...": a sentence's first word is capitalised by position only
    if (firstWord(doc, i, tokenStart) && FUNCTION_POS.has(doc.tokens[i].pos)) continue;
    let end = i + 1;
    for (;;) {
      if (end < tokenEnd && nameToken(end) && !k.titles.longest(keys, end, tokenEnd) && !/^\p{Lu}\p{Ll}+ern$/u.test(doc.tokens[end].text)) { end++; continue; }
      // "al-Assad", "bin Salman", "von der Leyen": particles and hyphens inside a name
      let j = end;
      while (j < tokenEnd && !owners[j] && (k.names.particles.has(keys[j]) || (keys[j] === '-' && glued(doc, j)))) j++;
      if (j > end && j < tokenEnd && nameToken(j)) { end = j + 1; continue; }
      // "Moon Jae-in", "Han Duck-soo": a lowercase syllable glued to a name by a hyphen
      if (keys[end] === '-' && end + 1 < tokenEnd && glued(doc, end) && glued(doc, end + 1) && /^\p{Ll}+$/u.test(doc.tokens[end + 1].text)) { end += 2; continue; }
      break;
    }
    runs.push({ start: i, end });
    i = end - 1;
  }
  return joinOfRuns(runs, keys, k);
}

// "Plan of Action", "Code of Conduct", "Council on Foreign Relations", "Ministry of the Interior":
// two capitalised runs joined by of / on / for are one name, unless the first is a personal name
// ("Pedro Sánchez of Spain" stays two); the tagger then says what the whole is.
const JOINERS = new Set(['of', 'on', 'for']);
function joinOfRuns(runs: Run[], keys: readonly string[], k: Knowledge): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    const gap = prev ? keys.slice(prev.end, r.start) : [];
    const joinable = prev && gap.length >= 1 && gap.length <= 2 && JOINERS.has(gap[0]) && (gap.length === 1 || gap[1] === 'the');
    const orgLike = prev && keys.slice(prev.start, prev.end).some((w) => k.names.org_heads.has(w) || k.names.org_starts.has(w));
    if (joinable && (orgLike || prev.end - prev.start === 1)) prev.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

/** True when a personal title or honorific ends right before token i ("President | Bashar Assad"). */
export function titledBefore(keys: readonly string[], i: number, k: Knowledge): boolean {
  const prev = keys[i - 1] === '.' ? keys[i - 2] + '.' : keys[i - 1];
  if (prev && k.names.honorifics.has(prev)) return true;
  for (let start = Math.max(0, i - 5); start < i; start++) if (k.titles.longest(keys, start, i)?.end === i) return true;
  return false;
}
