import assert from 'node:assert/strict';
import test from 'node:test';
import { createDoc } from './create.js';

// [text, headline expected]
const CASES: Array<[string, string | null]> = [
  ['Floods Cut Off Villages in Northern Ghana\nHeavy rain has cut off dozens of villages.', 'Floods Cut Off Villages in Northern Ghana'],
  ['Heavy rain has cut off dozens of villages in northern Ghana, officials said.\nRoads are closed.', null],
  ['One paragraph only, with no line after it.', null],
  ['\n\nEU agrees new sanctions package\n\nThe package targets banks.', 'EU agrees new sanctions package'],
];

for (const [text, headline] of CASES) {
  test(`headline: ${JSON.stringify(text.slice(0, 40))}`, () => {
    const doc = createDoc(text);
    assert.equal(doc.title, headline);
    if (doc.titleSpan) assert.equal(text.slice(doc.titleSpan.start, doc.titleSpan.end), headline);
  });
}

test('--title overrides the headline and --date is kept', () => {
  const doc = createDoc('Some Headline Here\nBody.', { title: 'Given', date: '2024-05-01' });
  assert.equal(doc.title, 'Given');
  assert.equal(doc.date, '2024-05-01');
});
