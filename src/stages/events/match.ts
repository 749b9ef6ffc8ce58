// Step 1: find trigger words in a sentence, longest match first, checked against the part of speech.
import type { Doc, Token } from '../../doc/types.js';
import { POSS, type Lexicon, type LexiconNode, type TriggerSense } from './lexicon.js';

/** A trigger found in the text: tokens [start, end) and what they report. */
export interface TriggerMatch {
  start: number;
  end: number;
  sense: TriggerSense;
  /** true when the trigger is a nominalisation ("the visit", "talks between") */
  nominal: boolean;
}

const VERBAL = new Set(['VERB', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

// A one-word verb trigger must be tagged a verb ("visited"); a noun trigger must end in a noun
// ("phone call"); a verbal phrase must not start with a noun ("the call for" is not "~call for").
function accept(sense: TriggerSense, tokens: readonly Token[], start: number, end: number): boolean {
  if (sense.kind === 'verb') return VERBAL.has(tokens[start].pos);
  if (sense.kind === 'noun') return NOMINAL.has(tokens[end - 1].pos) || (end - start > 1 && tokens[end - 1].pos !== 'VERB');
  return !NOMINAL.has(tokens[start].pos) || tokens[start].pos === 'PROPN';
}

interface Found { end: number; sense: TriggerSense }

// walks the trie from token i; a {poss} edge takes one possessive word ("reaffirmed its support for")
function walk(lex: Lexicon, node: LexiconNode, tokens: readonly Token[], start: number, i: number, limit: number, best: Found[]): void {
  for (const sense of [node.verb, node.noun]) {
    if (sense && i > start && accept(sense, tokens, start, i)) best.push({ end: i, sense });
  }
  if (i >= limit) return;
  const child = node.next.get(tokens[i].lower);
  if (child) walk(lex, child, tokens, start, i + 1, limit, best);
  const poss = node.next.get(POSS);
  if (poss && lex.cues.possessives.has(tokens[i].lower)) walk(lex, poss, tokens, start, i + 1, limit, best);
}

/** The triggers of sentence `s`, left to right, never overlapping; the longest wins at each start. */
export function matchTriggers(doc: Doc, s: number, lex: Lexicon): TriggerMatch[] {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  const out: TriggerMatch[] = [];
  for (let i = tokenStart; i < tokenEnd; i++) {
    const found: Found[] = [];
    walk(lex, lex.root, doc.tokens, i, i, tokenEnd, found);
    if (!found.length) continue;
    const best = found.reduce((a, b) => (b.end > a.end ? b : a));
    out.push({ start: i, end: best.end, sense: best.sense, nominal: best.sense.kind === 'noun' });
    i = best.end - 1;
  }
  return out;
}
