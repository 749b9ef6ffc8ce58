// Accuracy over the whole gold set, scored by the project's shared scorer (../shared/eval/score.mjs).
// Micro-averaged over articles; fails under the thresholds the issues set.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { analyze } from '../src/analyze.js';
import { sharedDir } from '../src/util/paths.js';
import { goldCases } from './gold-set.js';

type Prf = { tp: number; predicted: number; gold: number };
const f1 = ({ tp, predicted, gold }: Prf) => (tp === 0 ? 0 : (2 * tp) / (predicted + gold));

test('accuracy over the gold test set', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('needs ../shared (the scorer and the VOA corpus)');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-acc-'));
  const total: Record<'entities' | 'roles' | 'events', Prf> = { entities: { tp: 0, predicted: 0, gold: 0 }, roles: { tp: 0, predicted: 0, gold: 0 }, events: { tp: 0, predicted: 0, gold: 0 } };
  const rows: string[] = [];
  for (const c of goldCases()) {
    const pred = join(dir, `${c.name}.json`), text = join(dir, `${c.name}.txt`);
    writeFileSync(text, c.text);
    writeFileSync(pred, JSON.stringify(analyze(c.text, { title: c.title, date: c.date })));
    const out = JSON.parse(execFileSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', c.goldPath, '--pred', pred, '--text', text, '--json'], { encoding: 'utf8' }));
    for (const k of ['entities', 'roles', 'events'] as const) for (const f of ['tp', 'predicted', 'gold'] as const) total[k][f] += out[k][f];
    rows.push(`${c.name.padEnd(42)} entities ${out.entities.f1.toFixed(2)}  roles ${out.roles.f1.toFixed(2)}  events ${out.events.f1.toFixed(2)}`);
  }
  t.diagnostic(rows.join('\n'));
  t.diagnostic(`micro F1: entities ${f1(total.entities).toFixed(3)}, roles ${f1(total.roles).toFixed(3)}, events ${f1(total.events).toFixed(3)}`);
  assert.ok(rows.length >= 12, `the gold set has ${rows.length} articles; it should have at least 12`);
  assert.ok(f1(total.entities) >= 0.9, `entities F1 ${f1(total.entities).toFixed(3)} is under 0.90`);
  assert.ok(f1(total.roles) >= 0.85, `roles F1 ${f1(total.roles).toFixed(3)} is under 0.85`);
  // issue 4: the accuracy test fails under events F1 0.75
  assert.ok(f1(total.events) >= EVENTS_FLOOR, `events F1 ${f1(total.events).toFixed(3)} is under ${EVENTS_FLOOR}`);
});

const EVENTS_FLOOR = 0.75;
