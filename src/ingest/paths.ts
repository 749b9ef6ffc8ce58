// PATH arguments -> files: directories walked recursively (sorted, hidden entries skipped), globs
// matched ("corpus/**/*.jsonl"), "-" passed through for stdin.
import { opendir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'missing'; path: string };

const hasGlob = (p: string) => /[*?[]/.test(p);

/** "a/**\/*.txt" -> a RegExp over whole paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" matches zero or more directories
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += end > i ? glob.slice(i, end + 1) : '\\[';
      i = end > i ? end : i;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = [];
  for await (const entry of await opendir(dir)) if (!entry.name.startsWith('.')) entries.push(entry);
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

async function* expandGlob(pattern: string): AsyncGenerator<string> {
  const parts = pattern.split('/');
  const fixed = parts.slice(0, parts.findIndex(hasGlob));
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(fixed.length ? pattern : `./${pattern}`);
  try {
    for await (const path of walk(base)) if (re.test(path.split(sep).join('/'))) yield path;
  } catch {
    // a glob whose base folder does not exist matches nothing
  }
}

/** Expands the command line's PATH arguments, lazily, in order. */
export async function* expandInputs(args: string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') yield { kind: 'stdin' };
    else if (hasGlob(arg)) {
      let any = false;
      for await (const path of expandGlob(arg)) {
        any = true;
        yield { kind: 'file', path };
      }
      if (!any) yield { kind: 'missing', path: arg };
    } else {
      const info = await stat(arg).catch(() => null);
      if (!info) yield { kind: 'missing', path: arg };
      else if (info.isDirectory()) for await (const path of walk(arg)) yield { kind: 'file', path };
      else yield { kind: 'file', path: arg };
    }
  }
}
