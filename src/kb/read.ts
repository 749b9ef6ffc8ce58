// Reading office files from disk: YAML or JSON, checked against the schema, issues naming file and entry.
import { readYamlFile } from '../util/yaml-file.js';
import type { z } from 'zod';
import { mayBeOrdered } from './dates.js';
import type { KbIssue } from './errors.js';
import { OfficeFileSchema, type OfficeFile } from './schema.js';

export type ReadResult = { ok: true; file: OfficeFile } | { ok: false; issues: KbIssue[] };

/** Reads and checks one office file; never throws. */
export function readOfficeFile(path: string): ReadResult {
  let raw: unknown;
  try {
    raw = readYamlFile(path);
  } catch (e) {
    // a file system error has a code ("ENOENT"); anything else is the parser's
    if ((e as NodeJS.ErrnoException).errno !== undefined) return fail(path, 'kb/read-failed', '', `cannot read the file (${(e as Error).message})`);
    return fail(path, 'kb/parse-failed', '', `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`);
  }
  return checkOfficeFile(path, raw);
}

/** Checks parsed data against the office-file schema and that every term starts before it ends. */
export function checkOfficeFile(path: string, raw: unknown): ReadResult {
  const parsed = OfficeFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => zodIssue(path, raw, i)) };
  const issues: KbIssue[] = [];
  for (const [office, entry] of Object.entries(parsed.data.offices)) {
    entry.holders.forEach((h, i) => {
      if (h.end !== null && !mayBeOrdered(h.start, h.end))
        issues.push({ code: 'kb/bad-term', file: path, entry: `offices.${office}.holders[${i}] (${h.name})`, message: `start ${h.start} is after end ${h.end}` });
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, file: parsed.data };
}

function fail(file: string, code: KbIssue['code'], entry: string, message: string): ReadResult {
  return { ok: false, issues: [{ code, file, entry, message }] };
}

// "offices.president.holders.3.end" -> "offices.president.holders[3] (Ebrahim Raisi)", field "end"
function zodIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): KbIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const holderAt = path.indexOf('holders') + 1;
  const upTo = holderAt > 0 && typeof path[holderAt] === 'number' ? holderAt + 1 : Math.max(0, path.length - 1);
  const entry = path.slice(0, upTo).reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
  const who = holderAt > 0 ? holderName(raw, path.slice(0, upTo)) : null;
  const field = path.slice(upTo).join('.');
  return {
    code: 'kb/invalid',
    file,
    entry: who ? `${entry || '(top)'} (${who})` : entry || '(top)',
    message: field ? `${field}: ${issue.message}` : issue.message,
  };
}

function holderName(raw: unknown, path: Array<string | number>): string | null {
  let node: unknown = raw;
  for (const p of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[p] : undefined;
  const name = node && typeof node === 'object' ? (node as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : null;
}
