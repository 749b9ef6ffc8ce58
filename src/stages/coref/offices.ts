// The state whose office a person holds, from the office knowledge base, when the text names none:
// "President Joe Biden" -> United States; "Foreign Minister Park Jin" -> South Korea.
import type { PersonIndex } from '../../kb/person-index.js';

/** The ISO3 code of the state where the person held an office of this role or kind (nearest the date), or null. */
export function officeCountry(people: PersonIndex, personName: string, role: string, kind: string, date: string | null): string | null {
  const terms = people.termsOf(personName).filter((t) => /^[A-Z]{3}$/.test(t.country) && (t.office === role || t.kind === kind));
  if (!terms.length) return null;
  if (!date) return terms[terms.length - 1].country;
  const covering = terms.find((t) => t.start <= date && (t.end === null || date <= t.end));
  return (covering ?? terms[terms.length - 1]).country;
}
