// The SQLite store (better-sqlite3): WAL mode, migrations on open, one transaction per article.
import Database from 'better-sqlite3';
import type { DossierJson } from '../../dossier/schema.js';
import { textHash } from '../fingerprint.js';
import type { ArticleInput, ArticleRow, DateRange, EventFilter, Network, PutResult, Store, StoreCounts } from '../types.js';
import { checks } from './checks.js';
import { migrate } from './migrations.js';
import { profile } from './profile.js';
import { events, figures, findEntity, relations, search } from './queries.js';
import { ArticleWriter } from './write.js';

/** A store in one SQLite file (":memory:" for a throwaway one). */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly writer: ArticleWriter;
  private readonly byHash: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a crash may lose the last commits but never corrupts the file or half-writes one
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.writer = new ArticleWriter(this.db);
    this.byHash = this.db.prepare('SELECT 1 FROM articles WHERE hash = ?');
  }

  async hasText(text: string) { return this.byHash.get(textHash(text)) !== undefined; }
  async put(input: ArticleInput): Promise<PutResult> { return this.writer.put(input); }
  /** Many articles in one transaction (each still all-or-nothing): for bulk loads and benchmarks. */
  putMany(inputs: ArticleInput[]): PutResult[] { return this.db.transaction(() => inputs.map((i) => this.writer.put(i)))(); }

  async counts(): Promise<StoreCounts> {
    const n = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: n('SELECT COUNT(*) FROM articles'), near_duplicates: n('SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL'),
      entities: n('SELECT COUNT(*) FROM entities'), events: n('SELECT COUNT(*) FROM events'), roles: n('SELECT COUNT(*) FROM roles'),
    };
  }

  async findEntity(name: string) { return findEntity(this.db, name); }
  async figures(q: DateRange & { country?: string; limit?: number }) { return figures(this.db, q); }
  async entity(id: number) { return profile(this.db, id); }
  async events(q: EventFilter) { return events(this.db, q); }
  async relations(a: number, b: number) { return relations(this.db, a, b); }
  async search(text: string, limit?: number) { return search(this.db, text, limit); }
  async checks() { return checks(this.db); }

  async *articles(): AsyncIterable<ArticleRow> {
    const rows = this.db.prepare('SELECT id, ref, url, title, date, source, duplicate_of, dossier FROM articles ORDER BY id').iterate();
    for (const row of rows as IterableIterator<Omit<ArticleRow, 'dossier'> & { dossier: string }>) yield { ...row, dossier: JSON.parse(row.dossier) as DossierJson };
  }

  async network(): Promise<Network> {
    const edges = this.db.prepare(`SELECT source_id AS source, target_id AS target, SUM(num_articles) AS events,
        SUM(CASE WHEN quad IN (1, 2) THEN num_articles ELSE 0 END) AS cooperation, SUM(CASE WHEN quad IN (3, 4) THEN num_articles ELSE 0 END) AS conflict
      FROM events WHERE source_id IS NOT NULL AND target_id IS NOT NULL AND source_id <> target_id AND negated = 0
      GROUP BY source_id, target_id ORDER BY source_id, target_id`).all() as Network['edges'];
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const node = this.db.prepare('SELECT id, name, type, country FROM entities WHERE id = ?');
    return { nodes: ids.sort((a, b) => a - b).map((id) => node.get(id) as Network['nodes'][number]), edges };
  }

  async close() { if (this.db.open) this.db.close(); }
}

/** Opens (creating and migrating when needed) the store in `file`. */
export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(file);
}
