// Two actors over time: their events month by month, cooperation (quad 1-2) against conflict (3-4).
import type { EventRow } from '../store/types.js';
import { renderEvents } from './render.js';
import { table } from './table.js';

export interface PairSummary {
  events: number;
  cooperation: number;
  conflict: number;
  /** (cooperation - conflict) / events, from -1 (all conflict) to 1 (all cooperation) */
  balance: number;
  months: Array<{ month: string; cooperation: number; conflict: number }>;
}

/** Counts a pair's events, weighting each by the articles that report it. */
export function summarizePair(events: EventRow[]): PairSummary {
  const months = new Map<string, { cooperation: number; conflict: number }>();
  let cooperation = 0;
  let conflict = 0;
  for (const e of events) {
    const month = e.date?.slice(0, 7) ?? 'undated';
    const m = months.get(month) ?? { cooperation: 0, conflict: 0 };
    if (e.quad <= 2) (cooperation++, m.cooperation++);
    else (conflict++, m.conflict++);
    months.set(month, m);
  }
  const n = events.length;
  return { events: n, cooperation, conflict, balance: n ? Math.round(((cooperation - conflict) / n) * 1000) / 1000 : 0, months: [...months].map(([month, c]) => ({ month, ...c })) };
}

/** The pair's summary, monthly counts and events. */
export function renderRelations(a: string, b: string, summary: PairSummary, events: EventRow[]): string {
  return [
    `${a} — ${b}: ${summary.events} events, ${summary.cooperation} cooperation, ${summary.conflict} conflict (balance ${summary.balance})`,
    '',
    table(['month', 'cooperation', 'conflict'], summary.months.map((m) => [m.month, m.cooperation, m.conflict])),
    '',
    renderEvents(events),
  ].join('\n');
}
