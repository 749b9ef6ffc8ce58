// Checking and resolving query arguments: dates, countries ("Syria", "SYR"), actors by name.
import { loadCountries } from '../knowledge/countries.js';
import { nameKey } from '../knowledge/normalize.js';
import type { Store } from '../store/types.js';

/** A query argument the user must fix: a one-line message. */
export class QueryError extends Error {
  constructor(readonly code: 'bad_date' | 'bad_country' | 'no_such_entity', message: string) {
    super(message);
  }
}

/** "2024-07" -> "2024-07-01" when a start, "2024-07-31" when an end; YYYY, YYYY-MM and YYYY-MM-DD accepted. */
export function parseDate(value: string | undefined, end = false): string | undefined {
  if (value === undefined) return undefined;
  const m = value.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
  if (!m) throw new QueryError('bad_date', `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  if (d) return value;
  if (mo) return end ? `${y}-${mo}-${String(new Date(Date.UTC(+y, +mo, 0)).getUTCDate()).padStart(2, '0')}` : `${y}-${mo}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

let byName: Map<string, string> | null = null;

/** A country's ISO3 code from its code ("SYR", "SY") or one of its names ("Syria", "Syrian Arab Republic"). */
export function parseCountry(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!byName) {
    byName = new Map();
    for (const c of loadCountries().values()) for (const k of [c.iso3, c.iso2, c.name, c.official, ...c.aliases]) byName.set(nameKey(k), c.iso3);
  }
  const iso3 = byName.get(nameKey(value));
  if (!iso3) throw new QueryError('bad_country', `"${value}" is not a country name or ISO code`);
  return iso3;
}

/** The best-matching entity id for a name. */
export async function resolveActor(store: Store, name: string): Promise<number> {
  const [id] = await store.findEntity(name);
  if (id === undefined) throw new QueryError('no_such_entity', `no entity named "${name}" in the store`);
  return id;
}
