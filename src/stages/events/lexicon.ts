// The trigger lexicon: data/events/*.yaml compiled once into a trie over token keys.
import { phraseKeys } from '../../nlp/tokenizer.js';
import { nameKey } from '../../knowledge/normalize.js';
import { loadDataFile } from '../../knowledge/load-file.js';
import type { PloverType } from '../../doc/types.js';
import { verbForms, nounForms, type VerbForm } from './inflect.js';
import { CuesFileSchema, TriggersFileSchema, TypesFileSchema, type CuesFile, type TriggerGroup, type TypesFile } from './schema.js';

/** What a matched trigger reports, with the CAMEO code, quad class and intensity already resolved. */
export interface TriggerSense {
  group: TriggerGroup;
  type: PloverType;
  mode: string | null;
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  intensity: number;
  /** verb: one inflected word; phrase: verbal multi-word; noun: a nominalisation */
  kind: 'verb' | 'phrase' | 'noun';
  /** form of the leading verb, for voice and tense */
  form: VerbForm | null;
  /** the pattern as written, for explanations */
  pattern: string;
}

// a plain word is its own key; only words with punctuation ("sit-in", "n't") need the tokenizer
const keysOf = (w: string): string[] => (/^[a-z]+$/i.test(w) ? [nameKey(w)] : phraseKeys(w));

/** A slot that accepts any possessive or article: "reaffirmed {poss} support for". */
export const POSS = '{poss}';

/** A trie node; a word may be a verb trigger and a noun trigger at once ("visit"). */
export interface LexiconNode {
  next: Map<string, LexiconNode>;
  verb: TriggerSense | null;
  noun: TriggerSense | null;
}

export interface Lexicon {
  root: LexiconNode;
  cues: Cues;
  /** sequences listed twice; the first listing wins */
  duplicates: string[];
  size: number;
}

/** The cue lists as sets, for O(1) look-ups. */
export type Cues = { [K in keyof CuesFile]: Set<string> };

function resolveSense(types: TypesFile, group: TriggerGroup): Omit<TriggerSense, 'kind' | 'form' | 'pattern'> {
  const def = types[group.type];
  if (!def) throw new Error(`dossier: data/events/types.yaml has no entry for ${group.type}`);
  const mode = group.mode ? def.modes[group.mode] : undefined;
  if (group.mode && !mode) throw new Error(`dossier: data/events/triggers.yaml: mode "${group.mode}" of ${group.type} is not in types.yaml`);
  return {
    group, type: group.type, mode: group.mode ?? null,
    cameo: group.cameo ?? mode?.cameo ?? def.cameo,
    quad: group.quad ?? def.quad,
    intensity: mode?.intensity ?? def.intensity,
  };
}

// "~hold:held talks|meetings with" -> [[hold, holds, held, ...], [talks, meetings], [with]], with the verb forms
function expandPhrase(phrase: string): Array<{ keys: string[]; form: VerbForm | null }> {
  let out: Array<{ keys: string[]; form: VerbForm | null }> = [{ keys: [], form: null }];
  for (const part of phrase.split(/\s+/)) {
    const options: Array<{ keys: string[]; form: VerbForm | null }> = part === POSS
      ? [{ keys: [POSS], form: null }]
      : part.startsWith('~')
        ? verbForms(part.slice(1)).map(([w, form]) => ({ keys: keysOf(w), form }))
        : part.split('|').map((w) => ({ keys: keysOf(w), form: null }));
    out = out.flatMap((o) => options.map((x) => ({ keys: [...o.keys, ...x.keys], form: o.form ?? x.form })));
  }
  return out;
}

function entries(group: TriggerGroup): Array<{ keys: string[]; kind: TriggerSense['kind']; form: VerbForm | null; pattern: string }> {
  return [
    ...group.verbs.flatMap((v) => verbForms(v).map(([w, form]) => ({ keys: keysOf(w), kind: 'verb' as const, form, pattern: v }))),
    ...group.phrases.flatMap((p) => expandPhrase(p).map((x) => ({ ...x, kind: 'phrase' as const, pattern: p }))),
    ...group.nouns.flatMap((n) => nounForms(n).map((w) => ({ keys: keysOf(w), kind: 'noun' as const, form: null, pattern: n }))),
  ];
}

/** Compiles trigger groups into a trie; exported for tests that build a lexicon from rows. */
export function compileLexicon(groups: TriggerGroup[], types: TypesFile, cues: CuesFile): Lexicon {
  const root: LexiconNode = { next: new Map(), verb: null, noun: null };
  const duplicates: string[] = [];
  let size = 0;
  for (const group of groups) {
    const base = resolveSense(types, group);
    for (const { keys, kind, form, pattern } of entries(group)) {
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), verb: null, noun: null }));
        node = child;
      }
      const slot = kind === 'noun' ? 'noun' : 'verb';
      const held = node[slot];
      if (held) {
        if (held.type !== group.type || held.mode !== base.mode) duplicates.push(`${slot} "${keys.join(' ')}": ${held.type} and ${group.type}`);
        continue;
      }
      node[slot] = { ...base, kind, form, pattern };
      size++;
    }
  }
  const sets = Object.fromEntries(Object.entries(cues).map(([k, v]) => [k, new Set(v.map((w) => w.toLowerCase()))])) as Cues;
  return { root, cues: sets, duplicates, size };
}

let cached: Lexicon | null = null;
/** The lexicon from data/events, built once per process. */
export function loadLexicon(): Lexicon {
  return (cached ??= compileLexicon(
    loadDataFile('events/triggers.yaml', TriggersFileSchema),
    loadDataFile('events/types.yaml', TypesFileSchema),
    loadDataFile('events/cues.yaml', CuesFileSchema),
  ));
}
