// YAML data files, parsed once at build time: `npm run build` writes each file under data/ as JSON to
// dist/data-cache (with the source's size and time, so an edited file is parsed afresh). Parsing JSON
// is many times faster than YAML, which keeps the command's start-up short.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './paths.js';

interface Cached {
  size: number;
  mtimeMs: number;
  data: unknown;
}

/** Where the parsed copy of a data file lives, or null for a file outside data/. */
export function cachePath(path: string): string | null {
  const rel = relative(join(projectRoot(), 'data'), path);
  return rel.startsWith('..') ? null : join(projectRoot(), 'dist', 'data-cache', `${rel}.json`);
}

/** The parsed content of a YAML (or JSON) file, from the build's cache when it is still fresh. */
export function readYamlFile(path: string): unknown {
  const cached = cachePath(path);
  if (cached && existsSync(cached)) {
    const st = statSync(path);
    const c = JSON.parse(readFileSync(cached, 'utf8')) as Cached;
    if (c.size === st.size && c.mtimeMs === st.mtimeMs) return c.data;
  }
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.json') ? JSON.parse(text) : parse(text);
}
