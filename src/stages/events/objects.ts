// Step 2b: actors to the right of a trigger: the object, an agent after "by", "between A and B".
import type { Doc, Mention } from '../../doc/types.js';
import { isActorMention, type ActorIndex } from './actors.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';

const MAX_GAP = 8;
const COORD = new Set(['and', ',', 'or', '&']);
const isPossessive = (doc: Doc, k: number) => doc.tokens[k]?.pos === 'PART' && /^['’]s$/.test(doc.tokens[k].text);

const POSSESSIVE_PRONOUN = /^(his|her|its|their)$/;

// "Iran's president-elect, Masoud Pezeshkian" / "his deputy, Bassam al-Sabbagh": a possessor followed
// by an apposition names the person; "Hamas leader Ismail Haniyeh": an organisation before a title
// and a name is a modifier of the name. A bare possessive pronoun ("his deputy") names no actor.
function headOf(doc: Doc, index: ActorIndex, m: Mention, end: number): Mention | null {
  const pronoun = m.kind === 'pronoun' && POSSESSIVE_PRONOUN.test(m.text.toLowerCase());
  if (!pronoun && !isPossessive(doc, m.tokenEnd)) return modifiedName(doc, index, m, end) ?? m;
  for (let k = m.tokenEnd + 1; k < Math.min(end, m.tokenEnd + 6); k++) {
    if (doc.tokens[k].text !== ',') continue;
    const next = index.mentionAt[k + 1];
    if (next && isActorMention(next) && next.type === 'PERSON') return next;
    break;
  }
  return pronoun ? null : m;
}

function modifiedName(doc: Doc, index: ActorIndex, m: Mention, end: number): Mention | null {
  if (m.type === 'PERSON') return null;
  for (let k = m.tokenEnd; k < Math.min(end, m.tokenEnd + 3); k++) {
    const next = index.mentionAt[k];
    // "Minister of Foreign Affairs of Viet Nam Bui Thanh Son": after "of", a state may run into the name
    const ofTitle = doc.tokens[m.tokenStart - 1]?.lower === 'of';
    if (next && isActorMention(next)) return next.type === 'PERSON' && (k > m.tokenEnd || ofTitle) ? next : null;
    if (doc.tokens[k].pos !== 'NOUN' && doc.tokens[k].pos !== 'PROPN') return null;
  }
  return null;
}

const endOf = (doc: Doc, index: ActorIndex, m: Mention, end: number) => (headOf(doc, index, m, end) ?? m).tokenEnd;

// ", Y and Z": a comma joins a list only when an "and" follows the next actor
function listContinues(doc: Doc, index: ActorIndex, m: Mention, end: number): boolean {
  const k = endOf(doc, index, m, end);
  return doc.tokens[k]?.lower === 'and' || doc.tokens[k]?.text === ',';
}

/** "Mekdad and his deputy, Bassam al-Sabbagh": actors coordinated to the right of `first`. */
export function coordinatedRight(doc: Doc, index: ActorIndex, first: Mention, end: number): Mention[] {
  const out = [first];
  let at = endOf(doc, index, first, end);
  while (at < end && (COORD.has(doc.tokens[at].lower) || doc.tokens[at].lower === 'as')) {
    let next: Mention | undefined;
    for (let k = at + 1; k < Math.min(end, at + 5) && !next; k++) {
      if (doc.tokens[k].pos === 'VERB') break;
      const m = index.mentionAt[k];
      if (m && isActorMention(m)) next = m;
    }
    if (!next || (doc.tokens[at].text === ',' && !listContinues(doc, index, next, end))) break;
    out.push(next);
    at = endOf(doc, index, next, end);
  }
  return out.map((m) => headOf(doc, index, m, end)).filter((m): m is Mention => m !== null);
}

// "MINUSMA is leaving after the military government demanded its departure": "its" opening the object
// stands for the organisation named last before it in the sentence (the subject's own is "its own")
function itsOwner(doc: Doc, index: ActorIndex, from: number): Mention | null {
  const t = doc.tokens[from];
  if (t?.lower !== 'its' || index.mentionAt[from] || doc.tokens[from + 1]?.lower === 'own') return null;
  const { tokenStart } = doc.sentences[t.sent];
  // the verb and its subject right before it are skipped: "the Army demanded its departure" is not the Army's
  let k = from - 1;
  while (k > tokenStart && /^(VERB|AUX|ADV|PART)$/.test(doc.tokens[k].pos)) k--;
  const subject = index.mentionAt[k];
  if (subject) k = subject.tokenStart - 1;
  for (; k >= tokenStart; k--) {
    const m = index.mentionAt[k];
    if (m && m.type === 'ORG' && isActorMention(m) && !index.anaphora.has(m)) return m;
  }
  return null;
}

/**
 * The first actor after the trigger inside the clause, with those coordinated to it. Names after a
 * place preposition are places ("were held in Tehran"); a later verb ends the search ("visited Syria
 * and met") unless `throughVerbs`.
 */
export function findObjects(doc: Doc, index: ActorIndex, clause: Clause, from: number, cues: Cues, stopAt?: Set<string>, near = false): Mention[] {
  const owner = itsOwner(doc, index, from);
  if (owner) return [owner];
  const end = Math.min(clause.end, from + MAX_GAP + 6);
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k];
    // "voiced concern over the violence, with Sullivan speaking ...": a comma ends the object
    // "condemned the raids as a violation of Afghanistan's sovereignty": what follows "as" describes the object
    // ("cooperating in Syria despite backing rival sides": a concession opens another predicate)
    // ("dismissed concerns about Trump": what follows "about" is the topic, not the one acted on)
    if (stopAt?.has(t.lower) || t.text === ',' || (/^(as|about)$/.test(t.lower) && k > from) || /^(despite|although|though|unlike)$/.test(t.lower)) return [];
    // near: only determiners and adjectives may stand before the actor ("sanctions on the Turkish ...")
    if (near && !index.mentionAt[k] && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.text !== '-') return [];
    const m = index.mentionAt[k];
    // "visited Syria and met": a later verb ends the object; "help push for": so does a bare infinitive
    // (but not "against IS": a name the tagger took for a verb)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && !(m && isActorMention(m))) return [];
    if (!m || !isActorMention(m)) continue;
    const prev = doc.tokens[m.tokenStart - 1];
    if (prev && m.tokenStart - 1 >= from && cues.place_prepositions.has(prev.lower) && m.type === 'GPE') { k = m.tokenEnd - 1; continue; }
    if (prev && m.tokenStart - 1 >= from && cues.agent_prepositions.has(prev.lower)) return [];
    // "support for talks between Ankara and Damascus": the two sides of a relation inside the object
    if (prev && prev.lower === 'between' && m.tokenStart - 1 > from) return [];
    return coordinatedRight(doc, index, m, clause.end);
  }
  return [];
}

/** "was welcomed by X", "the visit by X", "a call from X": the agent after by/from, near the trigger. */
export function findAgent(doc: Doc, index: ActorIndex, clause: Clause, from: number, cues: Cues): Mention[] {
  const end = Math.min(clause.end, from + MAX_GAP);
  for (let k = from; k < end; k++) {
    if (!cues.agent_prepositions.has(doc.tokens[k].lower)) continue;
    for (let j = k + 1; j < Math.min(end + 3, clause.end, k + 5); j++) {
      const m = index.mentionAt[j];
      if (m && isActorMention(m)) return coordinatedRight(doc, index, m, clause.end);
    }
    return [];
  }
  return [];
}

/** "talks between X and Y", "mediation between Ankara and Damascus": the two sides, or null. */
export function findBetween(doc: Doc, index: ActorIndex, clause: Clause, from: number): [Mention, Mention] | null {
  for (let k = from; k < Math.min(clause.end, from + 4); k++) {
    if (doc.tokens[k].lower !== 'between') continue;
    const sides = findObjectsAfter(doc, index, clause, k + 1);
    return sides.length >= 2 ? [sides[0], sides[1]] : null;
  }
  return null;
}

function findObjectsAfter(doc: Doc, index: ActorIndex, clause: Clause, from: number): Mention[] {
  for (let k = from; k < Math.min(clause.end, from + 4); k++) {
    const m = index.mentionAt[k];
    if (m && isActorMention(m)) return coordinatedRight(doc, index, m, clause.end);
  }
  return [];
}
