// Checks on the built-in data under data/kb/offices: well-formed terms, no overlaps, hand-picked facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditOfficeKb, formatIssue, loadOfficeKb } from './index.js';
import { isKbDate, mayBeOrdered } from './dates.js';

const kb = loadOfficeKb();
const terms = kb.allTerms();

test('every term names its country and office and has well-formed, ordered dates', () => {
  assert.ok(terms.length > 500, `only ${terms.length} terms`);
  for (const t of terms) {
    const where = `${t.source}: ${t.country} ${t.office} ${t.name}`;
    assert.ok(t.country && t.office && t.kind && t.name.trim(), where);
    assert.ok(isKbDate(t.start), `${where}: start ${t.start}`);
    if (t.end !== null) {
      assert.ok(isKbDate(t.end), `${where}: end ${t.end}`);
      assert.ok(mayBeOrdered(t.start, t.end), `${where}: ${t.start} > ${t.end}`);
    }
    if (t.end_reason) assert.notEqual(t.end, null, `${where}: end_reason without end`);
  }
});

test('terms of a single-holder office do not overlap (a same-day handover is allowed)', () => {
  assert.deepEqual(auditOfficeKb(kb).map(formatIssue), []);
});

test('the brief\'s coverage list is present', () => {
  const ids = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR', 'TUR', 'GBR', 'USA', 'EU',
    'DZA', 'BHR', 'EGY', 'IRN', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'LBY', 'MAR', 'OMN', 'PSE', 'QAT', 'SYR', 'TUN', 'ARE', 'YEM', 'UKR',
    'UN', 'NATO', 'HEZBOLLAH', 'HAMAS', 'ISIS', 'ALQAEDA', 'HOUTHIS', 'TALIBAN', 'IRGC'];
  const missing = ids.filter((id) => kb.offices(id).length === 0);
  assert.deepEqual(missing, []);
});

test('holdersAt returns hand-picked facts', () => {
  const rows: Array<[string, string, string, string]> = [
    ['IRN', 'president', '2024-08-10', 'Masoud Pezeshkian'],
    ['IRN', 'president', '2024-06-15', 'Mohammad Mokhber'],
    ['USA', 'defense secretary', '2024-08-01', 'Lloyd Austin'],
    ['USA', 'defense minister', '2024-08-01', 'Lloyd Austin'],
    ['USA', 'foreign minister', '2003-03-20', 'Colin Powell'],
    ['SYR', 'foreign minister', '2024-07-30', 'Faisal Mekdad'],
    ['HAMAS', 'political bureau chief', '2024-07-01', 'Ismail Haniyeh'],
    ['HEZBOLLAH', 'secretary-general', '2024-11-15', 'Naim Qassem'],
    ['GBR', 'defence secretary', '2024-08-01', 'John Healey'],
    ['GBR', 'foreign minister', '2017-01-01', 'Boris Johnson'],
    ['RUS', 'president', '2010-01-01', 'Dmitry Medvedev'],
    ['DEU', 'chancellor', '2015-06-01', 'Angela Merkel'],
    ['UN', 'secretary-general', '2010-01-01', 'Ban Ki-moon'],
    ['Iran', 'supreme leader', '2020-01-01', 'Ali Khamenei'],
  ];
  for (const [country, office, date, name] of rows)
    assert.deepEqual(kb.holdersAt(country, office, date).map((h) => h.name), [name], `${country} ${office} ${date}`);
});

test('deaths in office are recorded as the end of the term', () => {
  const raisi = kb.termsOf('Ebrahim Raeisi');
  assert.equal(raisi.length, 1);
  assert.deepEqual([raisi[0].end, raisi[0].end_reason], ['2024-05-19', 'killed']);
  assert.equal(kb.termsOf('Qassem Soleimani')[0].end_reason, 'killed');
});

test('officesAt lists every office a person held on a date', () => {
  const offices = kb.officesAt('Mohammed bin Salman', '2020-01-01').map((t) => t.office).sort();
  assert.deepEqual(offices, ['crown prince', 'defense minister']);
  assert.deepEqual(kb.officesAt('Bashar Assad', '2010-01-01').map((t) => t.country), ['SYR']);
});
