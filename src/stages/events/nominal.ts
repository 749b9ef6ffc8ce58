// Step 2 for nouns: "Iran's support for Syria", "the visit by Khaji to Damascus", "talks between X and
// Y", and a noun that is the object of a light verb: "U.S. forces carried out airstrikes against IS".
import type { Doc, Mention, Token } from '../../doc/types.js';
import { isActorMention, type ActorIndex } from './actors.js';
import type { Arguments } from './args.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { findAgent, findBetween, findObjects } from './objects.js';
import { findSubject, type Subject } from './subject.js';

const isPossessive = (t: Token | undefined) => t !== undefined && t.pos === 'PART' && /^['’]s$/.test(t.text);

// "Iran's support", "Khaji's unannounced visit", "his visit" (a resolved pronoun): the possessor
function possessor(doc: Doc, index: ActorIndex, trig: TriggerMatch, lo: number): Mention | null {
  for (let k = trig.start - 1; k >= Math.max(lo, trig.start - 4); k--) {
    const t = doc.tokens[k];
    if (isPossessive(t)) {
      const m = index.mentionAt[k - 1];
      return m && isActorMention(m) ? m : null;
    }
    const m = index.mentionAt[k];
    if (m && m.kind === 'pronoun' && isActorMention(m)) return m;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.text !== '-') return null;
  }
  return null;
}

// "Israeli airstrikes": a nationality adjective in the noun phrase
function demonymCountry(doc: Doc, trig: TriggerMatch): string | null {
  const d = doc.demonyms.find((x) => x.tokenIndex >= trig.start - 3 && x.tokenIndex < trig.start);
  return d?.country ?? null;
}

// "a two-day visit by Modi to Mauritius", "tariffs in place on Mexico": the target follows a
// preposition of direction a few words on, and must sit right after it ("support for the
// resumption of talks between A and B" names no target)
function targetsOf(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Mention[] {
  const end = Math.min(clause.end, trig.end + 8);
  for (let k = trig.end; k < end; k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return [];
    // ("threats from China in addition to North Korea": "in addition to" adds, it does not aim)
    if (t.lower === 'to' && doc.tokens[k - 1]?.lower === 'addition') return [];
    if (cues.target_prepositions.has(t.lower)) return findObjects(doc, index, clause, k + 1, cues, cues.agent_prepositions, true);
  }
  return [];
}

/** "carried out a series of airstrikes": the light verb whose object the noun trigger is, or -1. */
export function lightVerbOf(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues): number {
  for (let k = trig.start - 1; k >= Math.max(clause.start, trig.start - 6); k--) {
    const t = doc.tokens[k];
    if (cues.light_verbs.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX')) return k;
    // ("had an "excellent" phone call": quote marks around a modifier too)
    if (!cues.light_verb_fillers.has(t.lower) && t.pos !== 'ADJ' && t.pos !== 'NUM' && !/^["“”]$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "Germany declared 40 Russian diplomats persona non grata", "designated the YPG as terrorists": a noun
 * trigger that completes a verb of declaring; the verb's subject acts on the actor named between them.
 */
function complement(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): { verb: number; target: Mention } | null {
  let target: Mention | null = null;
  for (let k = trig.start - 1; k >= Math.max(clause.start, trig.start - 10); k--) {
    const t = doc.tokens[k];
    if (cues.complement_verbs.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX')) return target ? { verb: k, target } : null;
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    const m = index.mentionAt[k];
    if (m && isActorMention(m)) target = m;
  }
  return null;
}

// "X's killing", "Navalny's arrest": a person owning a violent or coercive act suffers it
const PATIENT_OWNER = new Set(['ASSAULT', 'COERCE']);

/**
 * "Sheinbaum told Trump in a phone conversation", "said during talks with X": a meeting or call named
 * as the way words were said is between the speaker and the one spoken to.
 */
function saidIn(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): { sources: Mention[]; targets: Mention[]; verb: number } | null {
  if (trig.sense.type !== 'CONSULT') return null;
  let k = trig.start - 1;
  while (k > clause.start && /^(DET|ADJ|NUM)$/.test(doc.tokens[k].pos)) k--;
  if (!/^(in|during|over|by)$/.test(doc.tokens[k]?.lower ?? '')) return null;
  const heard = index.mentionAt[k - 1];
  const verb = heard && isActorMention(heard) ? heard.tokenStart - 1 : k - 1;
  if (verb < clause.start || !cues.speech_verbs.has(doc.tokens[verb].lower)) return null;
  const sources = findSubject(doc, index, clause, verb, cues).mentions;
  return sources.length ? { sources, targets: heard && isActorMention(heard) ? [heard] : [], verb } : null;
}

const FRONTING = /^(following|after|during|before|ahead|at)$/;

/**
 * "Following talks with Ramgoolam, Modi said", "After the meeting with Boric, both leaders signed":
 * a noun in a phrase that opens the sentence has the subject of the main clause after the comma.
 */
function frontedSubject(doc: Doc, index: ActorIndex, trig: TriggerMatch, cues: Cues): Subject | null {
  const { tokenStart, tokenEnd } = doc.sentences[doc.tokens[trig.start].sent];
  if (!FRONTING.test(doc.tokens[tokenStart].lower) || trig.start - tokenStart > 4) return null;
  for (let k = tokenStart + 1; k < trig.start; k++) if (!/^(DET|ADJ|NUM|NOUN)$/.test(doc.tokens[k].pos)) return null;
  for (let k = trig.end; k < Math.min(tokenEnd, trig.end + 15); k++) {
    if (doc.tokens[k].pos === 'VERB') return null;
    if (doc.tokens[k].text !== ',') continue;
    let verb = k + 1;
    while (verb < Math.min(tokenEnd, k + 8) && doc.tokens[verb].pos !== 'VERB') verb++;
    return doc.tokens[verb]?.pos === 'VERB' ? findSubject(doc, index, { start: k + 1, end: tokenEnd, opener: -1 }, verb, cues) : null;
  }
  return null;
}

/** The arguments of a noun trigger. */
export function nominalArguments(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, cues: Cues): Arguments {
  const base = { inanimateSource: false, sourceCountry: null, firstPerson: false, anchor: trig.start };
  const between = findBetween(doc, index, clause, trig.end);
  let owner = possessor(doc, index, trig, clause.start);
  let patient: Mention | null = null;
  if (owner && owner.type === 'PERSON' && (PATIENT_OWNER.has(trig.sense.type) || trig.sense.mode === 'release')) [patient, owner] = [owner, null];
  let sources = owner ? [owner] : findAgent(doc, index, clause, trig.end, cues);
  let anchor = trig.start;
  const declared = sources.length ? null : complement(doc, index, trig, clause, cues);
  if (declared) return { ...base, sources: findSubject(doc, index, clause, declared.verb, cues).mentions, targets: [declared.target], anchor: declared.verb, predicate: true };
  const spoken = sources.length ? null : saidIn(doc, index, trig, clause, cues);
  if (spoken) return { ...base, sources: spoken.sources, targets: spoken.targets.length ? spoken.targets : targetsOf(doc, index, trig, clause, cues), anchor: spoken.verb };
  const light = sources.length ? -1 : lightVerbOf(doc, trig, clause, cues);
  if (light >= 0) {
    const subject = findSubject(doc, index, clause, light, cues);
    sources = subject.mentions;
    anchor = light;
    if (subject.firstPerson) return { ...base, sources, targets: targetsOf(doc, index, trig, clause, cues), firstPerson: true, anchor };
    // "the two men had a phone call": a group named before (build.ts finds it)
    if (subject.group) return { ...base, sources, targets: targetsOf(doc, index, trig, clause, cues), anchor, group: 'sources', spanFrom: subject.from };
  }
  const fronted = sources.length || between ? null : frontedSubject(doc, index, trig, cues);
  if (fronted?.mentions.length) sources = fronted.mentions;
  else if (fronted?.group) return { ...base, sources, targets: targetsOf(doc, index, trig, clause, cues), anchor, group: 'sources', spanFrom: fronted.from };
  if (between && !sources.length) return { ...base, sources: [between[0]], targets: [between[1]] };
  // "Iraq's mediation between Ankara and Damascus": a third party acts on both sides; no single target
  const targets = between ? (trig.sense.mode === 'third-party' ? [] : [...between]) : patient ? [patient] : targetsOf(doc, index, trig, clause, cues);
  // "the withdrawal of Russian forces from Kyiv": for a retreat, "of" names who withdrew
  if (trig.sense.type === 'RETREAT' && doc.tokens[trig.end]?.lower === 'of' && targets.length) return { ...base, sources: targets, targets: [], anchor };
  return { ...base, sources, targets, anchor, sourceCountry: sources.length ? null : demonymCountry(doc, trig) };
}
