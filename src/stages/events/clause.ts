// The clause a trigger sits in: arguments, negation and conditions are looked for only inside it.
import type { Doc, Token } from '../../doc/types.js';
import type { Cues } from './lexicon.js';

/** Token range [start, end) of a clause, and the word that opened it, if any. */
export interface Clause {
  start: number;
  end: number;
  /** index of the token that opened the clause ("that", "which", ";"), or -1 at a sentence start */
  opener: number;
}

// "that meeting" is a determiner, not a clause opener; "said that Iran" and "a strike that killed" are openers
function opens(tokens: readonly Token[], k: number, cues: Cues): boolean {
  const t = tokens[k];
  if (!cues.clause_openers.has(t.lower)) return false;
  if (t.lower === 'that' && t.pos === 'DET') return false;
  if (QUOTE.test(t.text) && scareQuote(tokens, k)) return false;
  // "in a rare appearance before the council, rejected": "before", "after", "since" and "until" open a
  // clause only when a verb follows them before any comma ("after Russia invaded")
  if (PREPOSITION_LIKE.has(t.lower)) {
    for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
      if (tokens[j].pos === 'PUNCT') return false;
      if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return true;
    }
    return false;
  }
  return true;
}

const QUOTE = /^["“”]$/;

// 'the service "successfully eliminated" the deputy caliph': a few quoted words inside a sentence are
// a scare quote, not a quotation that opens a clause
function scareQuote(tokens: readonly Token[], k: number): boolean {
  const word = (j: number) => tokens[j] !== undefined && tokens[j].pos !== 'PUNCT';
  for (const step of [1, -1]) {
    for (let j = k + step; Math.abs(j - k) <= 5 && tokens[j]; j += step) {
      // the quoted words must follow a word of the sentence: '... service "successfully eliminated"'
      if (QUOTE.test(tokens[j].text)) return word(Math.min(j, k) - 1);
      if (tokens[j].pos === 'PUNCT') break;
    }
  }
  return false;
}

const PREPOSITION_LIKE = new Set(['before', 'after', 'since', 'until']);

/** The clause around tokens [from, to) of sentence `s`. */
export function clauseOf(doc: Doc, s: number, from: number, to: number, cues: Cues): Clause {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  let start = tokenStart;
  let opener = -1;
  for (let k = from - 1; k >= tokenStart; k--) {
    if (opens(doc.tokens, k, cues)) { start = k + 1; opener = k; break; }
  }
  let end = tokenEnd;
  for (let k = to; k < tokenEnd; k++) {
    if (opens(doc.tokens, k, cues)) { end = k; break; }
  }
  return { start, end, opener };
}

/** True when the opener introduces a relative clause ("a strike that killed", "Syria, which views"). */
export function isRelativeOpener(doc: Doc, clause: Clause): boolean {
  if (clause.opener < 0) return false;
  const word = doc.tokens[clause.opener].lower;
  if (word === 'which' || word === 'who') return true;
  if (word !== 'that') return false;
  const prev = doc.tokens[clause.opener - 1];
  // "confirmed Wednesday that the Taliban had ...": a day before "that" ends the verb's adjunct, not a noun the clause describes
  return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !TIME_WORD.test(prev.lower);
}

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|weekend|earlier|later)$/;
