// The schema, as numbered migrations; `schema_version` records which have run. A migration is never
// edited once released: a change is a new entry at the end.
import type Database from 'better-sqlite3';

const MIGRATIONS: string[] = [
  // 1: articles with full-text search, entities merged across articles, events merged across reports
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    b0 INTEGER NOT NULL, b1 INTEGER NOT NULL, b2 INTEGER NOT NULL, b3 INTEGER NOT NULL, b4 INTEGER NOT NULL, b5 INTEGER NOT NULL,
    simhash TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles(id),
    ref TEXT NOT NULL, ext_id TEXT, url TEXT, title TEXT, date TEXT, source TEXT,
    words INTEGER NOT NULL, text TEXT NOT NULL, dossier TEXT NOT NULL
  );
  CREATE INDEX articles_b0 ON articles(b0); CREATE INDEX articles_b1 ON articles(b1);
  CREATE INDEX articles_b2 ON articles(b2); CREATE INDEX articles_b3 ON articles(b3);
  CREATE INDEX articles_b4 ON articles(b4); CREATE INDEX articles_b5 ON articles(b5);
  CREATE INDEX articles_date ON articles(date);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
    articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_country ON entities(country, type);
  -- every name an entity went by, normalised; "last" is the surname key of person names
  CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id), name TEXT NOT NULL, norm TEXT NOT NULL,
    last TEXT NOT NULL, initials TEXT NOT NULL, PRIMARY KEY (entity_id, norm)
  ) WITHOUT ROWID;
  CREATE INDEX aliases_norm ON aliases(norm); CREATE INDEX aliases_last ON aliases(last);
  CREATE INDEX aliases_initials ON aliases(initials);

  CREATE TABLE article_entities (
    article_id INTEGER NOT NULL REFERENCES articles(id), entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL, salience REAL NOT NULL, mentions INTEGER NOT NULL, figure REAL NOT NULL,
    PRIMARY KEY (article_id, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity_id);
  CREATE TABLE mentions (
    article_id INTEGER NOT NULL, entity_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(entity_id); CREATE INDEX mentions_article ON mentions(article_id);
  CREATE TABLE roles (
    article_id INTEGER NOT NULL, entity_id INTEGER NOT NULL, role TEXT NOT NULL, of_id INTEGER, of_name TEXT,
    status TEXT NOT NULL, date TEXT, source TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX roles_entity ON roles(entity_id); CREATE INDEX roles_office ON roles(role, of_id, date);
  -- the distinct roles of each entity, read on every merge decision
  CREATE TABLE entity_roles (entity_id INTEGER NOT NULL, role TEXT NOT NULL, PRIMARY KEY (entity_id, role)) WITHOUT ROWID;

  CREATE TABLE events (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
    quad INTEGER NOT NULL, intensity REAL NOT NULL, source_id INTEGER, target_id INTEGER,
    source_name TEXT, target_name TEXT, source_country TEXT, target_country TEXT, date TEXT, place TEXT,
    negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
    num_articles INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0, num_stories INTEGER NOT NULL DEFAULT 0,
    first_article INTEGER NOT NULL, evidence TEXT NOT NULL
  );
  CREATE INDEX events_source ON events(source_id, date); CREATE INDEX events_target ON events(target_id, date);
  CREATE INDEX events_date ON events(date); CREATE INDEX events_type ON events(type, date);
  CREATE INDEX events_countries ON events(source_country, target_country);
  CREATE TABLE event_reports (
    event_id INTEGER NOT NULL, article_id INTEGER NOT NULL, source TEXT NOT NULL, story INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (event_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX event_reports_article ON event_reports(article_id);

  CREATE TABLE checks (
    article_id INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, evidence TEXT NOT NULL
  );
  CREATE INDEX checks_article ON checks(article_id);
  `,
  // 2: figures read every link of a person: a covering index spares a table lookup per row
  `
  DROP INDEX article_entities_entity;
  CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id, figure, salience, mentions);
  `,
];

/** Brings the database up to the latest schema; returns the version reached. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version').get();
  let version = row?.v ?? 0;
  if (version > MIGRATIONS.length) throw new Error(`dossier: database schema ${version} is newer than this program knows (${MIGRATIONS.length})`);
  for (; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(version + 1);
    })();
  }
  return version;
}
