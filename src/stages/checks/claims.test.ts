import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markerOf } from './claims.js';

test('markerOf reads "new" and an explicit "current" from the title words', () => {
  const rows: Array<[string, ReturnType<typeof markerOf>]> = [
    ["Brazil's new president, Luiz Inacio Lula da Silva", 'new'],
    ['new Foreign Minister Penny Wong', 'new'],
    ["Japan's current prime minister, Fumio Kishida", 'current'],
    ['the incumbent president, Joko Widodo', 'current'],
    ["New Zealand's prime minister, Chris Hipkins", null],
    ['President Emmanuel Macron', null],
  ];
  for (const [words, want] of rows) assert.equal(markerOf(words), want, words);
});
