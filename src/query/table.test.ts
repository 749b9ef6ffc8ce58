import { test } from 'node:test';
import assert from 'node:assert/strict';
import { table } from './table.js';

test('table pads text left, numbers right, and shows null as "-"', () => {
  const rows: Array<[string[], Array<Array<string | number | null>>, string]> = [
    [['name', 'n'], [['Mekdad', 12], ['Khaji', 3]], 'name     n\n------  --\nMekdad  12\nKhaji    3'],
    [['a', 'b'], [['x', null]], 'a  b\n-  -\nx  -'],
    [['a'], [], '(none)'],
  ];
  for (const [headers, cells, want] of rows) assert.equal(table(headers, cells), want);
});

test('table cuts long cells', () => {
  assert.equal(table(['t'], [['abcdefghij']], 5).split('\n')[2], 'abcd…');
});
