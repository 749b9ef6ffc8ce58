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
function verbGroup(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues): Modality {
  let negated = false;
  let hypothetical = false;
  const lo = Math.max(clause.start, trig.start - AUX_REGION);
  for (let k = trig.start - 1; k >= lo; k--) {
    const t = doc.tokens[k];
    if (cues.negation.has(t.lower)) negated = true;
    else if (cues.modals.has(t.lower)) hypothetical = true;
    else if (t.lower === 'to' && cues.irrealis_verbs.has(doc.tokens[k - 1]?.lower ?? '')) {
      if (cues.negating_verbs.has(doc.tokens[k - 1].lower)) negated = true;
      else hypothetical = true;
    } else if (!SKIPPABLE.has(t.pos) || t.pos === 'NOUN' || t.pos === 'PRON') break;
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

/** Negation and hypotheticality of one trigger. A question ("Will Iran attack?") is hypothetical. */
export function modalityOf(doc: Doc, trig: TriggerMatch, clause: Clause, cues: Cues): Modality {
  const m = trig.nominal ? nounPhrase(doc, trig, clause, cues) : verbGroup(doc, trig, clause, cues);
  const sentence = doc.sentences[doc.tokens[trig.start].sent];
  const question = doc.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
  return { negated: m.negated, hypothetical: m.hypothetical || question || conditional(doc, trig, cues) };
}
