// Which tokens name actors, and which entity each actor stands for. A capital standing for its
// government ("Tehran announced") acts for the country: the country's entity is the actor when the
// article names the country too.
import type { Doc, Entity, Mention } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import { phraseKeys } from '../../nlp/tokenizer.js';
import { addAnaphora, type AnaphoraWords } from './anaphora.js';
import { addNamesakes } from './namesake.js';

/** Mentions by token, and the entity each actor mention acts for. */
export interface ActorIndex {
  /** the longest resolved mention covering each token */
  mentionAt: Array<Mention | undefined>;
  entities: Map<string, Entity>;
  /** entity id -> the entity that acts for it (a capital -> its country), else itself */
  actorOf(m: Mention): string;
  /** the first mention of an actor ("Iran", or "Tehran" acting for it), to stand for it elsewhere */
  mentionOf(actor: string | null | undefined): Mention | null;
  /** ISO3 -> the country's entity in this article */
  stateEntity: Map<string, string>;
  /** stand-in mentions for nationality adjectives ("Russian officials" -> Russia) */
  demonymMentions: Set<Mention>;
  /** stand-in mentions for "it", "they", "the group", "the government" */
  anaphora: Set<Mention>;
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

/** True when the mention can be an actor (a person, an organisation or a state), not only a place. */
export const isActorMention = (m: Mention): boolean => ACTOR_TYPES.has(m.type) && m.entity !== undefined;

function gazetteerKinds(knowledge: Knowledge, name: string): Array<{ kind: string; iso3?: string }> {
  const keys = phraseKeys(name);
  const hit = knowledge.gazetteer.longest(keys, 0);
  return hit && hit.end === keys.length ? (hit.values as Array<{ kind: string; iso3?: string }>) : [];
}

// "Iran" (kbId IRN, or a gazetteer country name) is the state; "Tehran" is a capital of IRN
function statesAndCapitals(doc: Doc, knowledge: Knowledge): { stateEntity: Map<string, string>; capitalOf: Map<string, string> } {
  const stateEntity = new Map<string, string>();
  const capitalIso = new Map<string, string>();
  for (const e of doc.entities) {
    if (e.type !== 'GPE') continue;
    if (e.kbId && knowledge.countries.has(e.kbId)) { if (!stateEntity.has(e.kbId)) stateEntity.set(e.kbId, e.id); continue; }
    for (const v of gazetteerKinds(knowledge, e.name)) {
      if (v.kind === 'country' && v.iso3 && !stateEntity.has(v.iso3)) stateEntity.set(v.iso3, e.id);
      if (v.kind === 'capital' && v.iso3) capitalIso.set(e.id, v.iso3);
    }
  }
  const capitalOf = new Map<string, string>();
  for (const [id, iso3] of capitalIso) if (stateEntity.has(iso3)) capitalOf.set(id, stateEntity.get(iso3)!);
  return { stateEntity, capitalOf };
}

/** Indexes the resolved mentions of a document for argument finding. */
export function indexActors(doc: Doc, knowledge: Knowledge, words?: AnaphoraWords): ActorIndex {
  const mentionAt: Array<Mention | undefined> = new Array(doc.tokens.length);
  for (const m of doc.mentions) {
    if (m.entity === undefined) continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const held = mentionAt[k];
      if (!held || held.tokenEnd - held.tokenStart < m.tokenEnd - m.tokenStart) mentionAt[k] = m;
    }
  }
  const { stateEntity, capitalOf } = statesAndCapitals(doc, knowledge);
  const demonymMentions = addDemonyms(doc, mentionAt, stateEntity);
  const actorOf = (m: Mention) => capitalOf.get(m.entity!) ?? m.entity!;
  const first = new Map<string, Mention>();
  for (const m of doc.mentions) if (m.entity !== undefined && !first.has(actorOf(m))) first.set(actorOf(m), m);
  const mentionOf = (actor: string | null | undefined) => (actor ? first.get(actor) ?? null : null);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const states = new Set(stateEntity.values());
  const stateOf = {
    isState: (entity: string) => states.has(entity),
    ofPerson: (m: Mention) => mentionOf(stateEntity.get(entities.get(m.entity!)?.country ?? '')),
  };
  const anaphora = words ? addAnaphora(doc, mentionAt, words, sentenceIndex(doc), stateOf) : new Set<Mention>();
  if (words) for (const m of addNamesakes(doc, mentionAt)) anaphora.add(m);
  return {
    mentionAt,
    demonymMentions,
    anaphora,
    entities,
    stateEntity,
    actorOf,
    mentionOf,
  };
}

// "Israeli security forces fired", "talks with Russian officials": a nationality adjective that is
// not part of a name stands for its state, when the article names that state
function addDemonyms(doc: Doc, mentionAt: Array<Mention | undefined>, stateEntity: Map<string, string>): Set<Mention> {
  const out = new Set<Mention>();
  for (const d of doc.demonyms) {
    const entity = stateEntity.get(d.country);
    if (!entity || mentionAt[d.tokenIndex]) continue;
    const m: Mention = {
      id: -1 - out.size, start: d.start, end: d.end, tokenStart: d.tokenIndex, tokenEnd: d.tokenIndex + 1,
      text: doc.text.slice(d.start, d.end), type: 'GPE', kind: 'name', source: 'gazetteer', entity,
    };
    mentionAt[d.tokenIndex] = m;
    out.add(m);
  }
  return out;
}

function sentenceIndex(doc: Doc): (token: number) => number {
  const of = new Array<number>(doc.tokens.length).fill(0);
  doc.sentences.forEach((s, i) => { for (let k = s.tokenStart; k < s.tokenEnd; k++) of[k] = i; });
  return (token) => of[token];
}

/** The ISO3 code of the state an entity acts for. */
export function countryOf(index: ActorIndex, id: string | null): string | null {
  return id === null ? null : index.entities.get(id)?.country ?? null;
}
