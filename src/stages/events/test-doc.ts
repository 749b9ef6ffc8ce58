// Test helper: a segmented Doc with mentions and entities placed by hand, standing in for the
// entity stages. Each actor lists the exact surface forms that name it in the text.
import { createDoc } from '../../doc/create.js';
import assert from 'node:assert/strict';
import type { Doc, DossierEvent, EntityType, MentionKind } from '../../doc/types.js';
import { segment } from '../segment/index.js';
import { events } from './index.js';
import { loadKnowledge } from '../../knowledge/index.js';
import type { Context } from '../../pipeline/index.js';

/** The context the events stage reads: only the knowledge base (offices are not used). */
export const testContext = (): Context => ({ knowledge: loadKnowledge() }) as Context;

export interface ActorSpec {
  id: string;
  type: EntityType;
  country: string | null;
  /** kbId, e.g. the ISO3 code for a country */
  kbId?: string;
  /** surface forms; "he"/"his" style pronouns are marked kind 'pronoun' */
  forms: string[];
}

const PRONOUN = /^(he|she|it|they|his|her|its|their|him|them)$/i;

/** Segments `text` and adds a mention for every whole-word occurrence of each actor's forms. */
export function docWith(text: string, actors: ActorSpec[], date: string | null = null): Doc {
  const doc = createDoc(text, { date });
  segment.run(doc, testContext());
  const taken = new Set<number>();
  const found: Array<{ start: number; end: number; actor: ActorSpec; form: string }> = [];
  // longest forms first, so that "Syrian Foreign Minister Faisal Mekdad" wins over "Mekdad"
  const forms = actors.flatMap((actor) => actor.forms.map((form) => ({ actor, form }))).sort((a, b) => b.form.length - a.form.length);
  for (const { actor, form } of forms) {
    const re = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, PRONOUN.test(form) ? 'gi' : 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      let free = true;
      for (let c = start; c < end; c++) if (taken.has(c)) free = false;
      if (!free) continue;
      for (let c = start; c < end; c++) taken.add(c);
      found.push({ start, end, actor, form });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const f of found) {
    const tokens = doc.tokens.filter((t) => t.start >= f.start && t.end <= f.end);
    if (!tokens.length) continue;
    const kind: MentionKind = PRONOUN.test(f.form) ? 'pronoun' : 'name';
    const id = doc.mentions.length;
    doc.mentions.push({ id, start: f.start, end: f.end, tokenStart: tokens[0].i, tokenEnd: tokens.at(-1)!.i + 1, text: text.slice(f.start, f.end), type: f.actor.type, kind, source: kind === 'pronoun' ? 'pronoun' : 'gazetteer', entity: f.actor.id });
  }
  doc.entities = actors.map((a) => ({ id: a.id, name: a.forms[0], type: a.type, country: a.country, kbId: a.kbId, mentions: doc.mentions.filter((m) => m.entity === a.id).map((m) => m.id), salience: 0 }));
  return doc;
}

/** Actors for test sentences: states, a capital, two people and two organisations. */
export const CAST: ActorSpec[] = [
  { id: 'chile', type: 'GPE', country: 'CHL', kbId: 'CHL', forms: ['Chile'] },
  { id: 'peru', type: 'GPE', country: 'PER', kbId: 'PER', forms: ['Peru'] },
  { id: 'norway', type: 'GPE', country: 'NOR', kbId: 'NOR', forms: ['Norway'] },
  { id: 'oslo', type: 'GPE', country: 'NOR', forms: ['Oslo'] },
  { id: 'boric', type: 'PERSON', country: 'CHL', forms: ['Gabriel Boric', 'Boric', 'He'] },
  { id: 'solberg', type: 'PERSON', country: 'NOR', forms: ['Erna Solberg', 'Solberg'] },
  { id: 'army', type: 'ORG', country: 'PER', forms: ['the Peruvian Army', 'The Peruvian Army'] },
  { id: 'amnesty', type: 'ORG', country: null, forms: ['Amnesty International'] },
];

/** Runs the events stage over one sentence with the cast above. */
export function eventsOf(text: string, date: string | null = null): Doc {
  const doc = docWith(text, CAST, date);
  events.run(doc, testContext());
  return doc;
}


/** "TYPE source>target", "-" for no actor, then " neg" or " hyp" for an event not asserted. */
export const show = (e: DossierEvent) => `${e.type} ${e.source ?? '-'}>${e.target ?? '-'}${e.negated ? ' neg' : ''}${e.hypothetical ? ' hyp' : ''}`;

/** Asserts that the events of `text` hold the one `expect` describes: "ASSAULT peru>chile neg". */
export function assertEvent(text: string, expect: string): void {
  const [type, pair, ...flags] = expect.split(' ');
  const [source, target] = pair.split('>').map((x) => (x === '-' || x === '' ? null : x));
  const got = eventsOf(text).events;
  const hit = got.find((e) => e.type === type && e.source === source && e.target === target);
  assert.ok(hit, `expected ${expect}, got [${got.map(show).join(', ')}]`);
  assert.equal(hit.negated, flags.includes('neg'), `negated of ${show(hit)}`);
  assert.equal(hit.hypothetical, flags.includes('hyp'), `hypothetical of ${show(hit)}`);
}
