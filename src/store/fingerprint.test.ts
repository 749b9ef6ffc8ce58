import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bands, hamming, simhash, textHash } from './fingerprint.js';
import { generateArticle } from './generate.js';

test('textHash ignores case, spacing and curly quotes', () => {
  const rows: Array<[string, string, boolean]> = [
    ['Iran’s FM said', "iran's  fm\r\nsaid", true],
    ['Iran’s FM said', 'Iran’s FM says', false],
  ];
  for (const [a, b, same] of rows) assert.equal(textHash(a) === textHash(b), same, `${a} / ${b}`);
});

test('simhash: a copy with small edits is close, another story is far', () => {
  const story = [0, 1, 2, 3].map((i) => generateArticle(i * 13).text).join('\n');
  const edited = story.replace('officials said', 'officials told reporters').replace(/\n$/, ' (AFP)');
  const other = [4, 5, 6, 7].map((i) => generateArticle(i * 31 + 5).text).join('\n');
  assert.ok(hamming(simhash(story), simhash(edited)) <= 5);
  assert.ok(hamming(simhash(story), simhash(other)) > 5);
});

test('hamming and bands', () => {
  assert.equal(hamming(0b1011n, 0b0001n), 2);
  assert.deepEqual(bands(0n), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(bands((1n << 64n) - 1n), [2047, 2047, 2047, 2047, 1023, 1023]);
});
