// Dating an undated article from the office holders it names: each claim gives the days it can be true on,
// and the estimate is the stretch of days that the most claims agree on.
import type { DateEstimate } from '../../doc/types.js';
import type { Context } from '../../pipeline/index.js';
import type { Claim } from './claims.js';
import { dayOf, isoOf, type DayRange } from './days.js';
import { termsForClaim } from './terms.js';

/** A claim read as the days it can be true on, with the reason in words. */
export interface Constraint {
  ranges: DayRange[];
  reason: string;
}

// How long after taking office a holder is still "new", and how long before it one is "-elect".
const NEW_DAYS = 183;
const ELECT_DAYS = 90;
const OPEN = dayOf('2099-12-31');

/** The days a claim can be true on, from the person's terms in the knowledge base. */
export function constraintOf(claim: Claim, context: Context): Constraint | null {
  const terms = termsForClaim(claim, context);
  if (!terms.length) return null;
  const what = `${claim.name} as ${claim.status === 'current' ? (claim.marker === 'new' ? 'new ' : '') + claim.role : claim.status === 'elect' ? claim.role + '-elect' : claim.status + ' ' + claim.role}`;
  const ranges = terms.map((t): DayRange => {
    const start = dayOf(t.start);
    const end = t.end ? dayOf(t.end, 'last') : OPEN;
    // "Iran's president-elect, Masoud Pezeshkian": between the election and taking office
    if (claim.status === 'elect') return { from: start - ELECT_DAYS, to: start + 7 };
    // "former defence minister X": after the term ended
    if (claim.status === 'former') return { from: t.end ? dayOf(t.end) : OPEN, to: OPEN };
    // "Iran's new president, Masoud Pezeshkian": in the first months of the term
    if (claim.marker === 'new') return { from: start, to: Math.min(end, start + NEW_DAYS) };
    return { from: start, to: end };
  });
  const span = ranges.map((r) => `${isoOf(r.from)}..${r.to >= OPEN ? 'open' : isoOf(r.to)}`).join(' or ');
  return { ranges, reason: `${what}: ${span}` };
}

/** The stretch of days the most constraints agree on, with the reasons that agree and those left out. */
export function estimateRange(constraints: readonly Constraint[]): DateEstimate | null {
  if (!constraints.length) return null;
  const points = [...new Set(constraints.flatMap((c) => c.ranges.flatMap((r) => [r.from, r.to + 1])))].sort((a, b) => a - b);
  const holds = (c: Constraint, day: number) => c.ranges.some((r) => r.from <= day && day <= r.to);
  let best: { from: number; to: number; agree: Constraint[] } | null = null;
  for (let k = 0; k + 1 < points.length; k++) {
    const agree = constraints.filter((c) => holds(c, points[k]));
    const key = (xs: Constraint[]) => xs.map((c) => constraints.indexOf(c)).join(',');
    if (best && best.to + 1 === points[k] && key(best.agree) === key(agree)) best.to = points[k + 1] - 1;
    else if (!best || agree.length > best.agree.length) best = { from: points[k], to: points[k + 1] - 1, agree };
  }
  if (!best || !best.agree.length || best.to >= OPEN) return null;
  const left = constraints.filter((c) => !best!.agree.includes(c));
  return {
    from: isoOf(best.from),
    to: isoOf(best.to),
    reasons: [...best.agree.map((c) => c.reason), ...left.map((c) => `left out, disagrees with the others: ${c.reason}`)],
  };
}
