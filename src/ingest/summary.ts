// What an ingest did: counts, and every failure with where it came from.
import type { ReadError } from './types.js';

export interface Failure { ref: string; code: string; message: string }

export interface IngestSummary {
  read: number;
  stored: number;
  /** the same text was already stored (or came twice) */
  duplicate: number;
  /** stored, and linked to an earlier copy of the same story */
  near_duplicate: number;
  failed: number;
  failures: Failure[];
  words: number;
  seconds: number;
}

export const emptySummary = (): IngestSummary => ({ read: 0, stored: 0, duplicate: 0, near_duplicate: 0, failed: 0, failures: [], words: 0, seconds: 0 });

/** Records one failure. */
export function fail(s: IngestSummary, ref: string, error: ReadError | { code: string; message: string }): void {
  s.failed++;
  s.failures.push({ ref, code: error.code, message: error.message });
}

const SHOWN = 20;

/** The summary as lines for a terminal: counts, then failures grouped by reason. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s (${(s.stored / s.seconds).toFixed(1)} articles/s)` : '';
  const lines = [`read ${s.read}, stored ${s.stored} (near-duplicates linked ${s.near_duplicate}), duplicate ${s.duplicate}, failed ${s.failed}${rate}`];
  const byCode = new Map<string, Failure[]>();
  for (const f of s.failures) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  for (const [code, list] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${code}: ${list.length}`);
    for (const f of list.slice(0, SHOWN)) lines.push(`    ${f.ref}: ${f.message}`);
    if (list.length > SHOWN) lines.push(`    … and ${list.length - SHOWN} more`);
  }
  return lines.join('\n');
}
