import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizePair } from '../../src/query/relations.js';
import { timeline } from '../../src/query/timeline.js';
import { buildInput } from '../../src/store/fixtures.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { CORPUS } from './corpus.js';

let dir: string;
let store: SqliteStore;
const id = async (name: string) => (await store.findEntity(name))[0];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-queries-'));
  store = new SqliteStore(join(dir, 'q.db'));
  for (const spec of CORPUS) await store.put(buildInput(spec));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('figures ranks people across articles and filters by date and country', async () => {
  const names = async (q: Parameters<SqliteStore['figures']>[0]) => (await store.figures(q)).map((f) => f.name);
  assert.deepEqual(await names({}), ['William Ruto', 'Samia Suluhu Hassan', 'Jeje Odongo', 'Henry Oryem Okello']);
  assert.deepEqual(await names({ country: 'UGA' }), ['Jeje Odongo', 'Henry Oryem Okello']);
  assert.deepEqual(await names({ since: '2024-06-01', country: 'TZA' }), ['Samia Suluhu Hassan']);
  // in May Hassan is the key figure of both articles, Ruto of one
  assert.deepEqual(await names({ until: '2024-05-31' }), ['Samia Suluhu Hassan', 'William Ruto']);
  const ruto = (await store.figures({}))[0];
  assert.deepEqual([ruto.articles, ruto.role], [3, 'president of Kenya']);
});

test('entity merges "Ruto" into "William Ruto" and builds a profile', async () => {
  assert.equal(await id('Ruto'), await id('William Ruto'));
  const p = (await store.entity(await id('Ruto')))!;
  assert.deepEqual(p.aliases, ['Ruto', 'William Ruto']);
  assert.deepEqual(p.roles.map((r) => [r.role, r.of, r.first]), [['president', 'Kenya', '2024-05-13']]);
  assert.deepEqual(p.counterparts.map((c) => [c.name, c.events, c.cooperation, c.conflict]), [['Samia Suluhu Hassan', 2, 1, 1]]);
  assert.deepEqual(p.perWeek.map((w) => w.mentions), [2, 1]);
});

test('events: one agreement reported by two sources, filters by actor, type, country and date', async () => {
  const all = await store.events({});
  assert.equal(all.length, 2);
  const agree = all.find((e) => e.type === 'AGREE')!;
  assert.deepEqual([agree.num_articles, agree.num_sources, agree.date], [2, 2, '2024-05-13']);
  assert.deepEqual((await store.events({ type: 'ACCUSE' })).map((e) => e.date), ['2024-06-20']);
  assert.deepEqual((await store.events({ type: '11' })).map((e) => e.type), ['ACCUSE'], 'a CAMEO prefix');
  assert.equal((await store.events({ country: 'TZA' })).length, 2);
  assert.equal((await store.events({ country: 'UGA' })).length, 0);
  assert.equal((await store.events({ actor: await id('Hassan'), until: '2024-05-31' })).length, 1);
});

test('relations and timeline put the pair in order: cooperation, then conflict', async () => {
  const events = await store.relations(await id('Hassan'), await id('Ruto'));
  assert.deepEqual(events.map((e) => e.type), ['AGREE', 'ACCUSE']);
  const s = summarizePair(events);
  assert.deepEqual([s.cooperation, s.conflict, s.balance], [1, 1, 0]);
  assert.deepEqual(s.months.map((m) => m.month), ['2024-05', '2024-06']);
  assert.deepEqual(timeline(await store.events({})).map((e) => e.date), ['2024-05-13', '2024-06-20']);
});

test('search and checks', async () => {
  assert.deepEqual((await store.search('inspection fees')).map((h) => h.title), ['Kenya accuses Tanzania over fees']);
  assert.deepEqual(await store.search('"'), []);
  const checks = await store.checks();
  assert.deepEqual(checks.map((c) => c.kind), ['office_conflict', 'fixture']);
  assert.match(checks[0].message, /^Jeje Odongo vs Henry Oryem Okello each named foreign minister of Uganda on 2024-06-20/);
});
