import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildInput } from '../../src/store/fixtures.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { CORPUS } from './corpus.js';

let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  db = join(dir, 'c.db');
  const store = new SqliteStore(db);
  for (const spec of CORPUS) await store.put(buildInput(spec));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command module's run() and captures what it prints. */
async function cli(name: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const mod = (await import(`../../src/cli/commands/${name}.js`)) as { run(a: string[]): Promise<number> };
  let out = '';
  let err = '';
  const [w1, w2] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await mod.run(args), out, err };
  } finally {
    [process.stdout.write, process.stderr.write] = [w1, w2];
  }
}

test('query commands print JSON with --json and a table without', async () => {
  const figures = await cli('figures', ['--db', db, '--country', 'Kenya', '--json']);
  assert.equal(figures.code, 0);
  assert.deepEqual(JSON.parse(figures.out).map((f: { name: string }) => f.name), ['William Ruto']);
  const table = await cli('figures', ['--db', db]);
  assert.match(table.out.split("\n")[0], /^\s*#\s+name\s+country\s+score/);
  const events = await cli('events', ['--db', db, '--actor', 'Hassan', '--type', 'ACCUSE', '--json']);
  assert.deepEqual(JSON.parse(events.out).map((e: { source: string }) => e.source), ['William Ruto']);
  const relations = await cli('relations', ['Ruto', 'Hassan', '--db', db, '--json']);
  assert.deepEqual([JSON.parse(relations.out).cooperation, JSON.parse(relations.out).conflict], [1, 1]);
  const entity = await cli('entity', ['Odongo', '--db', db]);
  assert.match(entity.out, /^Jeje Odongo \(PERSON, UGA\)/);
  const search = await cli('search', ['Namanga', '--db', db, '--json']);
  assert.equal(JSON.parse(search.out).length, 1);
  const checks = await cli('checks', ['--db', db]);
  assert.match(checks.out, /office_conflict/);
  const timeline = await cli('timeline', ['--actor', 'William Ruto', '--db', db, '--json']);
  assert.deepEqual(JSON.parse(timeline.out).map((e: { type: string }) => e.type), ['AGREE', 'ACCUSE']);
});

test('errors: one line on stderr, exit 2 for usage and 1 for failures', async () => {
  const rows: Array<[string, string[], number, RegExp]> = [
    ['figures', ['--db', db, '--bogus'], 2, /^dossier figures: Unknown option '--bogus'/],
    ['relations', ['Ruto', '--db', db], 2, /missing argument/],
    ['figures', ['--db', db, '--since', 'last week'], 1, /is not a date/],
    ['events', ['--db', db, '--country', 'Atlantis'], 1, /not a country/],
    ['entity', ['Nobody Atall', '--db', db], 1, /no entity named "Nobody Atall"/],
    ['search', ['x', '--db', join(dir, 'none.db')], 1, /no store at .*none\.db/],
    ['export', ['--db', db, '--format', 'pdf'], 2, /--format must be one of/],
    ['ingest', ['--jobs', '0', 'x'], 2, /--jobs must be/],
  ];
  for (const [name, args, code, message] of rows) {
    const r = await cli(name, args);
    assert.equal(r.code, code, `${name} ${args.join(' ')}`);
    assert.match(r.err, message);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
});

test('export writes every format to --out', async () => {
  const out = (f: string) => join(dir, `x.${f}`);
  for (const format of ['jsonl', 'csv', 'events-tsv', 'graphml', 'gexf']) {
    const r = await cli('export', ['--db', db, '--format', format, '--out', out(format)]);
    assert.equal(r.code, 0, `${format}: ${r.err}`);
  }
  assert.equal(readFileSync(out('jsonl'), 'utf8').trim().split('\n').length, CORPUS.length);
  const csv = readFileSync(out('csv'), 'utf8').trim().split('\r\n');
  assert.equal(csv.length, 3);
  const tsv = readFileSync(out('events-tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(tsv.map((r) => [r.length, r[1], r[26], r[29], r[33]]), [[61, '20240513', '057', '1', '2'], [61, '20240620', '112', '3', '1']]);
  const xml = new XMLParser({ ignoreAttributes: false });
  const graphml = xml.parse(readFileSync(out('graphml'), 'utf8'));
  assert.equal(graphml.graphml.graph.node.length, 2);
  const gexf = xml.parse(readFileSync(out('gexf'), 'utf8'));
  // AGREE (2 articles) and ACCUSE (1 article), Ruto -> Hassan: one edge of weight 3
  const edge = gexf.gexf.graph.edges.edge;
  assert.deepEqual([edge['@_weight'], edge.attvalues.attvalue.map((a: Record<string, string>) => a['@_value'])], ['3', ['2', '1']]);
});
