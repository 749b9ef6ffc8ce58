import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowed, spansFromTags, tagName, tagsFromSpans, type NerSpan } from './tags.js';

const cases: Array<[string, NerSpan[], number]> = [
  ['"Angela Merkel met officials in Paris"', [{ start: 0, end: 2, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }], 6],
  ['two adjacent names "EU Britain"', [{ start: 0, end: 1, type: 'ORG' }, { start: 1, end: 2, type: 'LOC' }], 2],
  ['no names', [], 3],
];

test('spans survive a round trip through tag ids', () => {
  for (const [name, spans, n] of cases) assert.deepEqual(spansFromTags(tagsFromSpans(spans, n)), spans, name);
});

test('I- may only continue a span of its own type', () => {
  const rows: Array<[string, string, boolean]> = [['O', 'I-PER', false], ['B-PER', 'I-PER', true], ['I-PER', 'I-PER', true], ['B-LOC', 'I-ORG', false], ['O', 'B-MISC', true], ['I-ORG', 'O', true]];
  const id = (name: string) => Array.from({ length: 9 }, (_, t) => t).find((t) => tagName(t) === name)!;
  for (const [prev, next, ok] of rows) assert.equal(allowed(id(prev), id(next)), ok, `${prev} -> ${next}`);
});
