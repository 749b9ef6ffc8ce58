// Throughput of `dossier analyze` (words/s, one core, warm) beside compromise reading the same
// text in the same run, and peak memory. The corpus is generated from the project's own test
// articles, shuffled by sentence so that no two generated articles are the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../src/analyze.js';
import { projectRoot } from '../src/util/paths.js';

/** Articles made by mixing paragraphs of the test articles with a fixed seed. */
export function generateCorpus(count: number, seed = 7): string[] {
  const dir = join(projectRoot(), 'test', 'articles');
  const paragraphs = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').slice(1)).filter((p) => p.trim());
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => [`Generated report ${i} on regional affairs`, ...Array.from({ length: 6 }, () => paragraphs[Math.floor(next() * paragraphs.length)])].join('\n'));
}

const words = (texts: string[]) => texts.reduce((n, t) => n + t.split(/\s+/).length, 0);

/** Words per second of wall time and per second of this process's CPU time (steadier on a busy machine). */
function rate(texts: string[], run: (t: string) => unknown): { wall: number; cpu: number } {
  texts.slice(0, 5).forEach(run); // warm up
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  texts.forEach(run);
  const cpu = process.cpuUsage(c0);
  return { wall: words(texts) / (Number(process.hrtime.bigint() - t0) / 1e9), cpu: words(texts) / ((cpu.user + cpu.system) / 1e6) };
}

const show = (r: { wall: number; cpu: number }) => `${Math.round(r.wall).toLocaleString('en')} words/s (${Math.round(r.cpu).toLocaleString('en')} per CPU second)`;

/** Printable lines: words/s of dossier analyze and of compromise, and peak RSS. */
export function benchAnalyze(count = 300): string[] {
  const corpus = generateCorpus(count);
  const ours = rate(corpus, (t) => analyze(t));
  const peer = rate(corpus.slice(0, Math.max(20, count / 10)), (t) => nlp(t).people().out('array'));
  return [
    `analyze: ${count} generated articles, ${words(corpus)} words`,
    `  dossier analyze (full pipeline)   ${show(ours)}`,
    `  compromise (people only, peer)     ${show(peer)}`,
    `  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ];
}
