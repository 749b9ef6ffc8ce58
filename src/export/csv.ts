// Events as CSV (RFC 4180): a header row, then one event a row.
import type { EventRow } from '../store/types.js';

const COLUMNS: Array<keyof EventRow> = ['id', 'date', 'type', 'cameo', 'quad', 'intensity', 'source', 'source_country', 'target', 'target_country',
  'place', 'num_articles', 'num_sources', 'num_stories', 'negated', 'hypothetical', 'evidence', 'url'];

// 'said "no", then left' -> '"said ""no"", then left"'
const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The CSV header line. */
export const csvHeader = (): string => COLUMNS.join(',') + '\r\n';

/** One event as a CSV line. */
export const csvLine = (e: EventRow): string => COLUMNS.map((c) => cell(e[c])).join(',') + '\r\n';
