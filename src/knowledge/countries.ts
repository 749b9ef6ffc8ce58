// Every country and territory, from the world-countries dataset, with the additions in
// data/lexicon/countries-extra.yaml for how English news names them.
import worldCountriesModule from 'world-countries';
import type { Countries } from 'world-countries';
import { CountryExtraSchema } from './schema.js';
import { loadDataFile } from './load-file.js';

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  /** a sovereign state, not a territory: wins when a name or demonym is shared ("French") */
  independent: boolean;
}

// "Washington D.C." -> also "Washington"; "Kyiv" stays as it is
const capitalForms = (capital: string): string[] => {
  const bare = capital.replace(/,?\s+D\.?C\.?$/, '');
  return bare === capital ? [capital] : [capital, bare];
};

/** Loads the country table, keyed by ISO 3166-1 alpha-3 code. */
export function loadCountries(): Map<string, Country> {
  const extra = loadDataFile('lexicon/countries-extra.yaml', CountryExtraSchema);
  const out = new Map<string, Country>();
  for (const c of worldCountriesModule as unknown as Countries) {
    const more = extra[c.cca3];
    const latinAlt = c.altSpellings.filter((s) => s.length > 2 && /^[\p{Script=Latin}\s.,'’()-]+$/u.test(s) && !s.includes(','));
    const eng = c.demonyms?.eng;
    out.set(c.cca3, {
      iso3: c.cca3,
      iso2: c.cca2,
      name: more?.name ?? c.name.common,
      official: c.name.official,
      aliases: unique([c.name.common, c.name.official, ...latinAlt, ...(more?.aliases ?? [])]),
      demonyms: unique([eng?.m, eng?.f, ...(more?.demonyms ?? [])].filter((d): d is string => !!d)),
      independent: c.independent === true,
      capitals: unique([...(c.capital ?? []).flatMap(capitalForms), ...(more?.capitals ?? [])]),
    });
  }
  return out;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
