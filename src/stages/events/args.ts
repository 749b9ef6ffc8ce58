// Step 2: who acted on whom, from the trigger's frame and the sentence around it.
import type { Doc, Mention, Token } from '../../doc/types.js';
import { isActorMention, type ActorIndex } from './actors.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { findAgent, findBetween, findObjects } from './objects.js';
import { findSubject, gerundPossessor } from './subject.js';

/** The actors of one trigger: each source acts on each target. */
export interface Arguments {
  sources: Mention[];
  targets: Mention[];
  /** the source is a thing ("a strike that killed"), not an unnamed actor */
  inanimateSource: boolean;
  /** "Israeli airstrikes": the acting state, from a nationality adjective, when no actor is named */
  sourceCountry: string | null;
}

const isPossessive = (t: Token | undefined) => t !== undefined && t.pos === 'PART' && /^['’]s$/.test(t.text);

// "was welcomed by", "were held", "Palestinians injured in ... by": a participle after "be", or right after a noun with "by" next
function isPassive(doc: Doc, trig: TriggerMatch, cues: Cues): boolean {
  const form = trig.sense.form;
  if (form !== 'past' && form !== 'participle') return false;
  for (let k = trig.start - 1; k >= Math.max(0, trig.start - 3); k--) {
    const t = doc.tokens[k];
    if (cues.passive_auxiliaries.has(t.lower) && t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.lower !== 'not') break;
  }
  const prev = doc.tokens[trig.start - 1];
  return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && doc.tokens[trig.end]?.lower === 'by';
}

function verbal(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  const subject = findSubject(doc, index, clause, trig.start);
  const gerund = subject.mentions.length ? null : gerundPossessor(doc, index, trig.start, clause.start);
  const subjects = gerund ? [gerund] : subject.mentions;
  const none = { inanimateSource: subject.inanimate && !gerund, sourceCountry: null };
  const between = findBetween(doc, index, clause, trig.end);
  if (isPassive(doc, trig, cues)) {
    // "He was welcomed by his Syrian counterpart": the agent acts on the subject
    return { ...none, inanimateSource: false, sources: findAgent(doc, index, clause, trig.end, cues), targets: subjects };
  }
  if (trig.sense.group.frame === 'recipient') {
    // "Syria received a telegram from Putin"
    return { ...none, sources: findAgent(doc, index, clause, trig.end, cues), targets: subjects };
  }
  if (between && !subjects.length) return { ...none, sources: [between[0]], targets: [between[1]] };
  const objects = between ? (trig.sense.mode === 'third-party' ? [] : [...between]) : findObjects(doc, index, clause, trig.end, cues);
  // "Iran and Syria met": a symmetric verb with coordinated subjects and no object pairs them up
  if (trig.sense.group.frame === 'symmetric' && !objects.length && subjects.length > 1) {
    return { ...none, sources: [subjects[0]], targets: subjects.slice(1) };
  }
  return { ...none, sources: subjects, targets: objects };
}

// "Iran's support", "Khaji's unannounced visit": a possessor before the noun and its modifiers
function possessor(doc: Doc, index: ActorIndex, trig: TriggerMatch, lo: number): Mention | null {
  for (let k = trig.start - 1; k >= Math.max(lo, trig.start - 4); k--) {
    const t = doc.tokens[k];
    if (isPossessive(t)) {
      const m = index.mentionAt[k - 1];
      return m && isActorMention(m) ? m : null;
    }
    const m = index.mentionAt[k];
    // "his visit" when the lead resolved the possessive pronoun
    if (m && m.kind === 'pronoun' && isActorMention(m)) return m;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.text !== '-') return null;
  }
  return null;
}

// "Israeli airstrikes", "the Iranian delegation's visit": a nationality adjective in the noun phrase
function demonymCountry(doc: Doc, trig: TriggerMatch): string | null {
  const lo = trig.start - 3;
  const d = doc.demonyms.find((x) => x.tokenIndex >= lo && x.tokenIndex < trig.start);
  return d?.country ?? null;
}

function nominal(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  const between = findBetween(doc, index, clause, trig.end);
  const owner = possessor(doc, index, trig, clause.start);
  const agents = findAgent(doc, index, clause, trig.end, cues);
  const sources = owner ? [owner] : agents;
  const next = doc.tokens[trig.end];
  let targets: Mention[] = [];
  if (between && !sources.length) return { sources: [between[0]], targets: [between[1]], inanimateSource: false, sourceCountry: null };
  // "Iraq's mediation between Ankara and Damascus": a third party acts on both sides; no single target
  if (between) targets = trig.sense.mode === 'third-party' ? [] : [...between];
  else if (next && cues.target_prepositions.has(next.lower)) targets = findObjects(doc, index, clause, trig.end + 1, cues, cues.agent_prepositions);
  const sourceCountry = sources.length ? null : demonymCountry(doc, trig);
  return { sources, targets, inanimateSource: false, sourceCountry };
}

/** The arguments of a trigger inside its clause. */
export function argumentsOf(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  return trig.nominal ? nominal(doc, index, trig, clause, cues) : verbal(doc, index, trig, clause, cues);
}
