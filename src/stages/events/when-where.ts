// Step 5: when and where. Dates come from chrono-node, resolved against the article's date (no
// article date: null, since "on Monday" cannot be placed); the place is a named location after
// in/at/near inside the trigger's clause ("were held in Tehran").
import * as chrono from 'chrono-node';
import type { Doc } from '../../doc/types.js';
import type { ActorIndex } from './actors.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';

// sentences without a date-like word are not handed to the date parser at all, for speed
const DATE_WORD = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(yesterday|today|tonight|last|next|ago|earlier this|this (week|month|year))\b|\b(19|20)\d\d\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

interface Found { at: number; value: string }
// one parse per sentence, however many events it holds
const parsed = new WeakMap<Doc, Map<number, Found[]>>();

function datesIn(doc: Doc, s: number, date: string): Found[] {
  let byDoc = parsed.get(doc);
  if (!byDoc) parsed.set(doc, (byDoc = new Map()));
  const known = byDoc.get(s);
  if (known) return known;
  const sentence = doc.sentences[s];
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Found[] = [];
  if (DATE_WORD.test(text)) {
    const [y, m, d] = date.split('-').map(Number);
    for (const r of chrono.parse(text, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) continue;
      found.push({ at: sentence.start + r.index, value: `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}` });
    }
  }
  byDoc.set(s, found);
  return found;
}

/** The date of an event whose trigger starts at character `at` in sentence `s`, or null. */
export function dateOf(doc: Doc, s: number, at: number): string | null {
  if (!doc.date) return null;
  let best: Found | null = null;
  for (const f of datesIn(doc, s, doc.date)) if (!best || Math.abs(f.at - at) < Math.abs(best.at - at)) best = f;
  return best?.value ?? null;
}

/** The GPE or LOC named after a place preposition in the clause, nearest after the trigger first. */
export function placeOf(doc: Doc, index: ActorIndex, clause: Clause, triggerEnd: number, cues: Cues): string | null {
  const order: number[] = [];
  for (let k = triggerEnd; k < clause.end; k++) order.push(k);
  for (let k = clause.start; k < triggerEnd; k++) order.push(k);
  for (const k of order) {
    const m = index.mentionAt[k];
    if (!m || (m.type !== 'GPE' && m.type !== 'LOC') || m.tokenStart !== k) continue;
    const prev = doc.tokens[k - 1];
    if (prev && cues.place_prepositions.has(prev.lower)) return m.entity!;
  }
  return null;
}
