// Step 2: who acted on whom, from the trigger's frame and the sentence around it.
import type { Doc, Mention } from '../../doc/types.js';
import type { ActorIndex } from './actors.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { nominalArguments } from './nominal.js';
import { impliedTarget } from './patients.js';
import { findAgent, findBetween, findObjects } from './objects.js';
import { findSubject, gerundPossessor, nounPhraseSubject, type Subject } from './subject.js';

/** The actors of one trigger: each source acts on each target. */
export interface Arguments {
  sources: Mention[];
  targets: Mention[];
  /** the source is a thing ("a strike that killed"), not an unnamed actor */
  inanimateSource: boolean;
  /** "Israeli airstrikes": the acting state, from a nationality adjective, when no actor is named */
  sourceCountry: string | null;
  /** "We support Mauritius," the secretary said: the source is whoever reports the sentence */
  firstPerson: boolean;
  /** "Republican lawmakers praised Trump": the subject is unnamed people */
  people?: boolean;
  /** "declared X persona non grata": the noun completes a verb and reports a new act, not a reference */
  predicate?: boolean;
  /** token where the verb group that carries tense and negation ends (a light verb for a noun) */
  anchor: number;
  /** "their leaders agreed": the sources were named earlier; the evidence starts at this token */
  spanFrom?: number;
  /** "30 diplomats were being expelled": a passive with no agent */
  agentless?: boolean;
  /** "the two ministers signed", "they were received": a group named before is the subject, which
   * is the source of an active verb and the target of a passive one */
  group?: 'sources' | 'targets';
}

const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

// "was welcomed by", "were held": a participle after "be"; "demonstrators killed by police",
// "the leader, killed in a strike": a participle right after a noun with "by" next, or after a comma.
// ("Students protested against ..." is active: without "by" a noun + participle is read as a clause.)
function isPassive(doc: Doc, trig: TriggerMatch, cues: Cues): boolean {
  const form = trig.sense.form;
  if (form !== 'past' && form !== 'participle') return false;
  for (let k = trig.start - 1; k >= Math.max(0, trig.start - 3); k--) {
    const t = doc.tokens[k];
    if (cues.passive_auxiliaries.has(t.lower) && t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.lower !== 'not') break;
  }
  const prev = doc.tokens[trig.start - 1];
  const next = doc.tokens[trig.end];
  if (!prev || !next) return false;
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && next.lower === 'by') return true;
  return prev.text === ',' && !OBJECT_START.has(next.pos);
}

// "threatened to close or suspend U.S. operations": the object of the infinitive is the target
function objectStart(doc: Doc, trig: TriggerMatch): number {
  let k = trig.end;
  if (doc.tokens[k - 1].lower !== 'to') return k;
  while (doc.tokens[k] && (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'CCONJ' || doc.tokens[k].pos === 'ADV')) k++;
  return k;
}

// "Mexico and Bolivia issued a joint statement describing Castillo as a victim": a gerund after a
// noun for a text has the text's issuer, the subject of the verb governing that noun, as its subject
function issuerOf(doc: Doc, index: ActorIndex, at: number, clause: Clause, cues: Cues): Subject | null {
  if (!cues.document_nouns.has(doc.tokens[at - 1]?.lower ?? '')) return null;
  let k = at - 2;
  while (k > clause.start && /^(DET|ADJ|NOUN|NUM)$/.test(doc.tokens[k].pos)) k--;
  if (doc.tokens[k]?.pos !== 'VERB') return null;
  const subject = findSubject(doc, index, clause, k, cues);
  return subject.mentions.length ? subject : null;
}

// "ordered 35 Russian diplomats to leave": a nationality adjective inside a phrase trigger names its target
function inside(doc: Doc, index: ActorIndex, trig: TriggerMatch): Mention[] | null {
  for (let k = trig.start + 1; k < trig.end; k++) {
    const m = index.mentionAt[k];
    if (m && index.demonymMentions.has(m)) return [m];
  }
  return null;
}

function verbal(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  // "orders blocking the swearing-in": a gerund right after a noun has that noun as its subject
  const noun = trig.sense.form === 'gerund' ? nounPhraseSubject(doc, index, trig.start, clause.start) : null;
  const reduced = noun && !noun.mentions.length ? issuerOf(doc, index, trig.start, clause, cues) ?? noun : noun;
  const subject = reduced ?? findSubject(doc, index, clause, trig.start, cues);
  const gerund = subject.mentions.length ? null : gerundPossessor(doc, index, trig.start, clause.start);
  const subjects = gerund ? [gerund] : subject.mentions;
  const none = { inanimateSource: subject.inanimate && !gerund, sourceCountry: null, firstPerson: subject.firstPerson === true, people: subject.people === true, anchor: trig.start, spanFrom: subject.from, group: subject.group && !gerund ? 'sources' as const : undefined };
  // "mediated between A and B"; but "called for talks between A and B" names the talks' sides
  const between = doc.tokens[trig.end]?.lower === 'between' ? findBetween(doc, index, clause, trig.end) : null;
  if (isPassive(doc, trig, cues)) {
    // "He was welcomed by his Syrian counterpart": the agent acts on the subject;
    // "the accord was signed by Chile and Peru": a symmetric act with two agents pairs them
    const agents = findAgent(doc, index, clause, trig.end, cues);
    if (trig.sense.group.frame === 'symmetric' && !subjects.length && agents.length > 1) return { ...none, inanimateSource: false, sources: [agents[0]], targets: agents.slice(1) };
    // "eight demonstrators were killed": an unnamed patient still marks the act as having happened
    return { ...none, inanimateSource: subject.inanimate && !agents.length, sources: agents, targets: subjects, group: none.group && 'targets', agentless: !agents.length };
  }
  if (trig.sense.group.frame === 'recipient') {
    // "Syria received a telegram from Putin"
    return { ...none, sources: findAgent(doc, index, clause, trig.end, cues), targets: subjects };
  }
  if (between && !subjects.length) return { ...none, sources: [between[0]], targets: [between[1]] };
  // "warned Iran", but not "warned in July of a possible IS resurgence": some verbs take only a direct object
  const direct = cues.direct_object_verbs.has(doc.tokens[trig.end - 1].lower);
  const found = between ? (trig.sense.mode === 'third-party' ? [] : [...between]) : findObjects(doc, index, clause, objectStart(doc, trig), cues, undefined, direct);
  const objects = found.length || between ? found : inside(doc, index, trig) ?? impliedTarget(doc, index, trig, clause, objectStart(doc, trig), cues);
  // "Iran and Syria met": a symmetric verb with coordinated subjects and no object pairs them up
  if (trig.sense.group.frame === 'symmetric' && !objects.length && subjects.length > 1) {
    return { ...none, sources: [subjects[0]], targets: subjects.slice(1) };
  }
  return { ...none, sources: subjects, targets: objects };
}

/** The arguments of a trigger inside its clause. */
export function argumentsOf(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  return trig.nominal ? nominalArguments(doc, index, trig, clause, cues) : verbal(doc, index, trig, clause, cues);
}
