// The checks stage: what an article gets wrong (inconsistencies) and, for an undated article, when it was written.
import type { Doc } from '../../doc/types.js';
import type { Context, Stage } from '../../pipeline/index.js';
import { anachronisms } from './anachronism.js';
import { claimsOf, type Claim } from './claims.js';
import { conflictingClaims } from './conflicting-claims.js';
import { constraintOf, estimateRange, type Constraint } from './date-estimate.js';
import { dayOf, type DayRange } from './days.js';
import { headlineMismatch } from './headline.js';
import { numberMismatches } from './numbers.js';

export { formatChecks } from './format.js';

/** Runs every check and, when the article carries no date, estimates one. */
export const checks: Stage = {
  name: 'checks',
  requires: ['entities', 'roles', 'roleClaims'],
  assigns: ['inconsistencies', 'dateEstimate'],
  run(doc: Doc, context: Context): void {
    const claims = claimsOf(doc, context.knowledge);
    doc.dateEstimate = doc.date ? null : estimateDate(claims, context);
    const range = articleRange(doc);
    const conflicts = conflictingClaims(claims, (s) => context.knowledge.countries.get(s)?.name ?? context.knowledge.orgs.get(s.replace(/^org:/, ''))?.name ?? s);
    // a claim already shown in conflict is not reported a second time against the knowledge base
    const shown = new Set(conflicts.flatMap((x) => x.evidence.map((e) => e.start)));
    doc.inconsistencies = [
      ...conflicts,
      ...(range ? anachronisms(doc, claims.filter((c) => !shown.has(c.evidence.start)), context, range) : []),
      ...headlineMismatch(doc),
      ...numberMismatches(doc),
    ];
  },
};

function estimateDate(claims: readonly Claim[], context: Context) {
  // one constraint per person, office and status: "President Assad" five times is one piece of evidence
  const byReason = new Map<string, Constraint>();
  for (const claim of claims) {
    const key = [claim.person, claim.role, claim.status, claim.marker].join('|');
    const c = byReason.has(key) ? null : constraintOf(claim, context);
    if (c) byReason.set(key, c);
  }
  return estimateRange([...byReason.values()]);
}

function articleRange(doc: Doc): DayRange | null {
  if (doc.date) return { from: dayOf(doc.date), to: dayOf(doc.date, 'last') };
  return doc.dateEstimate ? { from: dayOf(doc.dateEstimate.from), to: dayOf(doc.dateEstimate.to) } : null;
}
