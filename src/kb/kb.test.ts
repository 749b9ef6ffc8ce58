import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OfficeKb } from './kb.js';
import { OfficeFileSchema } from './schema.js';

// A tiny hand-made knowledge base, so the queries are tested apart from the real data.
const kb = new OfficeKb([
  {
    source: 'test',
    file: OfficeFileSchema.parse({
      country: 'XAA',
      name: 'Atlantis',
      offices: {
        'defense secretary': {
          kind: 'defense',
          aliases: ['Defence Minister'],
          holders: [
            { name: 'Anna Example', start: '2019-01-01', end: '2021-06-30' },
            { name: 'Omar al-Sample', aliases: ['Omar Sampel'], start: '2021-06-30' },
          ],
        },
        president: {
          kind: 'head-of-state',
          holders: [{ name: 'Omar al-Sample', start: '2015-03', end: '2019-01-01', end_reason: 'term-ended' }],
        },
      },
    }),
  },
]);

test('holdersAt finds the office by name, alias or kind, and the country by code or name', () => {
  const rows: Array<[string, string, string, string[]]> = [
    ['XAA', 'defense secretary', '2020-05-05', ['Anna Example']],
    ['xaa', 'defence minister', '2022-01-01', ['Omar al-Sample']],
    ['Atlantis', 'defense', '2022-01-01', ['Omar al-Sample']],
    ['XAA', 'defense secretary', '2021-06-30', ['Anna Example', 'Omar al-Sample']], // same-day handover
    ['XAA', 'defense secretary', '2018-12-31', []],
    ['XAA', 'president', '2015-03-01', ['Omar al-Sample']], // "2015-03" may mean the first of the month
    ['XAA', 'prime minister', '2020-01-01', []],
    ['XBB', 'president', '2020-01-01', []],
  ];
  for (const [country, office, date, names] of rows)
    assert.deepEqual(kb.holdersAt(country, office, date).map((h) => h.name), names, `${country} ${office} ${date}`);
});

test('termsOf matches names loosely and lists terms in order', () => {
  const rows: Array<[string, string[]]> = [
    ['Omar al-Sample', ['president', 'defense secretary']],
    ['omar sample', ['president', 'defense secretary']],
    ['Omar Sampel', ['defense secretary']],
    ['Sample', ['president', 'defense secretary']],
    ['Anna Sample', []],
  ];
  for (const [name, offices] of rows) assert.deepEqual(kb.termsOf(name).map((t) => t.office), offices, name);
});

test('officesAt gives the offices a person held on a date', () => {
  assert.deepEqual(kb.officesAt('Omar al-Sample', '2016-01-01').map((t) => [t.country, t.office]), [['XAA', 'president']]);
  assert.deepEqual(kb.officesAt('Omar al-Sample', '2020-01-01'), []);
});
