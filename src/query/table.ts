// Plain-text tables for the terminal: columns padded to their widest cell, long cells cut with "…".
export type Cell = string | number | null | undefined;

const show = (c: Cell): string => (c === null || c === undefined ? '-' : typeof c === 'number' ? String(Math.round(c * 1000) / 1000) : c.replace(/\s+/g, ' '));
const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

/** Renders rows under headers; numeric columns are right-aligned. */
export function table(headers: string[], rows: Cell[][], maxWidth = 60): string {
  if (!rows.length) return '(none)';
  const cells = rows.map((r) => r.map((c) => cut(show(c), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const numeric = headers.map((_, i) => rows.every((r) => typeof r[i] === 'number' || r[i] === null || r[i] === undefined));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
