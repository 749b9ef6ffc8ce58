import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataPath } from '../util/paths.js';
import { formatGazetteer, parseGazetteer } from './gazetteer-file.js';
import { collectGazetteer } from './gazetteer-sources.js';

test('the gazetteer gathers countries, capitals, demonyms and given names', () => {
  const entries = collectGazetteer(dataPath());
  const rows: Array<[string, string]> = [['germany', 'country'], ['berlin', 'capital'], ['german', 'demonym'], ['angela', 'given-name'], ['bosnia and herzegovina', 'country']];
  for (const [phrase, category] of rows) assert.ok(entries.get(phrase)?.includes(category), `${phrase} -> ${category}`);
  // two-letter country codes ("DE", "IN") are left out: they collide with ordinary words
  assert.equal(entries.has('in'), false);
});

test('the frozen file format round-trips and is stable', () => {
  const entries = new Map([['new york', ['place', 'capital']], ['angela', ['given-name']]]);
  const text = formatGazetteer(entries);
  assert.equal(text, 'angela\tgiven-name\nnew york\tcapital,place\n');
  assert.equal(formatGazetteer(parseGazetteer(text)), text);
});
