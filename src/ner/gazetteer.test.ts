import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGazetteer, matchGazetteer } from './gazetteer.js';

const gaz = buildGazetteer(new Map([
  ['new york', ['place']],
  ['new york times', ['org']],
  ['york', ['place']],
  ['angela', ['given-name']],
]));

test('the longest phrase starting at a token wins, and every token it covers is marked', () => {
  const rows: Array<[string, boolean[]]> = [
    ['the new york times said', [false, true, true, true, false]],
    ['angela went to new york', [true, false, false, true, true]],
    ['new ideas', [false, false]],
  ];
  for (const [sentence, covered] of rows) {
    const hits = matchGazetteer(gaz, sentence.split(' '));
    assert.deepEqual(hits.map((h) => h !== null), covered, sentence);
  }
});

test('begin and inside positions of a match get different ids', () => {
  // "new york times": new = B-org; york = I-org and also B-place ("york" alone); times = I-org
  const [first, second, third] = matchGazetteer(gaz, ['new', 'york', 'times']) as number[][];
  assert.equal(first.length, 1);
  assert.equal(second.length, 2);
  assert.deepEqual(third, [second[0]]);
  assert.notEqual(first[0], third[0]);
});
