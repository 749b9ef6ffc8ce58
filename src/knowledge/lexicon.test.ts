// The lexicon data files: they load, they are consistent, and they find names in sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import worldCountriesModule from 'world-countries';
import type { Countries } from 'world-countries';
import { loadKnowledge, nameKey, type GazEntry } from './index.js';
import { loadDataFile } from './load-file.js';
import { CountryExtraSchema, OrganizationsSchema, PlacesSchema } from './schema.js';
import { tokenize } from '../nlp/tokenizer.js';

const knowledge = loadKnowledge();
const orgs = loadDataFile('lexicon/organizations.yaml', OrganizationsSchema);
const places = loadDataFile('lexicon/places.yaml', PlacesSchema);
const extra = loadDataFile('lexicon/countries-extra.yaml', CountryExtraSchema);

// Words English news writes in lower case all the time; a case-folded look-up must not take them for
// names. Short all-caps acronyms ("IS", "WHO", "US") are allowed: the known-names stage starts a match
// only at a capitalised word, and takes an organisation of three letters or fewer only in capitals.
const STOP = new Set([
  'a', 'an', 'the', 'is', 'it', 'its', 'in', 'on', 'at', 'to', 'of', 'and', 'or', 'for', 'as', 'by',
  'be', 'do', 'go', 'no', 'so', 'up', 'we', 'he', 'me', 'my', 'am', 'who', 'can', 'may', 'will', 'let',
  'all', 'one', 'new', 'us', 'raw', 'care', 'fed', 'pole', 'poles', 'spa', 'nice', 'mobile', 'reading',
  'split', 'cork', 'tyre', 'quad', 'pdf', 'ice', 'amnesty', 'shell', 'state', 'party', 'house', 'senate',
  'council', 'army', 'court', 'bank', 'fund', 'union', 'forces', 'front', 'movement', 'treasury',
  'parliament', 'government', 'labour', 'democrats', 'republicans', 'greens', 'guardian', 'times', 'sun',
  'mail', 'post', 'west', 'east', 'north', 'south', 'island', 'canton', 'kiwi', 'meta', 'apple', 'amazon',
  'strip', 'med', 'city', 'capital', 'region', 'valley', 'sea', 'river',
]);
const isCapsAcronym = (s: string) => s.length <= 3 && s === s.toUpperCase();

test('every lexicon file loads through loadKnowledge()', () => {
  assert.ok(knowledge.countries.size >= 240, 'country table');
  assert.ok(knowledge.orgs.size >= 250, `organisations: ${knowledge.orgs.size}`);
  assert.ok(places.length >= 600, `places: ${places.length}`);
  assert.ok(knowledge.titles.longest(['foreign', 'minister'], 0), 'titles');
});

test('organisation ids are unique and never look like a country code', () => {
  const seen = new Set<string>();
  for (const o of orgs) {
    assert.ok(!seen.has(o.id), `duplicate id ${o.id}`);
    seen.add(o.id);
    // a country's kbId is its bare ISO3 code, so an org id "NAM" or "VOA" would read as a state
    assert.doesNotMatch(o.id, /^[A-Z]{3}$/, `org id ${o.id} looks like an ISO3 code`);
  }
});

test('every country code is a real ISO3 code in the country table', () => {
  for (const o of orgs) if (o.country) assert.ok(knowledge.countries.has(o.country), `${o.id}: ${o.country}`);
  for (const p of places) if (p.country) assert.ok(knowledge.countries.has(p.country), `${p.name}: ${p.country}`);
  const dataset = new Set((worldCountriesModule as unknown as Countries).map((c) => c.cca3));
  for (const key of Object.keys(extra)) assert.ok(dataset.has(key), `countries-extra key ${key}`);
});

test('no alias is a common lowercase English word', () => {
  const check = (name: string, owner: string) => {
    if (isCapsAcronym(name)) return;
    assert.ok(!STOP.has(nameKey(name)), `${owner}: "${name}" is a common word`);
  };
  for (const o of orgs) for (const n of [o.name, ...o.aliases]) check(n, o.id);
  for (const p of places) for (const n of [p.name, ...p.aliases]) check(n, p.name);
  for (const [iso3, e] of Object.entries(extra)) {
    for (const n of [...e.aliases, ...e.demonyms, ...e.capitals]) check(n, iso3);
  }
});

test('one name belongs to one organisation or place', () => {
  const owner = new Map<string, string>();
  const claim = (name: string, who: string) => {
    const key = nameKey(name);
    const prev = owner.get(key);
    assert.ok(prev === undefined || prev === who, `"${name}" is both ${prev} and ${who}`);
    owner.set(key, who);
  };
  for (const o of orgs) for (const n of [o.name, ...o.aliases]) claim(n, `org ${o.id}`);
  for (const p of places) for (const n of [p.name, ...p.aliases]) claim(n, `place ${p.name}`);
});

/** What the gazetteer finds at `phrase` inside `sentence`, and the text it covers. */
function lookUp(sentence: string, phrase: string): { text: string; values: GazEntry[] } | null {
  const { tokens } = tokenize(sentence);
  const at = sentence.indexOf(phrase);
  const i = tokens.findIndex((t) => t.start === at);
  assert.ok(i >= 0, `"${phrase}" starts no token of "${sentence}"`);
  const match = knowledge.gazetteer.longest(tokens.map((t) => t.lower), i);
  if (!match) return null;
  return { text: sentence.slice(tokens[i].start, tokens[match.end - 1].end), values: match.values };
}

const label = (e: GazEntry): string =>
  e.kind === 'org' ? `org ${e.id}`
  : e.kind === 'place' ? `place ${e.place.name}`
  : `${e.kind} ${e.iso3}`;

// [sentence, phrase as written, what it must be found as]
const CASES: Array<[string, string, string]> = [
  ['The Houthis fired at ships in the Red Sea near Hodeidah.', 'Houthis', 'org HOUTHIS'],
  ['The Houthis fired at ships in the Red Sea near Hodeidah.', 'Red Sea', 'place Red Sea'],
  ['The Houthis fired at ships in the Red Sea near Hodeidah.', 'Hodeidah', 'place Hodeidah'],
  // the longer name wins over "Hezbollah"
  ['Kataib Hezbollah claimed the drone attack on U.S. troops in Anbar.', 'Kataib Hezbollah', 'org KATAIB_HEZBOLLAH'],
  ['Kataib Hezbollah claimed the drone attack on U.S. troops in Anbar.', 'U.S.', 'country USA'],
  ['Kataib Hezbollah claimed the drone attack on U.S. troops in Anbar.', 'Anbar', 'place Anbar'],
  ['IS claimed the bombing, while the SDF said ISIS fighters fled Hasakah.', 'IS', 'org ISIS'],
  ['IS claimed the bombing, while the SDF said ISIS fighters fled Hasakah.', 'SDF', 'org SYRIAN_DEMOCRATIC_FORCES'],
  ['IS claimed the bombing, while the SDF said ISIS fighters fled Hasakah.', 'Hasakah', 'place Hasakah'],
  // spelling variants lead to one place
  ['Russian drones struck Kharkov and Odessa overnight.', 'Russian', 'demonym RUS'],
  ['Russian drones struck Kharkov and Odessa overnight.', 'Kharkov', 'place Kharkiv'],
  ['Russian drones struck Kharkov and Odessa overnight.', 'Odessa', 'place Odesa'],
  ['The RSF seized El Fasher, the capital of North Darfur.', 'RSF', 'org RAPID_SUPPORT_FORCES'],
  ['The RSF seized El Fasher, the capital of North Darfur.', 'El Fasher', 'place El Fasher'],
  ['The RSF seized El Fasher, the capital of North Darfur.', 'North Darfur', 'place North Darfur'],
  ['Reuters and Al Jazeera reported that IAEA inspectors reached Natanz.', 'Reuters', 'org REUTERS'],
  ['Reuters and Al Jazeera reported that IAEA inspectors reached Natanz.', 'Al Jazeera', 'org AL_JAZEERA'],
  ['Reuters and Al Jazeera reported that IAEA inspectors reached Natanz.', 'IAEA', 'org IAEA'],
  ['Reuters and Al Jazeera reported that IAEA inspectors reached Natanz.', 'Natanz', 'place Natanz'],
  // plural demonyms and older names
  ['Thousands of Syrians and Burmese refugees waited in Cox\'s Bazar.', 'Syrians', 'demonym SYR'],
  ['Thousands of Syrians and Burmese refugees waited in Cox\'s Bazar.', 'Burmese', 'demonym MMR'],
  ['Thousands of Syrians and Burmese refugees waited in Cox\'s Bazar.', 'Cox\'s Bazar', 'place Cox\'s Bazar'],
  ['Talks in Kiev and Sanaa stalled as Britain hesitated.', 'Kiev', 'capital UKR'],
  ['Talks in Kiev and Sanaa stalled as Britain hesitated.', 'Sanaa', 'capital YEM'],
  ['Talks in Kiev and Sanaa stalled as Britain hesitated.', 'Britain', 'country GBR'],
  ['Tankers crossing the Strait of Hormuz slowed, the Pentagon said.', 'Strait of Hormuz', 'place Strait of Hormuz'],
  ['Tankers crossing the Strait of Hormuz slowed, the Pentagon said.', 'Pentagon', 'org PENTAGON'],
  ['Protesters in Hong Kong and Xinjiang were detained.', 'Hong Kong', 'country HKG'],
  ['Protesters in Hong Kong and Xinjiang were detained.', 'Xinjiang', 'place Xinjiang'],
];

test('look-ups find names in sentences', () => {
  for (const [sentence, phrase, expected] of CASES) {
    const found = lookUp(sentence, phrase);
    assert.ok(found, `nothing found at "${phrase}" in "${sentence}"`);
    assert.equal(found.text, phrase, `match covers "${found.text}" instead of "${phrase}"`);
    assert.ok(found.values.map(label).includes(expected), `"${phrase}": ${found.values.map(label).join(', ')} lacks ${expected}`);
  }
});

test('organisations that act for a state carry its code', () => {
  const cases: Array<[string, string]> = [
    ['PENTAGON', 'USA'], ['ISRAEL_DEFENSE_FORCES', 'ISR'], ['IRGC', 'IRN'], ['KREMLIN', 'RUS'], ['HEZBOLLAH', 'LBN'],
    ['HOUTHIS', 'YEM'], ['HAMAS', 'PSE'], ['TALIBAN', 'AFG'],
  ];
  for (const [id, iso3] of cases) assert.equal(knowledge.orgs.get(id)?.country, iso3, id);
  assert.equal(knowledge.orgs.get('REUTERS')?.kind, 'media');
  assert.equal(knowledge.orgs.get('UN')?.country, undefined);
});
