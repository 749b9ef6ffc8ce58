// Dates in the office knowledge base: "2024-05-19", or "2024-05" / "2024" when the day is not certain.
// A partial date stands for a range of days; comparisons use the edges of that range.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when s is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day or month. */
export function isKbDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a (possibly partial) date can mean: "2005-08" -> "2005-08-01". */
export function earliestDay(s: string): string {
  const [y, m = '01', d = '01'] = s.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a (possibly partial) date can mean: "2024-02" -> "2024-02-29", "2019" -> "2019-12-31". */
export function latestDay(s: string): string {
  const [y, m, d] = s.split('-');
  if (d !== undefined) return s;
  if (m === undefined) return `${y}-12-31`;
  return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
}

/** True when a term from start to end (null: still sitting) may include the given day or partial date. */
export function mayCover(start: string, end: string | null, date: string): boolean {
  if (latestDay(date) < earliestDay(start)) return false;
  return end === null || earliestDay(date) <= latestDay(end);
}

/** True when a term may have ended before or on the day the next began ("a same-day handover"). */
export function mayPrecede(end: string, nextStart: string): boolean {
  return earliestDay(end) <= latestDay(nextStart);
}

/** True when start can be no later than end, for partial dates too. */
export function mayBeOrdered(start: string, end: string): boolean {
  return earliestDay(start) <= latestDay(end);
}
