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
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'new', 'further']);
const MODIFIER = new Set(['ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN']);
const isPossessive = (t: Token | undefined) => t !== undefined && t.pos === 'PART' && /^['’]s$/.test(t.text);

// "confirmed al-Rufay'i's killing", "the bombing": after a determiner or a possessor a word is a noun
function nounContext(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && (prev.pos === 'DET' || isPossessive(prev) || /^(his|her|its|their|our)$/.test(prev.lower));
}

// "told NBC's Meet the Press": a capitalised verb inside a sentence is part of a title or a name
// (a quotation may open with one: '"Meet them," he said')
function inName(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start], prev = tokens[start - 1];
  if (!/^\p{Lu}/u.test(t.text) || prev === undefined || prev.sent !== t.sent) return false;
  if (!/^["“‘']$/.test(prev.text)) return !/^[(:—–-]$/.test(prev.text);
  // a quotation opens after a pause or a verb of saying; 'NBC's "Meet the Press"' is a title
  const before = tokens[start - 2];
  return before !== undefined && before.sent === t.sent && !/^(PUNCT|VERB|AUX)$/.test(before.pos);
}

// A one-word verb trigger must be tagged a verb ("visited"); a noun trigger must end in a noun
// ("phone call"); a verbal phrase must start with a verb ("Sanctions against Turkey" is no "~sanction").
function accept(sense: TriggerSense, tokens: readonly Token[], start: number, end: number): boolean {
  if (sense.kind !== 'noun' && inName(tokens, start)) return false;
  // "the China-funded port", "Iran-backed militias": a participle in a hyphenated modifier describes a
  // noun; it reports no act
  if (sense.kind !== 'noun' && tokens[start - 1]?.text === '-' && tokens[start - 1].end === tokens[start].start) return false;
  const asNoun = nounContext(tokens, start);
  if (sense.kind === 'verb') return (VERBAL.has(tokens[start].pos) || verbLike(tokens, start)) && !asNoun;
  if (sense.kind === 'noun') return asNoun || NOMINAL.has(tokens[end - 1].pos) || (end - start > 1 && tokens[end - 1].pos !== 'VERB');
  return VERBAL.has(tokens[start].pos) || (!NOMINAL.has(tokens[start].pos) && !asNoun);
}

// "Pakistan began expelling Afghans", "the government unfroze the accounts": a word the tagger took
// for a noun or an adjective, with a verb's ending, after a name, a pronoun, an adverb or a verb
function verbLike(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start], prev = tokens[start - 1];
  if (!prev || !/^(NOUN|ADJ)$/.test(t.pos) || !/(ed|ing|froze|shot)$/.test(t.lower)) return false;
  return /^(PROPN|PRON|ADV|VERB|AUX)$/.test(prev.pos) && !/^(his|her|its|their|our|my|your)$/.test(prev.lower);
}

interface Found { end: number; sense: TriggerSense | null }

// "{poss}" takes "its", or a possessor: "Iran's", "the country's", "the Biden administration's"
function possessorLengths(lex: Lexicon, tokens: readonly Token[], i: number, limit: number): number[] {
  const out: number[] = [];
  if (lex.cues.possessives.has(tokens[i].lower)) out.push(1);
  for (let n = 1; n <= 3 && i + n < limit; n++) if (isPossessive(tokens[i + n])) { out.push(n + 1); break; }
  return out;
}

// "held a separate meeting with", "signed a free trade agreement with", 'had an "excellent" phone call
// with': after a determiner, up to three adjectives, numbers or nouns (and quote marks) may stand
// before the noun of the phrase
function modifiersAfter(tokens: readonly Token[], i: number, limit: number, allowed: Set<string>, demonyms: ReadonlySet<number>): number {
  let n = 0;
  while (n < 4 && i + n < limit && (allowed.has(tokens[i + n].pos) || demonyms.has(i + n) || /^[-%"“”]$/.test(tokens[i + n].text))) n++;
  return n;
}

// "imposed 25% tariffs on", "sent 10,000 troops to", "imposed new sanctions on", "fired about 180
// ballistic missiles at", "ordered 35 Russian diplomats to leave": after the verb of a phrase,
// numbers, adjectives (nationality ones too) and adverbs of degree may stand before its noun
const AFTER_VERB = new Set(['ADJ', 'NUM', 'SYM', 'ADV']);

// walks the trie from token i, on words and on {poss} slots, keeping the longest acceptable match
function walk(lex: Lexicon, node: LexiconNode, tokens: readonly Token[], start: number, i: number, limit: number, best: Found, demonyms: ReadonlySet<number>): void {
  if (i > start && i >= best.end) {
    if (node.verb && accept(node.verb, tokens, start, i)) { best.end = i; best.sense = node.verb; }
    else if (node.noun && accept(node.noun, tokens, start, i)) { best.end = i; best.sense = node.noun; }
  }
  if (i >= limit) return;
  const child = node.next.get(tokens[i].lower);
  if (child) step(lex, child, tokens, start, i + 1, limit, best, DETERMINERS.has(tokens[i].lower) ? MODIFIER : i === start ? AFTER_VERB : null, demonyms);
  const poss = node.next.get(POSS);
  if (poss) for (const n of possessorLengths(lex, tokens, i, limit)) step(lex, poss, tokens, start, i + n, limit, best, MODIFIER, demonyms);
}

// after a determiner or a phrase's verb, the walk may also skip the modifiers that follow it
function step(lex: Lexicon, node: LexiconNode, tokens: readonly Token[], start: number, at: number, limit: number, best: Found, modifiers: Set<string> | null, demonyms: ReadonlySet<number>): void {
  const skip = modifiers && node.next.size ? modifiersAfter(tokens, at, limit, modifiers, demonyms) : 0;
  for (let n = 0; n <= skip; n++) walk(lex, node, tokens, start, at + n, limit, best, demonyms);
}

/** The triggers of sentence `s`, left to right, never overlapping; the longest wins at each start. */
export function matchTriggers(doc: Doc, s: number, lex: Lexicon): TriggerMatch[] {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  const out: TriggerMatch[] = [];
  const demonyms = new Set(doc.demonyms.map((d) => d.tokenIndex));
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (!lex.root.next.has(doc.tokens[i].lower)) continue;
    const best: Found = { end: -1, sense: null };
    walk(lex, lex.root, doc.tokens, i, i, tokenEnd, best, demonyms);
    if (!best.sense) continue;
    // "the aid group", "protest leaders": a noun trigger that only modifies another noun
    if (best.sense.kind === 'noun' && lex.cues.compound_heads.has(doc.tokens[best.end]?.lower ?? '')) continue;
    out.push({ start: i, end: best.end, sense: best.sense, nominal: best.sense.kind === 'noun' });
    i = best.end - 1;
  }
  return out;
}
