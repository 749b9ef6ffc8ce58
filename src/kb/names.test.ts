import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, namesMatch, officeKey } from './names.js';

test('nameKey folds case, diacritics, apostrophes and Arabic article prefixes', () => {
  const rows: Array<[string, string]> = [
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Faisal al-Mekdad', 'faisal mekdad'],
    ['Abdel Fattah el-Sisi', 'abdel fattah sisi'],
    ["Mu'ammar Gaddafi", 'muammar gaddafi'],
    ['Sheikh Tamim bin Hamad Al Thani', 'tamim bin hamad thani'],
    ['Mohammed bin Salman', 'mohammed bin salman'],
  ];
  for (const [s, key] of rows) assert.equal(nameKey(s), key, s);
});

test('namesMatch accepts reordered, shortened and surname-only queries', () => {
  const rows: Array<[string, string[], boolean]> = [
    ['Jinping Xi', ['Xi Jinping'], true],
    ['Tayyip Erdogan', ['Recep Tayyip Erdoğan'], true],
    ['Pezeshkian', ['Masoud Pezeshkian'], true],
    ['Masoud', ['Masoud Pezeshkian'], false],
    ['Faisal Mekdad', ['Faisal al-Miqdad', 'Faisal Mekdad'], true],
    ['Bashar Assad', ['Bashar al-Assad'], true],
    ['Hafez al-Assad', ['Bashar al-Assad'], false],
    ['Lula', ['Luiz Inácio Lula da Silva', 'Lula'], true],
    ['', ['Lula'], false],
  ];
  for (const [q, names, ok] of rows) assert.equal(namesMatch(q, names), ok, `${q} ~ ${names.join('|')}`);
});

test('officeKey folds spelling and case', () => {
  assert.equal(officeKey('Defence Secretary'), 'defense secretary');
  assert.equal(officeKey('head-of-state'), 'head of state');
  assert.equal(officeKey('  Prime   Minister '), 'prime minister');
});
