import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConll } from './conll.js';
import { readFixture } from './fixture.js';
import { buildGazetteer } from './gazetteer.js';
import { decode } from './perceptron.js';
import { ready, tagDocumentIds } from './run.js';
import { spansFromTags } from './tags.js';
import { firstPassExamples, jackknifeTags, secondPassExamples, trainPerceptron } from './train-core.js';

const BITS = 14;
const docs = parseConll(readFixture('tiny.conll'));
const gaz = buildGazetteer(new Map([['madrid', ['capital']], ['oslo', ['capital']]]));

test('a perceptron trained on the fixture corpus reproduces it', () => {
  const examples = firstPassExamples(docs, gaz, BITS).flat();
  const weights = trainPerceptron(examples, { bits: BITS, epochs: 10, seed: 1 });
  for (const e of examples) assert.deepEqual(spansFromTags(decode(weights, e.features)), spansFromTags(e.gold));
});

test('training is deterministic for a fixed seed', () => {
  const examples = firstPassExamples(docs, gaz, BITS).flat();
  const a = trainPerceptron(examples, { bits: BITS, epochs: 3, seed: 5 });
  const b = trainPerceptron(examples, { bits: BITS, epochs: 3, seed: 5 });
  assert.deepEqual(a.emit, b.emit);
  assert.deepEqual(a.trans, b.trans);
});

test('two passes with jackknifed first-pass tags also learn the fixture, and tag a new sentence', () => {
  const first = firstPassExamples(docs, gaz, BITS);
  const opts = { bits: BITS, epochs: 10, seed: 1 };
  const pass1 = trainPerceptron(first.flat(), opts);
  const tags = jackknifeTags(first, 2, opts, () => {});
  const second = secondPassExamples(docs, first, tags, BITS).flat();
  const pass2 = trainPerceptron(second, { ...opts, epochs: 20 });
  for (const e of second) assert.deepEqual(spansFromTags(decode(pass2, e.features)), spansFromTags(e.gold));
  const model = ready({ bits: BITS, gaz, passes: [pass1, pass2] });
  // names seen in training, in a sentence that was not
  const [spans] = tagDocumentIds(model, [['Lopez', 'flew', 'to', 'Oslo', '.']]).map(spansFromTags);
  assert.deepEqual(spans, [{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
});
