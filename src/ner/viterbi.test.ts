import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NUM_TAGS, tagName } from './tags.js';
import { viterbi } from './viterbi.js';

const K = NUM_TAGS;
const names = (tags: Uint8Array) => Array.from(tags, tagName);

function table(rows: Array<Record<string, number>>): Float64Array {
  const scores = new Float64Array(rows.length * K);
  rows.forEach((row, i) => {
    for (let t = 0; t < K; t++) scores[i * K + t] = row[tagName(t)] ?? 0;
  });
  return scores;
}

test('an I- tag after O is never chosen, however strong its own score', () => {
  // token 1 strongly prefers I-PER, but token 0 prefers O: the legal best is B-PER I-PER or O B-PER
  const emissions = table([{ O: 2, 'B-PER': 0.5 }, { 'I-PER': 5, 'B-PER': 1 }]);
  const out = names(viterbi(emissions, 2, new Float64Array((K + 1) * K)));
  assert.deepEqual(out, ['B-PER', 'I-PER']);
});

test('transitions can outweigh emissions', () => {
  const emissions = table([{ 'B-LOC': 1 }, { 'I-LOC': 1, O: 1.5 }]);
  const trans = new Float64Array((K + 1) * K);
  trans[3 * K + 4] = 1; // B-LOC -> I-LOC
  assert.deepEqual(names(viterbi(emissions, 2, trans)), ['B-LOC', 'I-LOC']);
  assert.deepEqual(names(viterbi(emissions, 2, new Float64Array((K + 1) * K))), ['B-LOC', 'O']);
});

test('no sequence decoded from random scores holds an illegal I-', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  for (let run = 0; run < 50; run++) {
    const n = 1 + (run % 9);
    const emissions = Float64Array.from({ length: n * K }, random);
    const tags = names(viterbi(emissions, n, Float64Array.from({ length: (K + 1) * K }, random)));
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1].slice(2) === t.slice(2), tags.join(' '));
    });
  }
});
