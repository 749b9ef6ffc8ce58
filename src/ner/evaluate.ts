// Exact-match span scoring (start, end and type must all agree), per type and micro-averaged,
// the way conlleval counts: used to report dev F1 while training.
import { TYPES, type NerSpan } from './tags.js';

export interface Counts { tp: number; fp: number; fn: number }

export interface Scores {
  byType: Record<string, Counts>;
  all: Counts;
  /** PER+LOC+ORG: MISC ignored on both sides */
  plo: Counts;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Count matches between gold and predicted spans of many sentences. */
export function scoreSentences(gold: readonly NerSpan[][], pred: readonly NerSpan[][]): Scores {
  const byType: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, empty()]));
  gold.forEach((g, s) => {
    const key = (x: NerSpan) => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(pred[s].map(key));
    for (const p of pred[s]) byType[p.type][goldKeys.has(key(p)) ? 'tp' : 'fp']++;
    for (const x of g) if (!predKeys.has(key(x))) byType[x.type].fn++;
  });
  const sum = (types: readonly string[]) =>
    types.reduce((a, t) => ({ tp: a.tp + byType[t].tp, fp: a.fp + byType[t].fp, fn: a.fn + byType[t].fn }), empty());
  return { byType, all: sum(TYPES), plo: sum(['PER', 'LOC', 'ORG']) };
}

/** F1 of a count triple (0 when nothing was found or expected). */
export function f1(c: Counts): number {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** "ALL 0.891 PER+LOC+ORG 0.912 PER 0.95 ..." */
export function formatScores(s: Scores): string {
  const types = TYPES.map((t) => `${t} ${f1(s.byType[t]).toFixed(4)}`).join(' ');
  return `ALL ${f1(s.all).toFixed(4)}  PER+LOC+ORG ${f1(s.plo).toFixed(4)}  ${types}`;
}
