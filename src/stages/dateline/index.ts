// The article date from a dateline, when none was given: "NAIROBI, 6 December 2023 - Leaders of ...",
// "LIMA, December 22, 2022 - ...", "KYIV, Ukraine, March 3 (Reuters) -". A date with no year is left alone.
import * as chrono from 'chrono-node';
import type { Doc } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';

const DATELINE = /^\s*[A-Z][A-Za-z .'’-]+,(?:\s*[A-Z][a-z]+,)?\s*([^-–—(]{4,40}?)\s*(?:\([^)]*\)\s*)?[-–—]/;

/** The YYYY-MM-DD date a dateline opening the text states, or null. */
export function datelineDate(text: string): string | null {
  const m = DATELINE.exec(text);
  if (!m || !/\b\d{4}\b/.test(m[1])) return null;
  const parsed = chrono.parse(m[1])[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  const d = parsed.start;
  return `${d.get('year')}-${String(d.get('month')).padStart(2, '0')}-${String(d.get('day')).padStart(2, '0')}`;
}

function run(doc: Doc): void {
  if (doc.date) return;
  const first = doc.sentences.find((s) => !s.inTitle);
  if (first) doc.date = datelineDate(doc.text.slice(first.start, first.end));
}

export const dateline: Stage = { name: 'dateline', requires: ['sentences'], assigns: ['date'], run };
