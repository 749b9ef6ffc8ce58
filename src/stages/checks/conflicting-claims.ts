// conflicting-role-claims: one article contradicting itself about who holds an office.
import type { Inconsistency } from '../../doc/types.js';
import type { Claim } from './claims.js';

/** Two people each called the "new" holder of one single-holder office, or one person called both current and former. */
export function conflictingClaims(claims: readonly Claim[], stateName: (state: string) => string = (s) => s): Inconsistency[] {
  const found: Inconsistency[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const [a, b] = [claims[i], claims[j]];
      const message = twoHolders(a, b, stateName) ?? twoStatuses(a, b);
      const key = [a.person, b.person, a.role].sort().join('|');
      if (!message || seen.has(key)) continue;
      seen.add(key);
      found.push({ kind: 'conflicting-role-claims', severity: 'warning', message, evidence: [a.evidence, b.evidence] });
    }
  }
  return found;
}

// "Iran's new president, Ebrahim Raisi" ... "Iran's new president, Masoud Pezeshkian": both "new", so a
// former/elect/outgoing pairing ("president-elect Pezeshkian", "former president Rouhani") never matches.
function twoHolders(a: Claim, b: Claim, stateName: (state: string) => string): string | null {
  if (a.person === b.person || a.role !== b.role || !a.single) return null;
  if (a.marker !== 'new' || b.marker !== 'new' || a.status !== 'current' || b.status !== 'current') return null;
  if (!sameState(a.state, b.state)) return null;
  const of = a.state ?? b.state;
  return `${a.name} and ${b.name} are each called the new ${a.role}${of ? ` of ${stateName(of)}` : ''}, an office with one holder at a time`;
}

// "Pakistan's current defence minister, Khawaja Asif" ... "former defence minister Khawaja Asif". An unmarked
// "Defence Minister X" beside "former" is left alone: people return to office, and text may look back.
function twoStatuses(a: Claim, b: Claim): string | null {
  if (a.person !== b.person || a.role !== b.role || !sameState(a.state, b.state)) return null;
  const marked = (c: Claim) => c.status === 'current' && c.marker !== null;
  const pair = (marked(a) && b.status === 'former') || (marked(b) && a.status === 'former');
  if (!pair) return null;
  return `${a.name} is called both the ${a.marker ?? b.marker} and a former ${a.role}`;
}

// An unnamed state matches any: "new Prime Minister Sher Bahadur Deuba" in an article about Nepal.
function sameState(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
