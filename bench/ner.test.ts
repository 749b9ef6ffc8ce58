import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchNer, simpleSentences } from './ner.js';

test('simpleSentences splits words from punctuation and ends sentences at . ! ?', () => {
  const rows: Array<[string, string[][]]> = [
    ['The U.S. envoy met Lavrov in Paris, France. Talks ended!', [['The', 'U.S.', 'envoy', 'met', 'Lavrov', 'in', 'Paris', ',', 'France', '.'], ['Talks', 'ended', '!']]],
    ["Iran's 1,200-page report", [['Iran', "'s", '1,200-page', 'report']]],
    ['Khaji’s O’Neill', [['Khaji', '’s', 'O’Neill']]],
  ];
  for (const [text, want] of rows) assert.deepEqual(simpleSentences(text), want);
});

test('benchNer reports both taggers and memory', async () => {
  const lines = await benchNer('Angela Merkel met officials in Paris. The United Nations sent envoys to Kenya.', { ms: 20 });
  assert.equal(lines.length, 4);
  assert.match(lines[1], /dossier ner tagger: [\d,]+ tokens\/s \([\d,]+ per CPU second\), \d+ entity spans/);
  assert.match(lines[2], /compromise: +[\d,]+ tokens\/s \([\d,]+ per CPU second\), \d+ people/);
  assert.match(lines[3], /peak RSS: \d+ MB/);
});
