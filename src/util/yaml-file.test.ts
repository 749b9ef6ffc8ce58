import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { dataPath } from './paths.js';
import { cachePath, readYamlFile } from './yaml-file.js';

test('a file under data/ has a cache path under dist/data-cache; one outside has none', () => {
  assert.match(cachePath(dataPath('lexicon', 'titles.yaml'))!, /dist[\\/]data-cache[\\/]lexicon[\\/]titles\.yaml\.json$/);
  assert.equal(cachePath(join(tmpdir(), 'x.yaml')), null);
});

test('a YAML file outside data/ is parsed directly', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-yaml-')), 'kb.yaml');
  writeFileSync(path, 'country: USA\noffices: {}\n');
  assert.deepEqual(readYamlFile(path), { country: 'USA', offices: {} });
});

test('the cached copy of a data file says what the file says', () => {
  const titles = readYamlFile(dataPath('lexicon', 'titles.yaml')) as { titles: Array<{ role: string }> };
  assert.ok(titles.titles.some((t) => t.role === 'foreign minister'));
});
