// `dossier timeline [--actor A]`: dated events in order, oldest first, undated ones last.
import type { EventRow } from '../store/types.js';
import { table } from './table.js';

/** Orders events for a timeline. */
export function timeline(events: EventRow[]): EventRow[] {
  return [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id);
}

/** One line per event: date, what happened, how widely reported. */
export const renderTimeline = (events: EventRow[]): string =>
  table(['date', 'event', 'articles', 'evidence'],
    events.map((e) => [e.date, `${e.source ?? e.source_country ?? '?'} ${e.type} ${e.target ?? e.target_country ?? '?'}`, e.num_articles, e.evidence]), 60);
