// Analysis of read articles: in this thread (--jobs 1) or in a pool of worker threads (--jobs N).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../analyze.js';
import type { DossierJson } from '../dossier/schema.js';
import type { RawArticle } from './types.js';

/** Turns articles into dossiers. */
export interface Analyzer {
  analyze(article: RawArticle): Promise<DossierJson>;
  close(): Promise<void>;
}

/** The message a worker receives and the one it answers with. */
export type WorkerRequest = { seq: number; text: string; title: string | null; date: string | null };
export type WorkerReply = { seq: number; dossier: DossierJson } | { seq: number; error: string };

/** Analyses in the calling thread. */
export function inlineAnalyzer(): Analyzer {
  return {
    analyze: async (a) => analyze(a.text, { title: a.title ?? null, date: a.date ?? null }),
    close: async () => {},
  };
}

// compiled: dist/src/ingest/worker.js beside this file. From source (tests under tsx) the worker is
// worker.ts, started through a bootstrap that registers tsx's loader in the new thread first.
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  // a young generation as large as the main thread's: analysis allocates many short-lived objects
  const resourceLimits = { maxYoungGenerationSizeMb: 64 };
  if (!here.endsWith('.ts')) return new Worker(here.replace(/analyzer\.js$/, 'worker.js'), { resourceLimits });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = pathToFileURL(here.replace(/analyzer\.ts$/, 'worker.ts')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, resourceLimits });
}

/** Analyses in `n` worker threads; requests go to the least busy worker. */
export function poolAnalyzer(n: number): Analyzer {
  const pending = new Map<number, { resolve: (d: DossierJson) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  let seq = 0;
  const workers = Array.from({ length: n }, (_, i) => {
    const w = startWorker();
    w.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.seq);
      if (!job) return;
      pending.delete(reply.seq);
      load[i]--;
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.dossier);
    });
    // a worker that dies takes its articles with it: fail them rather than hang
    w.on('error', (e) => failAll(i, e));
    w.on('exit', (code) => code !== 0 && failAll(i, new Error(`analysis worker exited with code ${code}`)));
    return w;
  });
  let lastError: Error | null = null;
  function failAll(i: number, e: Error) {
    alive[i] = false;
    lastError = e;
    for (const [k, job] of pending) if (job.worker === i) (pending.delete(k), job.reject(e));
  }
  return {
    analyze(a) {
      const i = pickWorker(load, alive);
      if (i < 0) return Promise.reject(lastError ?? new Error('no analysis worker is running'));
      load[i]++;
      const req: WorkerRequest = { seq: ++seq, text: a.text, title: a.title ?? null, date: a.date ?? null };
      return new Promise((resolve, reject) => {
        pending.set(req.seq, { resolve, reject, worker: i });
        workers[i].postMessage(req);
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

// the least busy worker still running, or -1
function pickWorker(load: number[], alive: boolean[]): number {
  let best = -1;
  for (let i = 0; i < load.length; i++) if (alive[i] && (best < 0 || load[i] < load[best])) best = i;
  return best;
}
