// The ingest loop: read articles as a stream, analyse them (here or in workers), store each in
// its own transaction. A bad article is counted and skipped; it never stops the rest.
import { stat } from 'node:fs/promises';
import type { Store } from '../store/types.js';
import type { Analyzer } from './analyzer.js';
import { expandInputs } from './paths.js';
import { ProgressBar, type ProgressState } from './progress.js';
import { readInputs } from './sources.js';
import { emptySummary, fail, type IngestSummary } from './summary.js';
import type { ReadItem } from './types.js';

export interface IngestOptions {
  store: Store;
  analyzer: Analyzer;
  /** articles in analysis at once; a bound keeps memory flat however large the input */
  inFlight?: number;
  progress?: ProgressBar;
  stdin?: NodeJS.ReadableStream;
}

async function totalBytes(args: string[]): Promise<number | null> {
  let total = 0;
  for await (const input of expandInputs(args)) {
    if (input.kind === 'stdin') return null;
    if (input.kind === 'file') total += (await stat(input.path).catch(() => null))?.size ?? 0;
  }
  return total;
}

/** Ingests every article under `args` (files, folders, globs, "-") into the store. */
export async function ingest(args: string[], opts: IngestOptions): Promise<IngestSummary> {
  const s = emptySummary();
  const started = Date.now();
  const progress: ProgressState = { articles: 0, bytes: 0, totalBytes: opts.progress?.enabled ? await totalBytes(args) : null, startedAt: started };
  const running = new Set<Promise<void>>();
  const limit = opts.inFlight ?? 8;

  const handle = async (item: ReadItem & { article: NonNullable<ReadItem['article']> }) => {
    let dossier;
    try {
      dossier = await opts.analyzer.analyze(item.article);
    } catch (cause) {
      return fail(s, item.ref, { code: 'analysis_failed', message: (cause as Error).message });
    }
    try {
      const result = await opts.store.put({ ref: item.ref, article: item.article, dossier });
      if (result.status === 'duplicate') s.duplicate++;
      else (s.stored++, (s.words += item.article.text.split(/\s+/).filter(Boolean).length), result.nearDuplicateOf !== null && s.near_duplicate++);
    } catch (cause) {
      fail(s, item.ref, { code: 'store_failed', message: (cause as Error).message });
    }
  };

  for await (const item of readInputs(args, opts.stdin)) {
    s.read++;
    progress.bytes += item.bytes ?? 0;
    if (item.error || !item.article) fail(s, item.ref, item.error ?? { code: 'empty', message: 'no article' });
    // known text: skip the analysis; this is what makes a rerun after a crash cheap
    else if (await opts.store.hasText(item.article.text)) s.duplicate++;
    else {
      const job: Promise<void> = handle(item as Parameters<typeof handle>[0]).finally(() => running.delete(job));
      running.add(job);
      if (running.size >= limit) await Promise.race(running);
    }
    progress.articles = s.stored + s.duplicate;
    opts.progress?.update(progress);
  }
  await Promise.all(running);
  opts.progress?.update({ ...progress, articles: s.stored + s.duplicate }, true);
  opts.progress?.done();
  s.seconds = (Date.now() - started) / 1000;
  return s;
}
