import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { parseConll } from './conll.js';
import { readFixture } from './fixture.js';
import { buildGazetteer } from './gazetteer.js';
import { decodeModel, encodeModel } from './model-io.js';
import { decode } from './perceptron.js';
import { firstPassExamples, trainPerceptron } from './train-core.js';

const BITS = 12;
const examples = firstPassExamples(parseConll(readFixture('tiny.conll')), buildGazetteer(new Map()), BITS).flat();
const weights = trainPerceptron(examples, { bits: BITS, epochs: 8, seed: 3 });
const header = { version: 1 as const, bits: BITS, quantBits: 8, gazetteer: 'abc', training: { note: 'fixture' } };

test('a model survives encoding: header kept, quantised weights decode the same tags', () => {
  for (const quantBits of [8, 16]) {
    const model = decodeModel(encodeModel({ ...header, quantBits }, [weights, weights]));
    assert.deepEqual(model.header, { ...header, quantBits });
    assert.equal(model.passes.length, 2);
    assert.equal(model.passes[0].emit.length, (1 << BITS) * 9);
    for (const e of examples) assert.deepEqual(decode(model.passes[1], e.features), decode(weights, e.features));
  }
});

test('bytes that are not a model are refused with a message', () => {
  assert.throws(() => decodeModel(gzipSync(Buffer.from('hello world'))), /not a model file/);
  assert.throws(() => decodeModel(Buffer.from('plain')));
});
