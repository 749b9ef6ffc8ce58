// Step 4: reported speech. The events of a clause introduced by a verb of saying are reported by
// that verb's subject: "Ford noted that Iraq's mediation ...", "..., Trump said", "according to X";
// and an act of state the speaker announces in the passive is the speaker's state's.
import type { Doc, Mention } from '../../doc/types.js';
import { countryOf, isActorMention, type ActorIndex } from './actors.js';
import type { Arguments } from './args.js';
import { clauseOf, type Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { findSubject } from './subject.js';

const first = (ms: Mention[]) => (ms.length ? ms[0] : null);

// "noted that", "said on Monday that": the speech verb just before the complementizer
function speechBeforeThat(doc: Doc, index: ActorIndex, clause: Clause, cues: Cues): Mention | null {
  if (clause.opener < 0 || doc.tokens[clause.opener].lower !== 'that') return null;
  const lo = doc.sentences[doc.tokens[clause.opener].sent].tokenStart;
  for (let k = clause.opener - 1; k >= Math.max(lo, clause.opener - 4); k--) {
    if (!cues.speech_verbs.has(doc.tokens[k].lower)) continue;
    const outer = clauseOf(doc, doc.tokens[k].sent, k, k + 1, cues);
    return first(findSubject(doc, index, outer, k, cues).mentions);
  }
  return null;
}

// "Trump said Iran attacked": a verb of saying earlier in the clause, with no "that"
function speechBefore(doc: Doc, index: ActorIndex, clause: Clause, triggerStart: number, cues: Cues): Mention | null {
  for (let k = triggerStart - 2; k >= clause.start; k--) {
    const t = doc.tokens[k];
    if (t.pos !== 'VERB' || !cues.speech_verbs.has(t.lower)) continue;
    return first(findSubject(doc, index, { ...clause, end: k + 1 }, k, cues).mentions);
  }
  return null;
}

// "according to the ministry"
function accordingTo(doc: Doc, index: ActorIndex, s: number): Mention | null {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  for (let k = tokenStart; k + 2 < tokenEnd; k++) {
    if (doc.tokens[k].lower !== 'according' || doc.tokens[k + 1].lower !== 'to') continue;
    for (let j = k + 2; j < Math.min(tokenEnd, k + 6); j++) {
      const m = index.mentionAt[j];
      if (m && isActorMention(m)) return m;
    }
  }
  return null;
}

// '"...," Indian foreign secretary Vikram Misri said': the token before the title in front of a name
function titleStart(doc: Doc, index: ActorIndex, name: number, from: number): number {
  let j = name - 1;
  while (j > from && j > name - 6 && /^(NOUN|ADJ|PROPN)$/.test(doc.tokens[j].pos) && (!index.mentionAt[j] || index.demonymMentions.has(index.mentionAt[j]!))) j--;
  return j;
}

// '"...," Trump said' / ', said the minister': a speech verb after the trigger, next to an actor
function trailingSpeaker(doc: Doc, index: ActorIndex, from: number, s: number, cues: Cues): Mention | null {
  const { tokenEnd } = doc.sentences[s];
  for (let k = from; k < tokenEnd; k++) {
    if (!cues.speech_verbs.has(doc.tokens[k].lower)) continue;
    const before = doc.tokens[k - 1];
    const m = index.mentionAt[k - 1] ?? index.mentionAt[k + 1];
    const afterComma = before && (before.text === ',' || /["”]/.test(before.text) || /^[,"”]$/.test(doc.tokens[titleStart(doc, index, index.mentionAt[k - 1]?.tokenStart ?? k, from)]?.text ?? ''));
    if (m && isActorMention(m) && afterComma) return m;
  }
  return null;
}

/** The actor who reports the event of a trigger in `clause`, or null when the text asserts it itself. */
export function reporterOf(doc: Doc, index: ActorIndex, clause: Clause, trigger: { start: number; end: number }, cues: Cues): Mention | null {
  const s = doc.tokens[trigger.end - 1].sent;
  return speechBeforeThat(doc, index, clause, cues) ?? speechBefore(doc, index, clause, trigger.start, cues)
    ?? accordingTo(doc, index, s) ?? trailingSpeaker(doc, index, trigger.end, s, cues);
}

// "Italy's foreign minister said 30 Russian diplomats were being expelled": an act of state told in the
// passive with no agent, announced by a state or one of its officials, is that state's act
const ACTS_OF_STATE = new Set(['SANCTION', 'CONCEDE', 'AID']);
export function announcer(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, reporter: Mention | null): Mention | null {
  if (!args.agentless || args.sources.length || !reporter || !ACTS_OF_STATE.has(trig.sense.type)) return null;
  const country = countryOf(index, index.actorOf(reporter));
  if (!country || args.targets.some((m) => countryOf(index, index.actorOf(m)) === country)) return null;
  const state = index.stateEntity.get(country);
  return index.mentionOf(state) ?? reporter;
}

