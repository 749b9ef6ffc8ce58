// Events as GDELT 2.0 event records: 61 tab-separated columns, no header (as GDELT ships them).
// The column mapping is documented in README.md beside this file.
import type { DossierJson } from '../dossier/schema.js';

/** One event, in the terms every export shares. */
export interface ExportEvent {
  id: number | string;
  date: string | null;
  cameo: string;
  quad: number;
  intensity: number;
  source: string | null;
  source_country: string | null;
  target: string | null;
  target_country: string | null;
  place: string | null;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  /** true when the evidence lies in the article's opening (GDELT's IsRootEvent) */
  root: boolean;
  url: string | null;
}

const COLUMNS = 61;

// "2024-07-30" -> 2024.5781: the year plus the elapsed fraction, as GDELT's FractionDate
function fractionDate(d: Date): string {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return (d.getUTCFullYear() + (d.getTime() - start) / (365 * 86_400_000)).toFixed(4);
}

// Goldstein runs -10 (most hostile) to +10: our intensity is a magnitude; the quad class gives the sign
const goldstein = (quad: number, intensity: number) => String(Math.max(-10, Math.min(10, (quad >= 3 ? -1 : 1) * Math.abs(intensity))));
const clean = (s: string | null) => (s ?? '').replace(/[\t\r\n]+/g, ' ');

/** One GDELT 2.0 row for an event; `added` fills DATEADDED (YYYYMMDDHHMMSS). */
export function gdeltRow(e: ExportEvent, added: string): string[] {
  const row = new Array<string>(COLUMNS).fill('');
  const date = e.date ? new Date(`${e.date}T00:00:00Z`) : null;
  const day = e.date?.replace(/-/g, '') ?? '';
  Object.assign(row, {
    0: String(e.id), 1: day, 2: day.slice(0, 6), 3: day.slice(0, 4), 4: date ? fractionDate(date) : '',
    5: e.source_country ?? '', 6: clean(e.source).toUpperCase(), 7: e.source_country ?? '',
    15: e.target_country ?? '', 16: clean(e.target).toUpperCase(), 17: e.target_country ?? '',
    25: e.root ? '1' : '0', 26: e.cameo, 27: e.cameo.slice(0, 3), 28: e.cameo.slice(0, 2), 29: String(e.quad),
    30: goldstein(e.quad, e.intensity), 31: String(e.num_mentions), 32: String(e.num_sources), 33: String(e.num_articles), 34: '0',
    35: '0', 43: '0', 51: e.place ? '4' : '0', 52: clean(e.place),
    59: added, 60: clean(e.url),
  });
  return row;
}

// the evidence starts within the opening 500 characters: the lead, where GDELT's root events sit
const LEAD = 500;

/** A dossier's events as ExportEvents: negated and hypothetical events are left out (GDELT has no such events). */
export function dossierEvents(dossier: DossierJson, url: string | null = null, date: string | null = null): ExportEvent[] {
  const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
  return dossier.events
    .filter((e) => !e.negated && !e.hypothetical)
    .map((e) => ({
      id: e.id, date: e.date ?? date ?? dossier.article.date, cameo: e.cameo, quad: e.quad, intensity: e.intensity,
      source: e.source === null ? null : names.get(e.source) ?? e.source, source_country: e.source_country,
      target: e.target === null ? null : names.get(e.target) ?? e.target, target_country: e.target_country,
      place: e.place, num_mentions: 1, num_sources: 1, num_articles: 1, root: e.evidence.start < LEAD, url,
    }));
}

/** Dossiers' events as GDELT 2.0 TSV; ids run from 1 across all items. */
export function eventsToGdeltTsv(items: Array<{ dossier: DossierJson; url?: string; date?: string }>, added = new Date()): string {
  const stamp = added.toISOString().replace(/\D/g, '').slice(0, 14);
  let n = 0;
  const rows = items.flatMap((it) => dossierEvents(it.dossier, it.url ?? null, it.date ?? null).map((e) => gdeltRow({ ...e, id: ++n }, stamp).join('\t')));
  return rows.length ? rows.join('\n') + '\n' : '';
}
