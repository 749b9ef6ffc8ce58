import { test } from 'node:test';
import assert from 'node:assert/strict';
import { earliestDay, isKbDate, latestDay, mayCover, mayPrecede } from './dates.js';

test('isKbDate accepts full and partial dates and rejects impossible ones', () => {
  const rows: Array<[string, boolean]> = [
    ['2024-05-19', true], ['2024-05', true], ['2024', true], ['2024-02-29', true],
    ['2023-02-29', false], ['2024-13', false], ['2024-00-10', false], ['24-05-19', false],
    ['2024-5-19', false], ['19 May 2024', false], ['', false],
  ];
  for (const [s, ok] of rows) assert.equal(isKbDate(s), ok, s);
});

test('partial dates widen to the days they may mean', () => {
  const rows: Array<[string, string, string]> = [
    ['2005-08', '2005-08-01', '2005-08-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2019', '2019-01-01', '2019-12-31'],
    ['2021-08-03', '2021-08-03', '2021-08-03'],
  ];
  for (const [s, lo, hi] of rows) assert.deepEqual([earliestDay(s), latestDay(s)], [lo, hi], s);
});

test('mayCover treats both ends as inclusive and null as still sitting', () => {
  const rows: Array<[string, string | null, string, boolean]> = [
    ['2021-08-03', '2024-05-19', '2024-05-19', true],
    ['2021-08-03', '2024-05-19', '2024-05-20', false],
    ['2021-08-03', '2024-05-19', '2021-08-02', false],
    ['2024-07-28', null, '2026-11-01', true],
    ['2005-08', '2013-08', '2005-08-01', true],
    ['2021-08-03', '2024-05-19', '2024', true],
  ];
  for (const [s, e, d, ok] of rows) assert.equal(mayCover(s, e, d), ok, `${s}..${e} @ ${d}`);
});

test('mayPrecede allows a same-day handover but not an overlap', () => {
  assert.equal(mayPrecede('2024-05-19', '2024-05-19'), true);
  assert.equal(mayPrecede('2024-05-20', '2024-05-19'), false);
  assert.equal(mayPrecede('2024-05', '2024-05-03'), true);
});
