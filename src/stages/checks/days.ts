// Dates as day numbers, so that ranges can be compared and shifted: "2024-07-28" <-> 19932.
import { earliestDay, latestDay } from '../../kb/dates.js';

const DAY = 86_400_000;

/** The day number of a (possibly partial) date, taking its first or last day. */
export function dayOf(date: string, edge: 'first' | 'last' = 'first'): number {
  return Math.round(Date.parse((edge === 'first' ? earliestDay : latestDay)(date) + 'T00:00:00Z') / DAY);
}

/** The YYYY-MM-DD of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface DayRange {
  from: number;
  to: number;
}
