// One article into the database, all or nothing: the article, its dossier, entities, mentions,
// roles, events and checks.
import type Database from 'better-sqlite3';
import type { DossierJson } from '../../dossier/schema.js';
import { hostOf } from '../../ingest/readers/bytes.js';
import { bands, hamming, NEAR_DUPLICATE_BITS, simhash, textHash } from '../fingerprint.js';
import type { ArticleInput, PutResult } from '../types.js';
import { EntityIndex } from './entities.js';

type Ids = Map<string, number>;

/** Prepared statements for writing articles into one database. */
export class ArticleWriter {
  private readonly entities: EntityIndex;
  private readonly s: Record<string, Database.Statement>;
  readonly put: (input: ArticleInput) => PutResult;

  constructor(db: Database.Database) {
    this.entities = new EntityIndex(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byHash: p('SELECT id FROM articles WHERE hash = ?'),
      // one indexed lookup per band (an OR over six columns would scan the table)
      near: p([0, 1, 2, 3, 4, 5].map((b) => `SELECT * FROM (SELECT id, simhash, duplicate_of FROM articles WHERE b${b} = ? ORDER BY id LIMIT 40)`).join(' UNION ')),
      article: p(`INSERT INTO articles (hash, b0, b1, b2, b3, b4, b5, simhash, duplicate_of, ref, ext_id, url, title, date, source, words, text, dossier)
        VALUES (@hash, @b0, @b1, @b2, @b3, @b4, @b5, @simhash, @duplicate_of, @ref, @ext_id, @url, @title, @date, @source, @words, @text, @dossier)`),
      fts: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      link: p('INSERT INTO article_entities (article_id, entity_id, local_id, salience, mentions, figure) VALUES (?, ?, ?, ?, ?, ?)'),
      mention: p('INSERT INTO mentions (article_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      role: p(`INSERT INTO roles (article_id, entity_id, role, of_id, of_name, status, date, source, start, end, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      event: p(`INSERT INTO events (key, type, mode, cameo, quad, intensity, source_id, target_id, source_name, target_name,
        source_country, target_country, date, place, negated, hypothetical, first_article, evidence)
        VALUES (@key, @type, @mode, @cameo, @quad, @intensity, @source_id, @target_id, @source_name, @target_name,
        @source_country, @target_country, @date, @place, @negated, @hypothetical, @article, @evidence)
        ON CONFLICT(key) DO UPDATE SET key = key RETURNING id`),
      report: p('INSERT OR IGNORE INTO event_reports (event_id, article_id, source, story, start, end) VALUES (?, ?, ?, ?, ?, ?)'),
      recount: p(`UPDATE events SET num_articles = (SELECT COUNT(*) FROM event_reports WHERE event_id = @id),
        num_sources = (SELECT COUNT(DISTINCT source) FROM event_reports WHERE event_id = @id),
        num_stories = (SELECT COUNT(DISTINCT story) FROM event_reports WHERE event_id = @id) WHERE id = @id`),
      entityRole: p('INSERT OR IGNORE INTO entity_roles (entity_id, role) VALUES (?, ?)'),
      check: p('INSERT INTO checks (article_id, kind, severity, message, evidence) VALUES (?, ?, ?, ?, ?)'),
    };
    this.put = db.transaction((input: ArticleInput) => this.write(input));
  }

  private nearDuplicate(h: bigint): number | null {
    const b = bands(h);
    let best: { id: number; d: number } | null = null;
    for (const row of this.s.near.all(...b) as Array<{ id: number; simhash: string; duplicate_of: number | null }>) {
      const d = hamming(h, BigInt('0x' + row.simhash));
      if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d)) best = { id: row.duplicate_of ?? row.id, d };
    }
    return best?.id ?? null;
  }

  private write({ ref, article, dossier }: ArticleInput): PutResult {
    const hash = textHash(article.text);
    const known = this.s.byHash.get(hash) as { id: number } | undefined;
    if (known) return { status: 'duplicate', id: known.id };
    const h = simhash(article.text);
    const dup = this.nearDuplicate(h);
    const [b0, b1, b2, b3, b4, b5] = bands(h);
    const title = article.title ?? dossier.article.title ?? null;
    const date = article.date ?? dossier.article.date ?? null;
    const source = article.source ?? hostOf(article.url) ?? null;
    const id = Number(this.s.article.run({
      hash, b0, b1, b2, b3, b4, b5, simhash: h.toString(16).padStart(16, '0'), duplicate_of: dup, ref, ext_id: article.id ?? null,
      url: article.url ?? null, title, date, source, words: article.text.split(/\s+/).filter(Boolean).length,
      text: article.text, dossier: JSON.stringify(dossier),
    }).lastInsertRowid);
    this.s.fts.run(id, title ?? '', article.text);
    const ids = this.writeEntities(id, dossier);
    this.writeRoles(id, dossier, ids, date, source);
    this.writeEvents(id, dup ?? id, dossier, ids, date, source ?? ref);
    for (const c of dossier.inconsistencies) this.s.check.run(id, c.kind, c.severity, c.message, JSON.stringify(c.evidence));
    return { status: 'stored', id, nearDuplicateOf: dup };
  }

  private writeEntities(article: number, dossier: DossierJson): Ids {
    const ids: Ids = new Map();
    const figure = new Map(dossier.key_figures.map((k) => [k.entity, k.score]));
    for (const e of dossier.entities) {
      const roles = dossier.roles.filter((r) => r.person === e.id).map((r) => r.role);
      const gid = this.entities.resolve({ name: e.name, type: e.type, country: e.country, roles }, e.mentions.length);
      ids.set(e.id, gid);
      this.s.link.run(article, gid, e.id, e.salience, e.mentions.length, figure.get(e.id) ?? 0);
      for (const m of e.mentions) this.s.mention.run(article, gid, m.start, m.end, m.text);
    }
    return ids;
  }

  private writeRoles(article: number, dossier: DossierJson, ids: Ids, date: string | null, source: string | null): void {
    const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
    for (const r of dossier.roles) {
      const person = ids.get(r.person);
      if (person === undefined) continue;
      const of = r.of === null ? null : ids.get(r.of) ?? null;
      const ofName = r.of === null ? null : names.get(r.of) ?? r.of;
      this.s.entityRole.run(person, r.role);
      this.s.role.run(article, person, r.role, of, ofName, r.status, date, source, r.evidence.start, r.evidence.end, r.evidence.text);
    }
  }

  private writeEvents(article: number, story: number, dossier: DossierJson, ids: Ids, articleDate: string | null, source: string): void {
    const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
    for (const ev of dossier.events) {
      const sid = ev.source === null ? null : ids.get(ev.source) ?? null;
      const tid = ev.target === null ? null : ids.get(ev.target) ?? null;
      const date = ev.date ?? articleDate;
      // the same event: same type, actors (or their countries), date and polarity, whoever reports it
      const actor = (id: number | null, country: string | null, raw: string | null) => (id !== null ? `e${id}` : country ? `c:${country}` : raw ?? '-');
      const key = [ev.type, actor(sid, ev.source_country, ev.source), actor(tid, ev.target_country, ev.target), date ?? '', ev.negated ? 'neg' : '', ev.hypothetical ? 'hyp' : ''].join('|');
      const row = this.s.event.get({
        key, type: ev.type, mode: ev.mode, cameo: ev.cameo, quad: ev.quad, intensity: ev.intensity, source_id: sid, target_id: tid,
        source_name: ev.source === null ? null : names.get(ev.source) ?? ev.source, target_name: ev.target === null ? null : names.get(ev.target) ?? ev.target,
        source_country: ev.source_country, target_country: ev.target_country, date, place: ev.place, negated: ev.negated ? 1 : 0,
        hypothetical: ev.hypothetical ? 1 : 0, article, evidence: ev.evidence.text,
      }) as { id: number };
      this.s.report.run(row.id, article, source, story, ev.evidence.start, ev.evidence.end);
      this.s.recount.run({ id: row.id });
    }
  }
}
