import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDoc, defaultStages } from '../../analyze.js';
import { checks, formatChecks } from './index.js';

const run = (text: string, date: string | null = null) => analyzeDoc(text, { date }, [...defaultStages, checks]);
const kinds = (text: string, date: string | null = null) => run(text, date).inconsistencies.map((x) => x.kind);

test('checks on sentences: what is flagged and what is left alone', () => {
  const rows: Array<[string, string | null, string[]]> = [
    // two people, each the "new" holder of one single-holder office
    ["Argentina's new president, Javier Milei, met bankers. Later, Argentina's new president, Alberto Fernandez, spoke in Madrid.", '2023-12-12', ['conflicting-role-claims']],
    // elect and former beside the current holder: a normal transition
    ["President Joe Biden met President-elect Donald Trump. Former President Barack Obama did not attend.", '2024-11-13', []],
    // the knowledge base: Hollande left the Elysee in 2017
    ['French President Francois Hollande said on Monday that Paris would send more aid to Kyiv.', '2023-05-10', ['kb-anachronism']],
    // a sentence that looks back is not an anachronism
    ['In 2015, French President Francois Hollande hosted the climate talks in Paris.', '2023-05-10', []],
    ['French President Emmanuel Macron said on Monday that Paris would send more aid to Kyiv.', '2023-05-10', []],
  ];
  for (const [text, date, want] of rows) assert.deepEqual(kinds(text, date), want, text);
});

test('an undated article gets a date range from the office holders it names, with reasons', () => {
  const doc = run("Britain's new prime minister, Keir Starmer, spoke with German Chancellor Olaf Scholz on Saturday.");
  assert.ok(doc.dateEstimate, 'expected a date estimate');
  assert.ok(doc.dateEstimate.from >= '2024-07-05' && doc.dateEstimate.to <= '2025-01-31', JSON.stringify(doc.dateEstimate));
  assert.ok(doc.dateEstimate.reasons.some((r) => r.includes('Keir Starmer')));
  assert.ok(formatChecks(doc).some((l) => l.startsWith('date estimate: ')));
});

test('a dated article gets no estimate', () => {
  assert.equal(run('President Emmanuel Macron spoke in Paris.', '2023-05-10').dateEstimate, null);
});
