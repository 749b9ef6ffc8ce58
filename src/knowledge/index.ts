// The knowledge every stage shares, loaded once per process: countries, organisations, places and
// titles, with phrase indexes over their names.
import { loadCountries, type Country } from './countries.js';
import { loadDataFile } from './load-file.js';
import { PhraseIndex } from './phrase-index.js';
import { NamesFileSchema, OrganizationsSchema, PlacesSchema, TitlesFileSchema, type NamesFile, type Organization, type Place, type Title, type TitlesFile } from './schema.js';

export type { Country } from './countries.js';
export type { Organization, Place, Title } from './schema.js';
export { nameKey } from './normalize.js';

/** What a known name is. */
export type GazEntry =
  | { kind: 'country'; iso3: string }
  | { kind: 'capital'; iso3: string; name: string }
  | { kind: 'demonym'; iso3: string }
  | { kind: 'org'; id: string }
  | { kind: 'place'; place: Place };

export interface Knowledge {
  countries: Map<string, Country>;
  orgs: Map<string, Organization>;
  /** cities, provinces and regions by name */
  places: Map<string, Place>;
  gazetteer: PhraseIndex<GazEntry>;
  titles: PhraseIndex<Title>;
  titleWords: Omit<TitlesFile, 'titles'>;
  /** word lists for names by shape, each as a Set of lowercase words */
  names: { [K in Exclude<keyof NamesFile, 'pronouns'>]: Set<string> } & { pronouns: { [P in keyof NamesFile['pronouns']]: Set<string> } };
}

let cached: Knowledge | null = null;

/** Loads and indexes the knowledge files; built once per process. */
export function loadKnowledge(): Knowledge {
  if (cached) return cached;
  const countries = loadCountries();
  const orgList = loadDataFile('lexicon/organizations.yaml', OrganizationsSchema);
  const places = loadDataFile('lexicon/places.yaml', PlacesSchema);
  const titleFile = loadDataFile('lexicon/titles.yaml', TitlesFileSchema);

  const gazetteer = new PhraseIndex<GazEntry>();
  // sovereign states first, so that a shared demonym ("French", "Dutch") means the state
  const ordered = [...countries.values()].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const country: GazEntry = { kind: 'country', iso3: c.iso3 };
    for (const name of c.aliases) gazetteer.add(name, country);
    for (const d of c.demonyms) gazetteer.add(d, { kind: 'demonym', iso3: c.iso3 });
    for (const cap of c.capitals) gazetteer.add(cap, { kind: 'capital', iso3: c.iso3, name: c.capitals[0].replace(/,?\s+D\.?C\.?$/, '') });
  }
  for (const o of orgList) for (const name of [o.name, ...o.aliases]) gazetteer.add(name, { kind: 'org', id: o.id });
  for (const p of places) for (const name of [p.name, ...p.aliases]) gazetteer.add(name, { kind: 'place', place: p });

  const titles = new PhraseIndex<Title>();
  for (const t of titleFile.titles) for (const form of t.forms) titles.add(form, t);
  const { titles: _list, ...titleWords } = titleFile;

  const nameFile = loadDataFile('lexicon/names.yaml', NamesFileSchema);
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const names = {
    particles: set(nameFile.particles), org_heads: set(nameFile.org_heads), org_starts: set(nameFile.org_starts),
    not_names: set(nameFile.not_names), honorifics: set(nameFile.honorifics), collectives: set(nameFile.collectives),
    pronouns: { subject: set(nameFile.pronouns.subject), object: set(nameFile.pronouns.object), possessive: set(nameFile.pronouns.possessive) },
  };

  cached = { names, countries, places: new Map(places.map((p) => [p.name, p])), orgs: new Map(orgList.map((o) => [o.id, o])), gazetteer, titles, titleWords };
  return cached;
}
