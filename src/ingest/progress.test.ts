import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressLine } from './progress.js';
import { emptySummary, fail, formatSummary } from './summary.js';

test('progressLine shows share done, rate and ETA; rate only when the total is unknown', () => {
  const rows: Array<[Parameters<typeof progressLine>[0], number, string]> = [
    [{ articles: 50, bytes: 500, totalBytes: 1000, startedAt: 0 }, 10_000, '[#####.....]  50%  50 articles  5.0/s  ETA 0:10'],
    [{ articles: 1200, bytes: 0, totalBytes: null, startedAt: 0 }, 60_000, '1,200 articles  20.0/s'],
  ];
  for (const [state, now, want] of rows) assert.equal(progressLine(state, now, 10), want);
});

test('formatSummary groups failures by reason', () => {
  const s = { ...emptySummary(), read: 4, stored: 2 };
  fail(s, 'a.jsonl:3', { code: 'bad_json', message: 'line does not parse as JSON' });
  fail(s, 'b.html', { code: 'no_text', message: 'HTML page holds no article text' });
  assert.equal(formatSummary(s), [
    'read 4, stored 2 (near-duplicates linked 0), duplicate 0, failed 2',
    '  bad_json: 1', '    a.jsonl:3: line does not parse as JSON',
    '  no_text: 1', '    b.html: HTML page holds no article text',
  ].join('\n'));
});
