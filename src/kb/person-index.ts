// Finding a person's terms fast: terms indexed by the last word of each of the holder's names, so a
// lookup compares a handful of names instead of every term in the knowledge base.
import type { OfficeKb } from './kb.js';
import { namesMatch, nameKey } from './names.js';
import type { Term } from './schema.js';

export class PersonIndex {
  private readonly bySurname = new Map<string, Term[]>();

  constructor(kb: OfficeKb) {
    for (const t of kb.allTerms()) {
      for (const name of [t.name, ...t.aliases]) {
        const last = nameKey(name).split(' ').pop();
        if (!last) continue;
        const list = this.bySurname.get(last) ?? [];
        if (!list.includes(t)) list.push(t);
        this.bySurname.set(last, list);
      }
    }
  }

  /** Every term of a person ("Joe Biden", "Biden"), in order of start. */
  termsOf(personName: string): Term[] {
    const last = nameKey(personName).split(' ').pop();
    const candidates = last ? this.bySurname.get(last) ?? [] : [];
    return candidates.filter((t) => namesMatch(personName, [t.name, ...t.aliases])).sort((a, b) => a.start.localeCompare(b.start));
  }
}
