// Benchmark of the corpus side: ingest throughput (articles/s and words/s into SQLite, --jobs 1 and
// 2), memory as the input grows, and query latency on a store of 100,000 generated articles.
// Run alone: npx tsx bench/ingest.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inlineAnalyzer, poolAnalyzer, type Analyzer } from '../src/ingest/analyzer.js';
import { ingest } from '../src/ingest/run.js';
import { buildDossier } from '../src/store/fixtures.js';
import { textHash } from '../src/store/fingerprint.js';
import { generateArticle } from '../src/store/generate.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { generateCorpus } from './analyze.js';

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

function writeJsonl(file: string, texts: string[]): number {
  writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `b${i}`, date: '2024-01-01', text })).join('\n') + '\n');
  return texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
}

/** Ingests `file` into a fresh store; returns the rate and the peak RSS seen while it ran. */
async function timedIngest(dir: string, file: string, analyzer: Analyzer, name: string) {
  const store = new SqliteStore(join(dir, `${name}.db`));
  // warm-up outside the clock: workers start, load their models and compile on first use
  await Promise.all(Array.from({ length: 4 }, (_, i) => analyzer.analyze({ text: `Warm-up ${i}: the minister met the envoy in Paris.` })));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  try {
    const s = await ingest([file], { store, analyzer });
    return { stored: s.stored, seconds: s.seconds, words: s.words, peak };
  } finally {
    clearInterval(sampler);
    await analyzer.close();
    await store.close();
  }
}

async function throughput(dir: string, count: number): Promise<string[]> {
  const file = join(dir, 'real.jsonl');
  writeJsonl(file, generateCorpus(count));
  const lines = [];
  for (const jobs of [1, 2]) {
    const r = await timedIngest(dir, file, jobs === 1 ? inlineAnalyzer() : poolAnalyzer(jobs), `jobs${jobs}`);
    lines.push(`  --jobs ${jobs}: ${(r.stored / r.seconds).toFixed(1)} articles/s, ${fmt(r.words / r.seconds)} words/s (${r.stored} articles)`);
  }
  return lines;
}

// the same kind of input at 1x and 4x: peak memory should not grow with it (streamed input)
async function memory(dir: string, small: number): Promise<string> {
  const peaks = [];
  for (const n of [small, small * 4]) {
    const file = join(dir, `mem${n}.jsonl`);
    writeJsonl(file, Array.from({ length: n }, (_, i) => generateArticle(i).text));
    peaks.push((await timedIngest(dir, file, inlineAnalyzer(), `mem${n}`)).peak);
  }
  return `  memory: peak RSS ${mb(peaks[0])} for ${small} articles, ${mb(peaks[1])} for ${small * 4} (growth ${mb(Math.max(0, peaks[1] - peaks[0]))})`;
}

/** Fills a store with `n` generated articles through direct inserts in big transactions (no analysis). */
export function bulkLoad(store: SqliteStore, n: number): void {
  const db = store.db;
  const entity = new Map<string, number>();
  const ensure = (name: string, type: string, country: string | null) => {
    if (!entity.has(name)) {
      const id = Number(db.prepare('INSERT INTO entities (name, type, country, articles, mentions) VALUES (?, ?, ?, 0, 0)').run(name, type, country).lastInsertRowid);
      db.prepare("INSERT INTO aliases (entity_id, name, norm, last, initials) VALUES (?, ?, lower(?), lower(?), '')").run(id, name, name, name.split(' ').at(-1));
      entity.set(name, id);
    }
    return entity.get(name)!;
  };
  const st = {
    article: db.prepare(`INSERT INTO articles (hash, b0, b1, b2, b3, b4, b5, simhash, ref, url, title, date, source, words, text, dossier)
      VALUES (?, -1, -1, -1, -1, -1, -1, '0', ?, ?, ?, ?, ?, ?, ?, ?)`),
    fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    link: db.prepare('INSERT INTO article_entities VALUES (?, ?, ?, ?, ?, ?)'),
    mention: db.prepare('INSERT INTO mentions VALUES (?, ?, ?, ?, ?)'),
    role: db.prepare('INSERT INTO roles (article_id, entity_id, role, of_id, of_name, status, date, source, start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)'),
    event: db.prepare(`INSERT INTO events (key, type, cameo, quad, intensity, source_id, target_id, source_name, target_name, source_country, target_country,
      date, negated, hypothetical, num_articles, num_sources, num_stories, first_article, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 1, 1, 1, ?, ?)`),
  };
  const one = (i: number) => {
    const spec = generateArticle(i);
    const d = buildDossier(spec);
    const id = Number(st.article.run(textHash(spec.text), spec.ref, spec.url, spec.title, spec.date, spec.source, 90, spec.text, JSON.stringify(d)).lastInsertRowid);
    st.fts.run(id, spec.title, spec.text);
    const gid = new Map(d.entities.map((e) => [e.id, ensure(e.name, e.type, e.country)]));
    for (const e of d.entities) {
      st.link.run(id, gid.get(e.id), e.id, e.salience, e.mentions.length, d.key_figures.find((k) => k.entity === e.id)?.score ?? 0);
      for (const m of e.mentions) st.mention.run(id, gid.get(e.id), m.start, m.end, m.text);
    }
    for (const r of d.roles) st.role.run(id, gid.get(r.person), r.role, r.of && gid.get(r.of), r.of && d.entities.find((e) => e.id === r.of)?.name, r.status, spec.date, spec.source, r.evidence.text);
    for (const e of d.events)
      st.event.run(`${id}|${e.id}`, e.type, e.cameo, e.quad, e.intensity, gid.get(e.source!), gid.get(e.target!), e.source && d.entities.find((x) => x.id === e.source)?.name,
        e.target && d.entities.find((x) => x.id === e.target)?.name, e.source_country, e.target_country, e.date, id, e.evidence.text);
  };
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) one(i);
  });
  for (let from = 0; from < n; from += 10_000) batch(from, Math.min(n, from + 10_000));
  db.exec(`UPDATE entities SET articles = (SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = entities.id),
    mentions = (SELECT COUNT(*) FROM mentions WHERE entity_id = entities.id); ANALYZE;`);
}

async function latency(store: SqliteStore, runs: number): Promise<string[]> {
  const [a] = await store.findEntity('Amara Okafor');
  const [b] = await store.findEntity('Lucas Ferreira');
  const queries: Array<[string, () => Promise<unknown>]> = [
    ['figures', () => store.figures({})],
    ['figures --country --since', () => store.figures({ country: 'NOR', since: '2024-01-01' })],
    ['entity NAME', async () => store.entity((await store.findEntity('Okafor'))[0])],
    ['events --actor', () => store.events({ actor: a })],
    ['events --type --since --until', () => store.events({ type: 'ACCUSE', since: '2023-01-01', until: '2023-06-30' })],
    ['relations A B', () => store.relations(a, b)],
    ['timeline --actor', () => store.events({ actor: b, limit: 500 })],
    ['search', () => store.search('grain exports dispute')],
    ['checks', () => store.checks()],
  ];
  const lines = [];
  for (const [name, run] of queries) {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      await run();
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    ms.sort((x, y) => x - y);
    const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
    lines.push(`  ${name.padEnd(30)} median ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
  }
  return lines;
}

/** Printable lines: throughput, memory, query latency on a 100,000-article store, peak RSS. */
export async function benchIngest(opts = { articles: 100, memory: 100, store: 100_000, runs: 15 }): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const lines = ['ingest (generated articles into SQLite)', ...(await throughput(dir, opts.articles)), await memory(dir, opts.memory)];
    const store = new SqliteStore(join(dir, 'big.db'));
    const t0 = Date.now();
    bulkLoad(store, opts.store);
    lines.push(`query latency on ${fmt(opts.store)} generated articles (loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s, ${opts.runs} runs each):`);
    lines.push(...(await latency(store, opts.runs)));
    await store.close();
    lines.push(`  peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log((await benchIngest()).join('\n'));
