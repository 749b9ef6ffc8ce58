// The CLI as a user meets it: the compiled bin, real files, exit codes and one-line errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { projectRoot } from '../util/paths.js';

const bin = join(projectRoot(), 'bin', 'dossier.js');
const dossier = (args: string[], input?: string) => spawnSync('node', [bin, ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Kenya and Uganda Sign Border Deal\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Ruto said the deal would end years of disputes.\n');

test('analyze prints a report with the key figures and roles', () => {
  const r = dossier(['analyze', article]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Kenya and Uganda Sign Border Deal/);
  assert.match(r.stdout, /Key figures\n {2}1\. William Ruto \(president of Kenya\)/);
  assert.match(r.stdout, /Yoweri Museveni/);
});

test('analyze --json prints the dossier with offsets into the text', () => {
  const r = dossier(['analyze', '-', '--json', '--date', '2024-03-04'], 'Chancellor Olaf Scholz visited Paris.\n');
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  const scholz = json.entities.find((e: { name: string }) => e.name === 'Olaf Scholz');
  assert.equal(json.article.date, '2024-03-04');
  assert.equal(scholz.mentions[0].text, 'Chancellor Olaf Scholz');
  assert.equal(scholz.mentions[0].start, 0);
});

// [what, args, exit code, stderr pattern]
const BAD: Array<[string, string[], number, RegExp]> = [
  ['a missing file', ['analyze', join(dir, 'missing.txt')], 1, /missing\.txt: no such file/],
  ['a directory', ['analyze', dir], 1, /is a directory/],
  ['a bad date', ['analyze', article, '--date', '2024-13-45'], 2, /--date "2024-13-45"/],
  ['an unknown command', ['frobnicate'], 2, /unknown command "frobnicate"/],
];

for (const [what, args, code, message] of BAD) {
  test(`bad input: ${what}`, () => {
    const r = dossier(args);
    assert.equal(r.status, code);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
}
