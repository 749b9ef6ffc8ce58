import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../doc/types.js';
import { numberMismatches } from './numbers.js';

const found = (text: string) => numberMismatches({ text } as Doc).map((x) => x.evidence.map((e) => text.slice(e.start, e.end)));

test('number-mismatch: a definite back-reference with another value', () => {
  const rows: Array<[string, string[][]]> = [
    ['Chile signed a $2 billion contract with Spain. Critics said the $3 billion contract was too large.',
      [['a $2 billion contract', 'the $3 billion contract']]],
    ['A car bomb in Mogadishu killed 12 people on Monday. The blast that killed 15 people was claimed by al-Shabab.',
      [['killed 12 people', 'The blast that killed 15 people']]],
    // the same value twice, and a part of the sum, are no mismatch
    ['Ghana agreed a $3 billion package. The $3 billion package will be paid in tranches; $600 million arrives now.', []],
    // different things counted: soldiers, then civilians
    ['An ambush killed four soldiers. Later the strike that killed six civilians was condemned.', []],
    // no definite back-reference: two separate attacks
    ['A raid killed three soldiers in the north. Another raid killed five soldiers in the south.', []],
  ];
  for (const [text, want] of rows) assert.deepEqual(found(text), want, text);
});
