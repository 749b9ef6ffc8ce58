// kb-anachronism: a role that the knowledge base says the person did not hold at the article's date.
import type { Doc, Inconsistency } from '../../doc/types.js';
import type { Context } from '../../pipeline/index.js';
import type { Term } from '../../kb/index.js';
import type { Claim } from './claims.js';
import { dayOf, type DayRange } from './days.js';
import { termsForClaim } from './terms.js';

// Still "new" a year after taking office is loose writing, not an error; past that it contradicts the record.
const NEW_FOR_DAYS = 365;
// "then-President", "at the time", "the late president", "In 2015, ..." : the sentence looks back.
const LOOKS_BACK = /\b(then|at the time|late|previous|predecessor|ex-|once|had been|was then)\b/i;
const YEAR = /\b(19|20)\d{2}\b/g;

/** Claims of a current office that the knowledge base contradicts on every day of the article's date range. */
export function anachronisms(doc: Doc, claims: readonly Claim[], context: Context, range: DayRange): Inconsistency[] {
  const found: Inconsistency[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (claim.status !== 'current' || seen.has(claim.person + claim.role) || !namesOffice(doc, claim) || looksBack(doc, claim, range)) continue;
    const message = contradiction(claim, context, range);
    if (!message) continue;
    seen.add(claim.person + claim.role);
    found.push({ kind: 'kb-anachronism', severity: 'warning', message, evidence: [claim.evidence] });
  }
  return found;
}

function contradiction(claim: Claim, context: Context, range: DayRange): string | null {
  const terms = termsForClaim(claim, context);
  if (!terms.length) return null;
  const countries = new Set(terms.map((t) => t.country));
  if (countries.size !== 1) return null;
  const country = [...countries][0];
  if (!covered(context, country, claim.role, range)) return null;
  const during = terms.filter((t) => overlaps(t, range));
  if (!during.length) return outOfOffice(claim, terms, range);
  const latest = during[during.length - 1];
  if (claim.marker === 'new' && range.from - dayOf(latest.start) > NEW_FOR_DAYS) {
    const years = Math.floor((range.from - dayOf(latest.start)) / 365.25 * 10) / 10;
    return `${claim.name} is called the new ${claim.role}, but took office on ${latest.start}, ${years} years before the article's date`;
  }
  return null;
}

function outOfOffice(claim: Claim, terms: Term[], range: DayRange): string {
  const before = terms.filter((t) => t.end && dayOf(t.end, 'last') < range.from).pop();
  if (before) {
    const why = before.end_reason === 'died' || before.end_reason === 'killed' ? `, when he or she ${before.end_reason === 'died' ? 'died' : 'was killed'}` : '';
    return `${claim.name} is called ${claim.role}, but the term ended on ${before.end}${why}, before the article's date`;
  }
  return `${claim.name} is called ${claim.role}, but took office only on ${terms[0].start}, after the article's date`;
}

// Only where the knowledge base knows a holder on those days and its facts reach that far.
function covered(context: Context, country: string, role: string, range: DayRange): boolean {
  const checked = context.offices.checkedTo(country);
  if (checked && range.to > dayOf(checked, 'last')) return false;
  return context.offices.findOffices(country, role).some((o) => o.terms.some((t) => overlaps(t, range)));
}

function overlaps(t: Term, range: DayRange): boolean {
  return dayOf(t.start) <= range.to && (t.end === null || dayOf(t.end, 'last') >= range.from);
}

// "German Chancellor Angela Merkel" names the office; "China's top diplomat, Wang Yi" is looser than any office.
function namesOffice(doc: Doc, claim: Claim): boolean {
  const words = doc.text.slice(claim.evidence.start, claim.evidence.end).toLowerCase().replace(/defence/g, 'defense');
  return words.includes(claim.role);
}

function looksBack(doc: Doc, claim: Claim, range: DayRange): boolean {
  const sentence = doc.sentences.find((s) => s.start <= claim.evidence.start && claim.evidence.start < s.end);
  if (!sentence) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  const year = new Date(range.from * 86_400_000).getUTCFullYear();
  return LOOKS_BACK.test(text) || [...text.matchAll(YEAR)].some((m) => Number(m[0]) < year);
}
