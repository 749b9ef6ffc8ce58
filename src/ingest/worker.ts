// A worker thread of `dossier ingest --jobs N`: analyses the articles it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import type { WorkerReply, WorkerRequest } from './analyzer.js';

parentPort?.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: req.seq, dossier: analyze(req.text, { title: req.title, date: req.date }) };
  } catch (cause) {
    reply = { seq: req.seq, error: (cause as Error).message };
  }
  parentPort!.postMessage(reply);
});
