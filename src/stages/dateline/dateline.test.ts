import assert from 'node:assert/strict';
import test from 'node:test';
import { datelineDate } from './index.js';

const CASES: Array<[string, string | null]> = [
  ['NAIROBI, 6 December 2023 - Leaders met.', '2023-12-06'],
  ['LIMA, December 22, 2022 - Two weeks after the fall.', '2022-12-22'],
  ['KYIV, Ukraine, March 3, 2024 (Reuters) — Drones struck.', '2024-03-03'],
  ['GENEVA, March 3 - No year, so no date.', null],
  ['Hanoi, 14 June 2023 - The ministers met.', '2023-06-14'],
  ['Leaders met in Nairobi on 6 December 2023.', null],
];

for (const [text, date] of CASES) test(`dateline: ${text}`, () => assert.equal(datelineDate(text), date));
