// The read side: the SQL behind figures, events, relations, search and entity lookup.
import type Database from 'better-sqlite3';
import { normName, lastName } from '../merge/names.js';
import type { DateRange, EventFilter, EventRow, FigureRow, SearchHit } from '../types.js';

const EVENT_COLUMNS = `e.id, e.type, e.cameo, e.quad, e.intensity, e.mode, e.source_name AS source, e.target_name AS target,
  e.source_id, e.target_id, e.source_country, e.target_country, e.date, e.num_articles, e.num_sources, e.num_stories,
  e.evidence, e.first_article AS article, a.url, e.place, e.negated, e.hypothetical,
  (SELECT MIN(r.start) FROM event_reports r WHERE r.event_id = e.id) AS start`;

/** Entity ids for a name: exact alias first, then surname, then a prefix of any alias. */
export function findEntity(db: Database.Database, name: string): number[] {
  const norm = normName(name);
  const q = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().all(...args) as number[];
  const order = 'ORDER BY e.mentions DESC LIMIT 20';
  const exact = q(`SELECT DISTINCT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.norm = ? ${order}`, norm);
  if (exact.length) return exact;
  if (!norm.includes(' ')) {
    const bySurname = q(`SELECT DISTINCT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.last = ? AND e.type = 'PERSON' ${order}`, lastName(name));
    if (bySurname.length) return bySurname;
  }
  return q(`SELECT DISTINCT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.norm LIKE ? ESCAPE '\\' ${order}`, norm.replace(/[%_\\]/g, '\\$&') + '%');
}

function range(col: string, q: DateRange, where: string[], args: Record<string, unknown>): void {
  if (q.since) (where.push(`${col} >= @since`), (args.since = q.since));
  if (q.until) (where.push(`${col} <= @until`), (args.until = q.until));
}

/** Key people across the corpus: their key-figure scores (salience where none) summed over articles. */
export function figures(db: Database.Database, q: DateRange & { country?: string; limit?: number }): FigureRow[] {
  const where = ["e.type = 'PERSON'"];
  const args: Record<string, unknown> = { limit: q.limit ?? 20 };
  // the articles table is joined only when dates restrict the articles
  const dated = Boolean(q.since || q.until);
  range('a.date', q, where, args);
  if (q.country) (where.push('e.country = @country'), (args.country = q.country));
  return db.prepare<FigureRow>(`
    SELECT e.id AS entity, e.name, e.country, ROUND(SUM(CASE WHEN ae.figure > 0 THEN ae.figure ELSE ae.salience END), 3) AS score,
      COUNT(DISTINCT ae.article_id) AS articles, SUM(ae.mentions) AS mentions,
      (SELECT r.role || COALESCE(' of ' || r.of_name, '') FROM roles r WHERE r.entity_id = e.id ORDER BY r.date DESC LIMIT 1) AS role
    FROM entities e JOIN article_entities ae ON ae.entity_id = e.id ${dated ? 'JOIN articles a ON a.id = ae.article_id' : ''}
    WHERE ${where.join(' AND ')} GROUP BY e.id ORDER BY score DESC, e.name LIMIT @limit`).all(args);
}

/** Events matching a filter, newest first. */
export function events(db: Database.Database, q: EventFilter): EventRow[] {
  const where = ['1 = 1'];
  const args: Record<string, unknown> = { limit: q.limit ?? 100 };
  range('e.date', q, where, args);
  if (q.actor !== undefined) (where.push('(e.source_id = @actor OR e.target_id = @actor)'), (args.actor = q.actor));
  // "--type CONSULT" (PLOVER) or "--type 04" (a CAMEO code prefix)
  if (q.type) (where.push(/^\d+$/.test(q.type) ? "e.cameo LIKE @type || '%'" : 'e.type = @type'), (args.type = q.type.toUpperCase()));
  if (q.country) (where.push('(e.source_country = @country OR e.target_country = @country)'), (args.country = q.country));
  return db.prepare<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.first_article
    WHERE ${where.join(' AND ')} ORDER BY e.date DESC, e.id DESC LIMIT @limit`).all(args);
}

/** Events between two entities, either way round, oldest first. */
export function relations(db: Database.Database, x: number, y: number): EventRow[] {
  // two indexed lookups, one per direction (an OR would scan the events)
  const one = (from: string, to: string) => `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.first_article WHERE e.source_id = ${from} AND e.target_id = ${to}`;
  return db.prepare<EventRow>(`SELECT * FROM (${one('@x', '@y')} UNION ALL ${one('@y', '@x')}) ORDER BY date, id`).all({ x, y });
}

// user words -> an FTS5 query of quoted terms, so that "U.S.-Iran" cannot be a syntax error
const ftsQuery = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(' ');

/** Full-text search over titles and texts, best match first. */
export function search(db: Database.Database, text: string, limit = 20): SearchHit[] {
  const match = ftsQuery(text);
  if (!match) return [];
  return db.prepare<SearchHit>(`SELECT a.id, a.title, a.date, a.url, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, limit);
}
