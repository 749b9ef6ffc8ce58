// Benchmark: tokens per second of the learned NER tagger against compromise on the same text,
// one core, after warm-up. Run: npx tsx bench/ner.ts [FILE] (defaults to the seed article).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { loadTagger } from '../src/ner/tagger.js';
import { projectRoot } from '../src/util/paths.js';

/**
 * Whitespace/punctuation tokens the way CoNLL writes them, sentences ended by ". ! ?":
 * "The U.S. envoy's talks in Paris, France." -> The U.S. envoy 's talks in Paris , France .
 */
export function simpleSentences(text: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const token of text.match(/['’]s\b|\p{Lu}(?:\.\p{Lu})+\.|[\p{L}\p{N}]+(?:(?:['’](?!s\b)|[.,-])[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? []) {
    current.push(token);
    if (/^[.!?]$/.test(token)) { sentences.push(current); current = []; }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/**
 * Run `fn` repeatedly for at least `ms` milliseconds after `warm` warm-up runs; returns runs per
 * wall-clock second and per CPU second of this process (the latter suffers less from a busy machine).
 */
function rate(fn: () => void, warm = 3, ms = 1500): { wall: number; cpu: number } {
  for (let i = 0; i < warm; i++) fn();
  let runs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - started < ms) { fn(); runs++; }
  const used = process.cpuUsage(cpu);
  return { wall: runs / ((performance.now() - started) / 1000), cpu: runs / ((used.user + used.system) / 1e6) };
}

/** Measure the tagger and compromise on `text` (each timed for `ms` after warm-up); returns printable lines. */
export async function benchNer(text: string, { ms = 1500 } = {}): Promise<string[]> {
  const loadStart = performance.now();
  const tagger = loadTagger();
  const loadMs = performance.now() - loadStart;
  const sentences = simpleSentences(text);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  let found = 0;
  const ours = rate(() => { found = tagger.tagDocument(sentences).flat().length; }, 3, ms);
  let theirs = 0;
  const comp = rate(() => {
    const doc = nlp(text);
    theirs = doc.people().length + doc.places().length + doc.organizations().length;
  }, 3, ms);
  const fmt = (r: { wall: number; cpu: number }) =>
    `${Math.round(r.wall * tokens).toLocaleString('en-US')} tokens/s (${Math.round(r.cpu * tokens).toLocaleString('en-US')} per CPU second)`;
  return [
    `text: ${sentences.length} sentences, ${tokens} tokens; model loaded in ${loadMs.toFixed(0)} ms`,
    `dossier ner tagger: ${fmt(ours)}, ${found} entity spans`,
    `compromise:         ${fmt(comp)}, ${theirs} people/places/organizations`,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? join(projectRoot(), '..', 'shared', 'seed', 'iran-syria-alliance.txt');
  const lines = await benchNer(readFileSync(file, 'utf8'));
  for (const line of lines) console.log(line);
}
