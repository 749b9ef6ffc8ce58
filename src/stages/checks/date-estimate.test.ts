import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateRange, type Constraint } from './date-estimate.js';
import { dayOf } from './days.js';

const c = (from: string, to: string, reason: string): Constraint => ({ ranges: [{ from: dayOf(from), to: dayOf(to) }], reason });

test('estimateRange keeps the days most constraints agree on and names the one left out', () => {
  const got = estimateRange([
    c('2022-01-01', '2026-01-01', 'a sitting foreign minister'),
    c('2023-03-01', '2023-06-30', 'a new prime minister'),
    c('2023-01-15', '2023-04-10', 'a president-elect'),
    c('2010-01-01', '2010-06-30', 'an outlier'),
  ]);
  assert.ok(got);
  assert.equal(got.from, '2023-03-01');
  assert.equal(got.to, '2023-04-10');
  assert.equal(got.reasons.length, 4);
  assert.match(got.reasons[3], /left out.*an outlier/);
});

test('estimateRange gives nothing without constraints or with only open-ended ones', () => {
  assert.equal(estimateRange([]), null);
  assert.equal(estimateRange([c('2020-01-01', '2099-12-31', 'open')]), null);
});
