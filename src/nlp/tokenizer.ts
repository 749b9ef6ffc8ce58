// Sentences, tokens and part-of-speech tags from wink-nlp, with character offsets into the text.
// wink-nlp was chosen over compromise after measuring both on the seed article: wink reads it in about
// 4 ms with POS tags (~300,000 words/s), compromise in about 150 ms (~8,000 words/s).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { nameKey } from '../knowledge/normalize.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface RawToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
}

export interface RawSentence {
  start: number;
  end: number;
  /** token indices into the returned token list, end exclusive */
  tokenStart: number;
  tokenEnd: number;
}

// most tokens are plain ASCII words, whose key is their lower case; the full fold is for the rest
const PLAIN = /^[\x21-\x7e]*$/;
const tokenKey = (value: string): string => (PLAIN.test(value) ? value.toLowerCase() : nameKey(value));

/** Splits one stretch of text (no line breaks needed) into sentences and tokens, offsets shifted by `base`. */
export function tokenize(text: string, base = 0): { tokens: RawToken[]; sentences: RawSentence[] } {
  const doc = nlp.readDoc(text);
  const values: string[] = doc.tokens().out();
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const tags: string[] = doc.tokens().out(its.pos);
  const tokens: RawToken[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    at += spaces[k].length;
    const value = values[k];
    // wink keeps the text losslessly; should a token ever differ, find it rather than drift
    if (text.startsWith(value, at) === false) {
      const found = text.indexOf(value, at);
      if (found >= 0) at = found;
    }
    const start = base + at;
    at += value.length;
    tokens.push({ start, end: start + value.length, text: value, lower: tokenKey(value), pos: tags[k] });
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences: RawSentence[] = spans.map(([first, last]) => ({
    start: tokens[first].start,
    end: tokens[last].end,
    tokenStart: first,
    tokenEnd: last + 1,
  }));
  return { tokens, sentences };
}

/** The lowercased token keys of a phrase, as the tokenizer splits it ("al-Assad" -> al, -, assad). */
export function phraseKeys(phrase: string): string[] {
  const doc = nlp.readDoc(phrase);
  return doc.tokens().out().map((t: string) => tokenKey(t));
}
