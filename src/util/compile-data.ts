// Build step: parse every YAML file under data/ once and keep it as JSON in dist/data-cache.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { dataPath } from './paths.js';
import { cachePath } from './yaml-file.js';

function* yamlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* yamlFiles(path);
    else if (/\.ya?ml$/.test(entry.name)) yield path;
  }
}

let count = 0;
for (const path of yamlFiles(dataPath())) {
  const out = cachePath(path)!;
  const st = statSync(path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ size: st.size, mtimeMs: st.mtimeMs, data: parse(readFileSync(path, 'utf8')) }));
  count++;
}
console.log(`dossier: ${count} data files compiled to dist/data-cache`);
