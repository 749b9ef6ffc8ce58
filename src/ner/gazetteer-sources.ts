// Builds the gazetteer phrase list from its sources: the world-countries package (names,
// spellings, demonyms, capitals), the project's lexicon files under data/lexicon/ when present,
// and the lists under data/ner/. Training only: the tagger reads the frozen copy (gazetteer-file.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import worldCountries from 'world-countries';
import type { Countries } from 'world-countries';
import { parse } from 'yaml';
import type { GazetteerEntries } from './gazetteer.js';

function add(entries: GazetteerEntries, phrase: unknown, category: string): void {
  if (typeof phrase !== 'string') return;
  const key = phrase.trim().toLowerCase().split(/\s+/).join(' ');
  // two-letter codes ("DE", "IN") collide with ordinary words; "UK" and "US" come from lexicon files
  if (key.length < 3 && !phrase.includes('.')) return;
  const cats = entries.get(key) ?? [];
  if (!cats.includes(category)) cats.push(category);
  entries.set(key, cats);
}

function addCountries(entries: GazetteerEntries): void {
  // the package is CommonJS: its default export is the array itself
  for (const c of worldCountries as unknown as Countries) {
    add(entries, c.name.common, 'country');
    add(entries, c.name.official, 'country');
    for (const s of c.altSpellings) add(entries, s, 'country');
    const eng = c.demonyms?.eng;
    if (eng) { add(entries, eng.m, 'demonym'); add(entries, eng.f, 'demonym'); }
    for (const cap of c.capital ?? []) add(entries, cap, 'capital');
  }
}

function readYaml(path: string): unknown {
  return existsSync(path) ? parse(readFileSync(path, 'utf8')) : null;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** data/lexicon/*.yaml: extra country forms, organisations, places and titles (each optional). */
function addLexicon(entries: GazetteerEntries, dir: string): void {
  for (const value of Object.values(rec(readYaml(join(dir, 'countries-extra.yaml'))))) {
    const r = rec(value);
    add(entries, r.name, 'country');
    for (const a of list(r.aliases)) add(entries, a, 'country');
    for (const d of list(r.demonyms)) add(entries, d, 'demonym');
    for (const c of list(r.capitals)) add(entries, c, 'capital');
  }
  for (const value of list(readYaml(join(dir, 'organizations.yaml')))) {
    const r = rec(value);
    for (const name of [r.name, ...list(r.aliases)]) add(entries, name, 'org');
  }
  for (const value of list(readYaml(join(dir, 'places.yaml')))) {
    const r = rec(value);
    for (const name of [r.name, ...list(r.aliases)]) add(entries, name, 'place');
  }
  for (const value of list(rec(readYaml(join(dir, 'titles.yaml'))).titles)) {
    for (const form of list(rec(value).forms)) add(entries, form, 'title');
  }
}

/** A plain list file: one phrase per line, "#" starts a comment. */
function addList(entries: GazetteerEntries, path: string, category: string): void {
  if (!existsSync(path)) return;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const phrase = line.replace(/#.*/, '').trim();
    if (phrase) add(entries, phrase, category);
  }
}

/** Collect every source into one phrase -> categories map. */
export function collectGazetteer(dataDir: string): GazetteerEntries {
  const entries: GazetteerEntries = new Map();
  addCountries(entries);
  addLexicon(entries, join(dataDir, 'lexicon'));
  addList(entries, join(dataDir, 'ner', 'given-names.txt'), 'given-name');
  addList(entries, join(dataDir, 'ner', 'places.txt'), 'place');
  addList(entries, join(dataDir, 'ner', 'org-words.txt'), 'org-word');
  return entries;
}

