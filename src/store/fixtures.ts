// Hand-built dossiers for tests and benchmarks: names are found in the text, so every span is real.
import { SCHEMA_VERSION, type DossierJson } from '../dossier/schema.js';
import type { EntityType, PloverType } from '../doc/types.js';
import type { ArticleInput } from './types.js';

export interface ArticleSpec {
  text: string;
  ref?: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  /** [name, type, ISO3 country]; mentions are every occurrence of the name in the text */
  entities: Array<[string, EntityType, string | null]>;
  /** [person, role, of] by entity name */
  roles?: Array<[string, string, string | null]>;
  /** [source, type, target, evidence words] by entity name */
  events?: Array<[string, PloverType, string, string]>;
  figures?: string[];
  checks?: string[];
}

// the CAMEO root and quad class of each PLOVER type, enough for fixtures
const CODES: Partial<Record<PloverType, [string, 1 | 2 | 3 | 4]>> = {
  CONSULT: ['040', 1], AGREE: ['057', 1], SUPPORT: ['051', 1], COOPERATE: ['060', 2], AID: ['070', 2],
  REQUEST: ['020', 1], ACCUSE: ['112', 3], REJECT: ['120', 3], THREATEN: ['130', 3], PROTEST: ['140', 3],
  SANCTION: ['163', 4], ASSAULT: ['190', 4], COERCE: ['170', 4],
};

function spans(text: string, words: string) {
  const out = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length)) out.push({ start: i, end: i + words.length, text: words });
  return out;
}

const span = (text: string, words: string) => spans(text, words)[0] ?? { start: 0, end: 0, text: '' };

/** A dossier for `spec`, as the analysis would produce it. */
export function buildDossier(spec: ArticleSpec): DossierJson {
  const id = new Map(spec.entities.map(([name], i) => [name, `e${i + 1}`]));
  const country = new Map(spec.entities.map(([name, , c]) => [name, c]));
  const ref = (name: string | null) => (name === null ? null : id.get(name) ?? name);
  return {
    schema_version: SCHEMA_VERSION,
    article: { title: spec.title ?? null, date: spec.date ?? null, text_length: spec.text.length },
    entities: spec.entities.map(([name, type, c]) => ({ id: id.get(name)!, name, type, country: c, mentions: spans(spec.text, name), salience: 0.5 })),
    roles: (spec.roles ?? []).map(([person, role, of]) => ({ person: ref(person)!, role, of: ref(of), status: 'current' as const, evidence: span(spec.text, person) })),
    key_figures: (spec.figures ?? []).map((name, i) => ({ entity: id.get(name)!, score: 1 - i * 0.1, why: 'fixture' })),
    events: (spec.events ?? []).map(([source, type, target, words], i) => {
      const [cameo, quad] = CODES[type] ?? ['010', 1];
      return {
        id: `ev${i + 1}`, type, mode: null, cameo, quad, intensity: quad * 2, source: ref(source), target: ref(target),
        source_country: country.get(source) ?? null, target_country: country.get(target) ?? null, date: spec.date ?? null,
        place: null, negated: false, hypothetical: false, reported_by: null, evidence: span(spec.text, words),
      };
    }),
    relations: [],
    inconsistencies: (spec.checks ?? []).map((message) => ({ kind: 'fixture', severity: 'info' as const, message, evidence: [] })),
  };
}

/** A store input for `spec`. */
export function buildInput(spec: ArticleSpec): ArticleInput {
  const { text, title, date, source, url } = spec;
  const article = Object.fromEntries(Object.entries({ text, title, date, source, url }).filter(([, v]) => v !== undefined)) as unknown as ArticleInput['article'];
  return { ref: spec.ref ?? `fixture:${title ?? text.slice(0, 20)}`, article, dossier: buildDossier(spec) };
}
