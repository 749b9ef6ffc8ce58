import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseStats, firstPassContext, isHeadline, SEEN_CAPITALIZED, SEEN_LOWER } from './doc-context.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import { buildGazetteer } from './gazetteer.js';
import { wordInfo } from './word.js';

const gaz = buildGazetteer(new Map([['paris', ['capital']]]));
const BITS = 16;
const tokenFeats = (f: SentenceFeatures, i: number) => Array.from(f.feats.subarray(f.offsets[i], f.offsets[i + 1]));
const feats = (sentence: string, i: number, doc?: string[][]) => {
  const tokens = sentence.split(' ');
  return tokenFeats(sentenceFeatures(tokens.map(wordInfo), gaz, doc ? firstPassContext(doc.map((s) => s.map(wordInfo))) : undefined, BITS), i);
};

test('every token gets features, all inside the table', () => {
  const f = sentenceFeatures('Angela Merkel met officials in Paris'.split(' ').map(wordInfo), gaz, undefined, BITS);
  assert.equal(f.offsets.length, 7);
  for (let i = 0; i < 6; i++) assert.ok(f.offsets[i + 1] - f.offsets[i] >= 20);
  assert.ok(f.feats.every((x) => x >= 0 && x < 1 << BITS));
});

test('features are a function of the word and its context', () => {
  const rows: Array<[string, string, number, boolean]> = [
    // same word, same neighbours: same features
    ['officials in Paris today', 'officials in Paris today', 2, true],
    // same word, other neighbours: some differ
    ['officials in Paris today', 'officials from Paris today', 2, false],
    // capitalisation changes the features: "Paris" vs "paris"
    ['met in Paris', 'met in paris', 2, false],
  ];
  for (const [a, b, i, same] of rows) {
    const fa = feats(a, i);
    const fb = feats(b, i);
    assert.equal(fa.join() === fb.join(), same, `${a} / ${b}`);
  }
});

test('a gazetteer match adds features that an unknown word of the same shape lacks', () => {
  const known = feats('met in Paris', 2);
  const unknown = feats('met in Parix', 2);
  assert.ok(known.length > unknown.length);
});

test('document evidence: a headline word reads differently when the story writes it in lower case', () => {
  const headline = ['MARKETS', 'RALLY', 'IN', 'PARIS'];
  const lowerDoc = [headline, 'The markets rose in Paris .'.split(' ')];
  const capDoc = [headline, 'Shares in Markets Ltd rose .'.split(' ')];
  assert.equal(isHeadline(headline.map(wordInfo)), true);
  assert.equal(isHeadline('Markets rally in PARIS'.split(' ').map(wordInfo)), false);
  assert.equal(caseStats(lowerDoc.map((s) => s.map(wordInfo))).get('markets'), SEEN_LOWER);
  assert.equal(caseStats(capDoc.map((s) => s.map(wordInfo))).get('markets'), SEEN_CAPITALIZED);
  assert.notDeepEqual(feats(headline.join(' '), 0, lowerDoc), feats(headline.join(' '), 0, capDoc));
});
