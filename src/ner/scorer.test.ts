import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConll } from './conll.js';
import { firstPassContext, secondPassContext } from './doc-context.js';
import { concatFeatures, secondPassFeatures, sentenceFeatures } from './features.js';
import { readFixture } from './fixture.js';
import { buildGazetteer } from './gazetteer.js';
import { emissions } from './perceptron.js';
import { Scorer } from './scorer.js';
import { NUM_TAGS } from './tags.js';
import { firstPassExamples, trainPerceptron } from './train-core.js';
import { wordInfo } from './word.js';

const BITS = 12;
const docs = parseConll(readFixture('tiny.conll'));
const gaz = buildGazetteer(new Map([['oslo', ['capital']]]));
const examples = firstPassExamples(docs, gaz, BITS).flat();
const pass1 = trainPerceptron(examples, { bits: BITS, epochs: 4, seed: 1 });
const pass2 = trainPerceptron(examples, { bits: BITS, epochs: 2, seed: 2 });

test('the fast scorer gives the same scores as summing every feature of every pass', () => {
  const scorer = new Scorer(BITS, gaz, [pass1, pass2]);
  const words = docs[1].map((s) => s.tokens.map(wordInfo));
  const base = firstPassContext(words);
  const ctx = secondPassContext(base, words, words.map((w) => new Uint8Array(w.length)));
  words.forEach((sentence, s) => {
    const full = sentenceFeatures(sentence, gaz, base, BITS);
    const extra = secondPassFeatures(sentence, ctx, s, BITS);
    const fast = scorer.scoreSentence(sentence, base);
    scorer.addPass(fast, extra, 1);
    const slow = [emissions(pass1, full), emissions(pass2, concatFeatures(full, extra))];
    for (let i = 0; i < sentence.length; i++) {
      for (let p = 0; p < 2; p++) {
        for (let t = 0; t < NUM_TAGS; t++) {
          const a = fast[i * 2 * NUM_TAGS + p * NUM_TAGS + t];
          const b = slow[p][i * NUM_TAGS + t];
          assert.ok(Math.abs(a - b) < 1e-4, `token ${i} pass ${p} tag ${t}: ${a} vs ${b}`);
        }
      }
    }
  });
});
