import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../contract.js';
import { SqliteStore } from './store.js';

runStoreContract('sqlite', () => new SqliteStore(':memory:'));

test('sqlite: a file store is in WAL mode at the latest schema, and reopens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  try {
    const file = join(dir, 'x.db');
    const store = new SqliteStore(file);
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    const version = () => store.db.prepare('SELECT MAX(version) FROM schema_version').pluck().get();
    assert.equal(version(), 2);
    store.db.close();
    const again = new SqliteStore(file);
    assert.equal(again.db.prepare('SELECT COUNT(*) FROM schema_version').pluck().get(), 2);
    again.db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
