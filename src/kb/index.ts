// The office knowledge base: who held which office when (data/kb/offices), plus user files given with --kb.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataPath, projectRoot } from '../util/paths.js';
import { KbLoadError, type KbIssue } from './errors.js';
import { OfficeKb } from './kb.js';
import { readOfficeFile } from './read.js';
import type { OfficeFile } from './schema.js';

export { OfficeKb, type Holder, type Office } from './kb.js';
export { auditOfficeKb } from './audit.js';
export { KbLoadError, formatIssue, type KbIssue, type KbIssueCode } from './errors.js';
export { namesMatch, nameKey } from './names.js';
export type { Term, OfficeKind, EndReason, OfficeFile } from './schema.js';

/** The built-in office files, sorted so that loading is the same on every machine. */
export function builtInOfficeFiles(): string[] {
  const dir = dataPath('kb', 'offices');
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(dir, f));
}

/** Loads the built-in knowledge base plus user files (YAML or JSON, same shape) that extend or override it. */
export function loadOfficeKb(extraFiles: string[] = []): OfficeKb {
  const files: Array<{ source: string; file: OfficeFile }> = [];
  const issues: KbIssue[] = [];
  for (const path of [...builtInOfficeFiles(), ...extraFiles]) {
    const source = path.startsWith(projectRoot()) ? relative(projectRoot(), path) : path;
    const result = readOfficeFile(path);
    if (result.ok) files.push({ source, file: result.file });
    else issues.push(...result.issues.map((i) => ({ ...i, file: source })));
  }
  if (issues.length) throw new KbLoadError(issues);
  return new OfficeKb(files);
}
