import assert from 'node:assert/strict';
import { readFixture } from './fixture.js';
import { test } from 'node:test';
import { chunks, parseConll } from './conll.js';

test('chunks reads IOB2 and IOB1 the way conlleval does', () => {
  const rows: Array<[string[], Array<[number, number, string]>]> = [
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [[0, 2, 'PER'], [3, 4, 'LOC']]],
    // IOB1: "I-" opens a chunk after O; "B-" only separates two chunks of one type
    [['I-ORG', 'I-ORG', 'B-ORG', 'O'], [[0, 2, 'ORG'], [2, 3, 'ORG']]],
    [['I-PER', 'I-LOC'], [[0, 1, 'PER'], [1, 2, 'LOC']]],
    [['O', 'O'], []],
  ];
  for (const [tags, want] of rows) assert.deepEqual(chunks(tags).map((s) => [s.start, s.end, s.type]), want, tags.join(' '));
});

test('parseConll splits documents at -DOCSTART- and sentences at blank lines', () => {
  const docs = parseConll(readFixture('tiny.conll'));
  assert.equal(docs.length, 2);
  assert.deepEqual(docs.map((d) => d.length), [4, 4]);
  assert.deepEqual(docs[0][0].tokens.slice(0, 2), ['Maria', 'Lopez']);
  assert.deepEqual(docs[0][0].spans, [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]);
});
