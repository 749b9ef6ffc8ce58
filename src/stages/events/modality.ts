// Step 3: is the event asserted as having happened? Negation, modals, conditions, plans, and who said so.
import type { Doc } from '../../doc/types.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
}

const AUX_REGION = 4;
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART', 'VERB', 'ADJ', 'DET', 'NOUN', 'PRON', 'ADP']);

// "did not meet", "has never visited", "would strengthen", "plans to visit", "refused to meet"
function verbGroup(doc: Doc, at: number, clause: Clause, cues: Cues): Modality {
  let negated = false;
  let hypothetical = false;
  const lo = Math.max(clause.start, at - AUX_REGION);
  for (let k = at - 1; k >= lo; k--) {
    const t = doc.tokens[k];
    if (cues.negation.has(t.lower)) negated = true;
    else if (cues.modals.has(t.lower)) hypothetical = true;
    else if (t.lower === 'to' && t.pos === 'PART') {
      // "plans to visit", "refused to meet", "came to sign"; but "continued to support"
      const before = doc.tokens[k - 1]?.lower ?? '';
      if (cues.negating_verbs.has(before)) negated = true;
      else if (!cues.realizing_verbs.has(before)) hypothetical = true;
    } else if (t.pos === 'CCONJ' && doc.tokens[k - 1]?.pos === 'VERB') continue; // "to close or suspend"
    else if (!SKIPPABLE.has(t.pos) || t.pos === 'NOUN' || t.pos === 'PRON') break;
  }
  return { negated, hypothetical };
}

// "no talks", "the possible eviction", "any rapprochement", "a planned visit"
function nounPhrase(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues): Modality {
  let negated = false;
  let hypothetical = false;
  for (let k = trig.start - 1; k >= Math.max(clause.start, trig.start - 3); k--) {
    const t = doc.tokens[k];
    if (cues.negating_determiners.has(t.lower) || cues.negation.has(t.lower)) negated = true;
    if (cues.irrealis_modifiers.has(t.lower)) hypothetical = true;
    if (t.pos !== 'ADJ' && t.pos !== 'DET' && t.pos !== 'NOUN' && t.pos !== 'PART' && t.pos !== 'ADV') break;
  }
  return { negated, hypothetical };
}

// "if attacked", "unless Iran withdraws": a conditional before the trigger in the same sentence, with
// no comma closing its clause in between, makes the event hypothetical
function conditional(doc: Doc, trig: TriggerMatch, cues: Cues): boolean {
  const { tokenStart } = doc.sentences[doc.tokens[trig.start].sent];
  for (let k = trig.start - 1; k >= tokenStart; k--) {
    const w = doc.tokens[k].lower;
    if (cues.conditionals.has(w)) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

// "he may tease the U.S. by attempting to buy weapons and defying the U.S.": a gerund in the clause
// of a modal verb says how the modal's act would be done, so it is as unrealised as that act
// (also "urged the parties to build on them by freeing prisoners": a gerund after "by" in the scope
// of a plan or request, "to" + verb, is part of that unrealised act)
function modalClause(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues): boolean {
  if (trig.nominal || trig.sense.form !== 'gerund') return false;
  const byGerund = doc.tokens[trig.start - 1]?.lower === 'by';
  for (let k = trig.start - 1; k >= clause.start; k--) {
    const t = doc.tokens[k];
    if (cues.modals.has(t.lower) && t.pos === 'AUX') return true;
    const infinitive = t.lower === 'to' && t.pos === 'PART' && doc.tokens[k + 1]?.pos === 'VERB';
    if (byGerund && infinitive && !cues.realizing_verbs.has(doc.tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

const FUTURE = /^(will|would|shall|'ll|’ll)$/;

/** True when a future auxiliary opens the verb group ending at `anchor` ("will retaliate", "would not pay"). */
export function futureBefore(doc: Doc, anchor: number): boolean {
  for (let k = anchor - 1; k >= Math.max(0, anchor - 4); k--) {
    const t = doc.tokens[k];
    if (FUTURE.test(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * Negation and hypotheticality of one trigger; `anchor` is where its verb group ends (the trigger, or
 * the light verb of a noun: "did not carry out strikes"). A question ("Will Iran attack?") is hypothetical.
 */
export function modalityOf(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues, anchor = trig.start): Modality {
  const noun = trig.nominal ? nounPhrase(doc, trig, clause, cues) : { negated: false, hypothetical: false };
  const verb = !trig.nominal || anchor !== trig.start ? verbGroup(doc, anchor, clause, cues) : { negated: false, hypothetical: false };
  const m = { negated: noun.negated || verb.negated, hypothetical: noun.hypothetical || verb.hypothetical };
  const sentence = doc.sentences[doc.tokens[trig.start].sent];
  const question = doc.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
  // "then we will retaliate", "said Iran would pay for it": a threat is about what will come, so the
  // future tense is its content, not a doubt that it was made ("Peru could threaten Chile" is one)
  if (trig.sense.type === 'THREATEN' && futureBefore(doc, anchor)) return { negated: m.negated, hypothetical: question };
  return { negated: m.negated, hypothetical: m.hypothetical || question || conditional(doc, trig, cues) || modalClause(doc, trig, clause, cues) };
}
