import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nerCommand } from './command.js';
import { readFixture } from './fixture.js';

function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; errors: string[] }> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { errors.push(args.join(' ')); };
  return fn().then((value) => ({ value, errors }), (e) => { throw e; }).finally(() => { console.error = original; });
}

test('writes one scorer line per sentence, counted across documents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ner-'));
  try {
    const conll = join(dir, 'tiny.conll');
    writeFileSync(conll, readFixture('tiny.conll'));
    const out = join(dir, 'preds.jsonl');
    assert.equal(await nerCommand(['--conll', conll, '--out', out]), 0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.sentence), [0, 1, 2, 3, 4, 5, 6, 7]);
    for (const l of lines) for (const s of l.spans) assert.ok(['PER', 'LOC', 'ORG', 'MISC'].includes(s.type) && s.start < s.end);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input gives a one-line error and a non-zero exit code', async () => {
  const rows: Array<[string[], number, RegExp]> = [
    [['--conll', '/no/such/file.conll'], 1, /^dossier ner: cannot read \/no\/such\/file.conll: ENOENT$/],
    [[], 2, /usage/],
    [['--conll'], 2, /needs a file name/],
    [['--bogus', 'x'], 2, /unknown argument --bogus/],
  ];
  for (const [args, code, message] of rows) {
    const { value, errors } = await quietly(() => nerCommand(args));
    assert.equal(value, code, args.join(' '));
    assert.equal(errors.length, 1);
    assert.match(errors[0], message);
  }
});
