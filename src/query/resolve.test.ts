import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCountry, parseDate, QueryError } from './resolve.js';

test('parseDate widens partial dates to the start or end of the period', () => {
  const rows: Array<[string, boolean, string]> = [
    ['2024', false, '2024-01-01'], ['2024', true, '2024-12-31'], ['2024-02', true, '2024-02-29'], ['2024-07-30', true, '2024-07-30'],
  ];
  for (const [value, end, want] of rows) assert.equal(parseDate(value, end), want);
  assert.throws(() => parseDate('July 2024'), QueryError);
});

test('parseCountry accepts codes and names', () => {
  const rows: Array<[string, string]> = [['SYR', 'SYR'], ['sy', 'SYR'], ['Syria', 'SYR'], ['Iran', 'IRN'], ['United States', 'USA']];
  for (const [value, want] of rows) assert.equal(parseCountry(value), want, value);
  assert.throws(() => parseCountry('Atlantis'), /not a country/);
});
