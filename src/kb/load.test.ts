import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KbLoadError, loadOfficeKb } from './index.js';

function userFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-kb-')), name);
  writeFileSync(path, text);
  return path;
}

function loadError(files: string[]): KbLoadError {
  try {
    loadOfficeKb(files);
  } catch (e) {
    if (e instanceof KbLoadError) return e;
    throw e;
  }
  assert.fail('expected loadOfficeKb to reject ' + files.join(', '));
}

test('a bad user file is rejected with a message naming the file, the entry and the field', () => {
  const rows: Array<[string, string, RegExp]> = [
    ['bad-date.yaml', 'country: XAA\noffices:\n  president:\n    kind: head-of-state\n    holders:\n      - { name: Ann Bee, start: 2024-02-30 }\n',
      /bad-date\.yaml: offices\.president\.holders\[0\] \(Ann Bee\): start: expected a date/],
    ['backwards.yaml', 'country: XAA\noffices:\n  president:\n    kind: head-of-state\n    holders:\n      - { name: Ann Bee, start: 2024-02-01, end: 2023-01-01 }\n',
      /backwards\.yaml: offices\.president\.holders\[0\] \(Ann Bee\): start 2024-02-01 is after end 2023-01-01/],
    ['no-kind.yaml', 'country: XAA\noffices:\n  president:\n    holders: []\n', /no-kind\.yaml: offices\.president: kind:/],
    ['typo.yaml', 'country: XAA\noffices:\n  president:\n    kind: head-of-state\n    holders:\n      - { name: Ann Bee, strat: 2020 }\n',
      /typo\.yaml: offices\.president\.holders\[0\] \(Ann Bee\): .*strat/],
    ['broken.json', '{ "country": ', /broken\.json: not valid JSON/],
  ];
  for (const [name, text, message] of rows) {
    const error = loadError([userFile(name, text)]);
    assert.match(error.message, message, name);
    assert.ok(error.issues.length >= 1);
  }
});

test('a missing user file is reported as kb/read-failed', () => {
  const error = loadError(['/nonexistent/dossier-kb.yaml']);
  assert.equal(error.issues[0].code, 'kb/read-failed');
});

test('a user file overrides a built-in term with the same country, office, name and start', () => {
  const before = loadOfficeKb().holdersAt('IRN', 'president', '2024-08-10');
  assert.equal(before[0].acting, false);
  const file = userFile('override.json', JSON.stringify({
    country: 'IRN',
    offices: { president: { kind: 'head-of-government', holders: [{ name: 'Masoud Pezeshkian', start: '2024-07-28', acting: true, note: 'user note' }] } },
  }));
  const after = loadOfficeKb([file]).holdersAt('IRN', 'president', '2024-08-10');
  assert.equal(after.length, 1);
  assert.equal(after[0].note, 'user note');
  assert.equal(after[0].acting, true);
  assert.match(after[0].source, /override\.json$/);
});

test('a user file extends the built-in data with new countries and offices', () => {
  const file = userFile('extend.yaml', [
    'country: XAA',
    'name: Atlantis',
    'offices:',
    '  grand vizier:',
    '    kind: head-of-government',
    '    holders:',
    '      - { name: Ann Bee, start: 2020-01 }',
  ].join('\n'));
  const kb = loadOfficeKb([file]);
  assert.deepEqual(kb.holdersAt('Atlantis', 'grand vizier', '2024-01-01').map((h) => h.name), ['Ann Bee']);
  assert.ok(kb.holdersAt('USA', 'president', '2024-01-01').length === 1);
});
