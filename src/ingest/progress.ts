// A one-line progress bar on stderr: "[#####.....]  48%  1,204 articles  37.5/s  ETA 0:42".
export interface ProgressState { articles: number; bytes: number; totalBytes: number | null; startedAt: number }

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** The progress line for a state at time `now` (ms). */
export function progressLine(p: ProgressState, now: number, width = 20): string {
  const seconds = Math.max(0.001, (now - p.startedAt) / 1000);
  const rate = `${(p.articles / seconds).toFixed(1)}/s`;
  const count = `${p.articles.toLocaleString('en-US')} articles`;
  if (!p.totalBytes) return `${count}  ${rate}`;
  const done = Math.min(1, p.bytes / p.totalBytes);
  const filled = Math.round(done * width);
  const eta = done > 0 ? clock((seconds / done) * (1 - done)) : '?';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(done * 100)).padStart(3)}%  ${count}  ${rate}  ETA ${eta}`;
}

/** Redraws the progress line at most ten times a second, only when stderr is a terminal. */
export class ProgressBar {
  private last = 0;
  constructor(private readonly out: NodeJS.WriteStream = process.stderr, readonly enabled = !!out.isTTY) {}

  update(p: ProgressState, force = false): void {
    const now = Date.now();
    if (!this.enabled || (!force && now - this.last < 100)) return;
    this.last = now;
    this.out.write(`\r${progressLine(p, now)}\x1b[K`);
  }

  done(): void {
    if (this.enabled) this.out.write('\r\x1b[K');
  }
}
