// The knowledge-base terms behind a claim: the same person, the same office, the same state when one is named.
import type { Context } from '../../pipeline/index.js';
import type { Term } from '../../kb/index.js';
import type { Claim } from './claims.js';

/** The person's terms in the claimed office ("president" of IRN for "Iran's new president, Masoud Pezeshkian"). */
export function termsForClaim(claim: Claim, context: Context): Term[] {
  return context.people.termsOf(claim.name).filter((t) => {
    if (claim.state && claim.state !== t.country) return false;
    return context.offices.findOffices(t.country, claim.role).some((o) => o.name === t.office);
  });
}
