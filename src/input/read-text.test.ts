import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { MAX_INPUT_BYTES, readText } from './read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-input-'));
const file = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

const CASES: Array<[string, string, string]> = [
  ['empty file', file('empty.txt', '  \n'), 'empty'],
  ['binary file', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'binary'],
  ['invalid UTF-8', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e])), 'invalid-utf8'],
  ['a directory', dir, 'is-directory'],
  ['a missing path', join(dir, 'nope.txt'), 'not-found'],
  ['a huge file', file('huge.txt', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61)), 'too-large'],
];

for (const [what, path, code] of CASES) {
  test(`bad input: ${what}`, () => {
    const r = readText(path);
    assert.equal(r.ok, false);
    if (!r.ok) { assert.equal(r.error.code, code); assert.ok(r.error.message.startsWith(path)); }
  });
}

test('a BOM is removed and the text kept', () => {
  const r = readText(file('bom.txt', '\ufeffHeadline here\nBody text.'));
  assert.deepEqual(r, { ok: true, text: 'Headline here\nBody text.' });
});
