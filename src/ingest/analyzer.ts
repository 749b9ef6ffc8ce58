// Analysis of read articles: in this thread (--jobs 1) or in a pool of worker threads (--jobs N).
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
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

// compiled: dist/src/ingest/worker.js beside this file; from source under tsx: worker.ts, loaded through tsx
function workerEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? { file: here.replace(/analyzer\.ts$/, 'worker.ts'), execArgv: ['--import', 'tsx'] } : { file: here.replace(/analyzer\.js$/, 'worker.js'), execArgv: [] };
}

/** Analyses in `n` worker threads; requests go to the least busy worker. */
export function poolAnalyzer(n: number): Analyzer {
  const { file, execArgv } = workerEntry();
  const pending = new Map<number, { resolve: (d: DossierJson) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(n).fill(0);
  let seq = 0;
  const workers = Array.from({ length: n }, (_, i) => {
    const w = new Worker(file, { execArgv });
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
  function failAll(i: number, e: Error) {
    for (const [k, job] of pending) if (job.worker === i) (pending.delete(k), job.reject(e));
  }
  return {
    analyze(a) {
      const i = load.indexOf(Math.min(...load));
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
