// One entity's profile: aliases, roles over time, counterparts, recent events, mentions per week.
import type Database from 'better-sqlite3';
import type { EntityProfile } from '../types.js';
import { events } from './queries.js';

/** The profile of entity `id`, or null when there is none. */
export function profile(db: Database.Database, id: number): EntityProfile | null {
  const e = db.prepare('SELECT id, name, type, country, articles, mentions FROM entities WHERE id = ?').get(id) as
    Pick<EntityProfile, 'id' | 'name' | 'type' | 'country' | 'articles' | 'mentions'> | undefined;
  if (!e) return null;
  const aliases = db.prepare('SELECT name FROM aliases WHERE entity_id = ? ORDER BY name').pluck().all(id) as string[];
  const roles = db.prepare(`SELECT role, of_name AS "of", status, MIN(date) AS first, MAX(date) AS last, COUNT(DISTINCT article_id) AS articles
    FROM roles WHERE entity_id = ? GROUP BY role, of_name, status ORDER BY first IS NULL, first, role`).all(id) as EntityProfile['roles'];
  const counterparts = db.prepare(`SELECT o.id, o.name, COUNT(*) AS events,
      SUM(ev.quad IN (1, 2)) AS cooperation, SUM(ev.quad IN (3, 4)) AS conflict
    FROM events ev JOIN entities o ON o.id = CASE WHEN ev.source_id = @id THEN ev.target_id ELSE ev.source_id END
    WHERE (ev.source_id = @id OR ev.target_id = @id) AND o.id <> @id
    GROUP BY o.id ORDER BY events DESC, o.name LIMIT 10`).all({ id }) as EntityProfile['counterparts'];
  // ISO-like weeks: "2024-W31"
  const perWeek = db.prepare(`SELECT strftime('%Y-W%W', a.date) AS week, COUNT(*) AS mentions
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? AND a.date IS NOT NULL
    GROUP BY week ORDER BY week`).all(id) as EntityProfile['perWeek'];
  return { ...e, aliases, roles, counterparts, recent: events(db, { actor: id, limit: 10 }), perWeek };
}
