import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { generateArticle } from '../../src/store/generate.js';
import { projectRoot } from '../../src/util/paths.js';

const N = 300;

// compiled (npm test): the real `dossier` binary; from source (tsx): the same main() through tsx
function command(args: string[]): string[] {
  const bin = join(projectRoot(), 'bin', 'dossier.js');
  const compiled = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
  if (import.meta.url.endsWith('.js') && existsSync(bin) && existsSync(compiled)) return [bin, ...args];
  const main = pathToFileURL(join(projectRoot(), 'src', 'cli', 'main.ts')).href;
  return ['--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(process.argv.slice(1));`, ...args];
}

function run(args: string[], onStart?: (child: ReturnType<typeof spawn>) => void): Promise<number | null> {
  const child = spawn(process.execPath, command(args), { cwd: projectRoot(), stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.resume();
  onStart?.(child);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('ingest killed with SIGKILL mid-way, then rerun, stores every article exactly once', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
  const input = join(dir, 'gen.jsonl');
  const db = join(dir, 'kill.db');
  writeFileSync(input, Array.from({ length: N }, (_, i) => {
    const a = generateArticle(i);
    return JSON.stringify({ id: `g${i}`, title: a.title, date: a.date, url: a.url, text: a.text });
  }).join('\n') + '\n');
  try {
    let killedAt = -1;
    const first = await run(['ingest', input, '--db', db], (child) => {
      // kill as soon as some, but not all, articles are in
      const poll = setInterval(() => {
        const n = storedCount(db);
        if (n >= 5 && n < N) {
          killedAt = n;
          child.kill('SIGKILL');
          clearInterval(poll);
        }
      }, 20);
      child.on('exit', () => clearInterval(poll));
    });
    if (killedAt < 0) assert.equal(first, 0, 'the first run finished before it could be killed');
    else assert.equal(first, null, 'the first run was killed');
    t.diagnostic(`killed after ${killedAt} of ${N} articles were stored`);

    assert.equal(await run(['ingest', input, '--db', db]), 0);
    const conn = new Database(db, { readonly: true });
    try {
      assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(conn.prepare('SELECT COUNT(*) FROM articles').pluck().get(), N);
      assert.equal(conn.prepare('SELECT COUNT(DISTINCT ext_id) FROM articles').pluck().get(), N);
      // no rows of a half-written article: everything points to a stored article
      for (const table of ['mentions', 'article_entities', 'roles', 'event_reports', 'checks'])
        assert.equal(conn.prepare(`SELECT COUNT(*) FROM ${table} WHERE article_id NOT IN (SELECT id FROM articles)`).pluck().get(), 0, table);
      assert.equal(conn.prepare("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'report'").pluck().get(), N);
    } finally {
      conn.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
