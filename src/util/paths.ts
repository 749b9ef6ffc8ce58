import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The directory holding the project's package.json, found from this file whether run from src/ or dist/. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('dossier: cannot find the project root (no package.json above ' + import.meta.url + ')');
    dir = up;
  }
  root = dir;
  return root;
}

/** A path under the project's data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(projectRoot(), 'data', ...parts);
}

/** The shared folder beside the project (seed, corpus, CoNLL), or null when it is absent. */
export function sharedDir(): string | null {
  const dir = resolve(projectRoot(), '..', 'shared');
  return existsSync(dir) ? dir : null;
}
