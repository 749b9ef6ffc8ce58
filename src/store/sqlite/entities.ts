// Entities across articles: look up candidates by name keys, decide with chooseEntity, then
// create or enrich the stored entity.
import type Database from 'better-sqlite3';
import { chooseEntity, lookupKeys, type Candidate, type LocalEntity } from '../merge/resolve.js';
import { initials, isAcronym, lastName, nameWords, normName } from '../merge/names.js';

// "U.N." -> "un": an acronym is stored under its letters, a long name under its initials
const initialsKey = (name: string) => (isAcronym(name) ? name.replace(/\./g, '').toLowerCase() : initials(name));

/** Finds and records entities in one database; statements prepared once. */
export class EntityIndex {
  private readonly find;
  private readonly aliasesOf;
  private readonly rolesOf;
  private readonly insert;
  private readonly addAlias;
  private readonly update;

  constructor(db: Database.Database) {
    this.find = db.prepare<{ id: number; type: string; country: string | null; mentions: number }>(`
      SELECT DISTINCT e.id, e.type, e.country, e.mentions FROM aliases a JOIN entities e ON e.id = a.entity_id
      WHERE e.type = @type AND (a.norm = @norm OR (@person AND a.last = @last) OR (@ini <> '' AND a.initials = @ini))
      UNION SELECT id, type, country, mentions FROM entities WHERE type = 'GPE' AND @type = 'GPE' AND country = @country
      LIMIT 50`);
    this.aliasesOf = db.prepare('SELECT name FROM aliases WHERE entity_id = ?').pluck();
    this.rolesOf = db.prepare('SELECT role FROM entity_roles WHERE entity_id = ? LIMIT 20').pluck();
    this.insert = db.prepare('INSERT INTO entities (name, type, country) VALUES (?, ?, ?)');
    this.addAlias = db.prepare('INSERT OR IGNORE INTO aliases (entity_id, name, norm, last, initials) VALUES (?, ?, ?, ?, ?)');
    this.update = db.prepare(`UPDATE entities SET articles = articles + 1, mentions = mentions + @mentions,
      country = COALESCE(country, @country), name = CASE WHEN @better THEN @name ELSE name END WHERE id = @id`);
  }

  private candidates(local: LocalEntity): Candidate[] {
    const keys = lookupKeys(local);
    const rows = this.find.all({ type: local.type, norm: keys.norm, person: local.type === 'PERSON' ? 1 : 0, last: keys.last, ini: initialsKey(local.name), country: local.country });
    return rows.map((r) => ({ ...r, aliases: this.aliasesOf.all(r.id) as string[], roles: this.rolesOf.all(r.id) as string[] }));
  }

  /** The stored entity for an article's entity, created when new; counts one more article. */
  resolve(local: LocalEntity, mentions: number): number {
    const found = chooseEntity(local, this.candidates(local));
    // "Mekdad" stored first, "Faisal Mekdad" seen later: the fuller name becomes the entity's name
    const better = found !== null && local.type === 'PERSON' && nameWords(local.name).length > this.longest(found) ? 1 : 0;
    const id = found ?? Number(this.insert.run(local.name, local.type, local.country).lastInsertRowid);
    this.addAlias.run(id, local.name, normName(local.name), lastName(local.name), initialsKey(local.name));
    this.update.run({ id, mentions, country: local.country, name: local.name, better });
    return id;
  }

  private longest(id: number): number {
    return Math.max(0, ...(this.aliasesOf.all(id) as string[]).map((a) => nameWords(a).length));
  }
}
