// The office knowledge base in memory: who held which office when, queried by country, office, person and date.
import { mayCover } from './dates.js';
import { nameKey, namesMatch, officeKey } from './names.js';
import type { OfficeFile, OfficeKind, Term } from './schema.js';

/** An office as the knowledge base knows it, with its terms in order of start. */
export interface Office {
  country: string;
  name: string;
  kind: OfficeKind;
  aliases: string[];
  single_holder: boolean;
  terms: Term[];
}

interface Country {
  id: string;
  names: string[];
  checked_to?: string;
  offices: Map<string, Office>;
}

/** A holder of an office on some date: one term. */
export type Holder = Term;

/** Who held which office when. Built from office files; later files extend or override earlier ones. */
export class OfficeKb {
  private readonly byCountry = new Map<string, Country>();

  constructor(files: Array<{ source: string; file: OfficeFile }>) {
    for (const f of files) this.add(f.source, f.file);
    for (const c of this.byCountry.values()) for (const o of c.offices.values()) o.terms.sort(byStart);
  }

  /** Who held the office on that date: "defense secretary" for "USA" on "2024-08-01" -> Lloyd Austin. */
  holdersAt(country: string, office: string, date: string): Holder[] {
    return this.findOffices(country, office).flatMap((o) => o.terms.filter((t) => mayCover(t.start, t.end, date)));
  }

  /** Every term of a person, in order of start; names match loosely ("Bashar Assad", "Pezeshkian"). */
  termsOf(personName: string): Term[] {
    return this.allTerms().filter((t) => namesMatch(personName, [t.name, ...t.aliases])).sort(byStart);
  }

  /** The offices a person held on a date, as terms. */
  officesAt(personName: string, date: string): Term[] {
    return this.termsOf(personName).filter((t) => mayCover(t.start, t.end, date));
  }

  /** The offices of one country or organisation whose name, alias or kind matches the query. */
  findOffices(country: string, office: string): Office[] {
    const c = this.country(country);
    if (!c) return [];
    const key = officeKey(office);
    const named = [...c.offices.values()].filter((o) => o.name === key || o.aliases.includes(key));
    return named.length ? named : [...c.offices.values()].filter((o) => officeKey(o.kind) === key);
  }

  /** The ids of all countries and organisations, sorted. */
  countries(): string[] {
    return [...this.byCountry.keys()].sort();
  }

  /** All offices of a country or organisation. */
  offices(country: string): Office[] {
    return [...(this.country(country)?.offices.values() ?? [])];
  }

  /** The last date a country's facts were checked to, when its file says. */
  checkedTo(country: string): string | undefined {
    return this.country(country)?.checked_to;
  }

  /** Every term of every office. */
  allTerms(): Term[] {
    return [...this.byCountry.values()].flatMap((c) => [...c.offices.values()].flatMap((o) => o.terms));
  }

  // "IRN", "irn" or "Iran" (the file's name or aliases)
  private country(query: string): Country | undefined {
    const direct = this.byCountry.get(query.toUpperCase());
    if (direct) return direct;
    const key = nameKey(query);
    return [...this.byCountry.values()].find((c) => c.names.some((n) => nameKey(n) === key));
  }

  private add(source: string, file: OfficeFile): void {
    const c: Country = this.byCountry.get(file.country) ?? { id: file.country, names: [], offices: new Map() };
    this.byCountry.set(file.country, c);
    c.names.push(...(file.name ? [file.name] : []), ...file.aliases);
    if (file.checked_to) c.checked_to = file.checked_to;
    for (const [name, entry] of Object.entries(file.offices)) {
      const key = officeKey(name);
      const office: Office = c.offices.get(key) ?? { country: c.id, name: key, kind: entry.kind, aliases: [], single_holder: entry.single_holder, terms: [] };
      c.offices.set(key, office);
      office.kind = entry.kind;
      office.single_holder = entry.single_holder;
      office.aliases = [...new Set([...office.aliases, ...entry.aliases.map(officeKey)])];
      for (const h of entry.holders) upsert(office, { ...h, country: c.id, office: key, kind: entry.kind, source });
    }
  }
}

// "same country + office + name + start replaces"
function upsert(office: Office, term: Term): void {
  const key = nameKey(term.name);
  const at = office.terms.findIndex((t) => t.start === term.start && nameKey(t.name) === key);
  if (at >= 0) office.terms[at] = term;
  else office.terms.push(term);
}

function byStart(a: Term, b: Term): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
