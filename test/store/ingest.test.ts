import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inlineAnalyzer, poolAnalyzer } from '../../src/ingest/analyzer.js';
import { ingest } from '../../src/ingest/run.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { makeInputs } from './make-inputs.js';

const rel = (dir: string, ref: string) => ref.slice(dir.length + 1);

test('ingest: a folder of every format, good and broken, is stored and reported', async () => {
  const dir = await makeInputs();
  const store = new SqliteStore(join(dir, 'test.db'));
  try {
    const summary = await ingest([join(dir, 'good'), join(dir, 'broken')], { store, analyzer: inlineAnalyzer() });
    // good: txt 1, html 1, jsonl 3, rss 2, atom 2, warc 1; broken: 1 good JSON line among the bad ones
    assert.equal(summary.stored, 11);
    assert.equal(summary.near_duplicate, 1);
    assert.equal(summary.duplicate, 0);
    const failures = summary.failures.map((f) => [rel(dir, f.ref), f.code]).sort();
    assert.deepEqual(failures, [
      ['broken/bad-lines.jsonl:1', 'bad_json'],
      ['broken/bad-lines.jsonl:2', 'bad_record'],
      ['broken/cut.rss', 'bad_feed'],
      ['broken/empty.txt', 'empty'],
      ['broken/junk.warc', 'bad_warc'],
      ['broken/latin1.txt', 'invalid_utf8'],
      ['broken/no-content.atom#1', 'no_text'],
      ['broken/nothing.html', 'no_text'],
      ['broken/photo.txt', 'binary'],
    ]);
    assert.equal(summary.read, summary.stored + summary.failed);

    const rows = store.db.prepare('SELECT ref, title, date, url, source, duplicate_of FROM articles ORDER BY ref').all() as Array<Record<string, string | number | null>>;
    const byRef = new Map(rows.map((r) => [rel(dir, r.ref as string), r]));
    assert.deepEqual(byRef.get('good/nested/visit.html'), {
      ref: join(dir, 'good/nested/visit.html'), title: "Chile's foreign minister visits Buenos Aires", date: '2024-05-06',
      url: 'https://southern-cone.example/2024/05/chile-argentina-visit', source: 'Southern Cone Review', duplicate_of: null,
    });
    assert.equal(byRef.get('good/wire.jsonl:1')?.date, '2024-09-02', 'VOA-style "published" is the date');
    assert.equal(byRef.get('good/feed.atom#2')?.date, '2024-06-11', 'an Atom entry without <published> takes <updated>');
    assert.equal(byRef.get('good/crawl.warc#2')?.url, 'https://steppe.example/rail');
    assert.equal(byRef.get('good/crawl.warc#2')?.title, 'Mongolia opens rail link to China');
    // the syndicated copy in the RSS feed links to the text file it copies
    const original = store.db.prepare('SELECT id FROM articles WHERE ref LIKE ?').pluck().get('%border.txt') as number;
    assert.equal(byRef.get('good/feed.rss#2')?.duplicate_of, original);
    assert.equal((await store.search('Namanga')).length, 2);

    const rerun = await ingest([join(dir, 'good'), join(dir, 'broken')], { store, analyzer: inlineAnalyzer() });
    assert.deepEqual([rerun.stored, rerun.duplicate, rerun.failed], [0, 11, 9]);
    assert.equal((await store.counts()).articles, 11);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: globs and missing paths', async () => {
  const dir = await makeInputs();
  const store = new SqliteStore(':memory:');
  try {
    const summary = await ingest([join(dir, 'good/**/*.html'), join(dir, 'nowhere')], { store, analyzer: inlineAnalyzer() });
    assert.equal(summary.stored, 1);
    assert.deepEqual(summary.failures.map((f) => f.code), ['not_found']);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest --jobs 2: worker threads give the same dossiers as the main thread', async () => {
  const dir = await makeInputs();
  const inline = new SqliteStore(':memory:');
  const pooled = new SqliteStore(':memory:');
  const pool = poolAnalyzer(2);
  try {
    await ingest([join(dir, 'good')], { store: inline, analyzer: inlineAnalyzer() });
    const summary = await ingest([join(dir, 'good')], { store: pooled, analyzer: pool, inFlight: 4 });
    assert.equal(summary.stored, 10);
    const dossiers = (s: SqliteStore) => s.db.prepare('SELECT ref, dossier FROM articles ORDER BY ref').all();
    assert.deepEqual(dossiers(pooled), dossiers(inline));
  } finally {
    await pool.close();
    await inline.close();
    await pooled.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
