// The store: one interface, so that SQLite (the default) and PostgreSQL implementations are
// interchangeable and pass the same contract test (contract.ts).
import type { DossierJson } from '../dossier/schema.js';
import type { RawArticle } from '../ingest/types.js';

/** An analysed article, ready to be stored. */
export interface ArticleInput {
  /** where it was read: path, path:line or path#n */
  ref: string;
  article: RawArticle;
  dossier: DossierJson;
}

export type PutResult =
  | { status: 'stored'; id: number; nearDuplicateOf: number | null }
  /** the same text (after normalisation) is already stored as article `id` */
  | { status: 'duplicate'; id: number };

/** YYYY-MM-DD bounds, inclusive; ISO3 country code. */
export interface DateRange { since?: string; until?: string }

export interface FigureRow { entity: number; name: string; country: string | null; score: number; articles: number; mentions: number; role: string | null }
export interface EventRow {
  id: number; type: string; cameo: string; quad: number; intensity: number; mode: string | null;
  source: string | null; target: string | null; source_id: number | null; target_id: number | null;
  source_country: string | null; target_country: string | null; date: string | null;
  num_articles: number; num_sources: number; num_stories: number; evidence: string;
  /** the first reporting article */
  article: number; url: string | null; place: string | null; negated: number; hypothetical: number;
  /** earliest offset of the evidence in a reporting article */
  start: number;
}
export interface RoleSpell { role: string; of: string | null; status: string; first: string | null; last: string | null; articles: number }
export interface EntityProfile {
  id: number; name: string; type: string; country: string | null; aliases: string[]; articles: number; mentions: number;
  roles: RoleSpell[];
  counterparts: Array<{ id: number; name: string; events: number; cooperation: number; conflict: number }>;
  recent: EventRow[];
  perWeek: Array<{ week: string; mentions: number }>;
}
export interface SearchHit { id: number; title: string | null; date: string | null; url: string | null; snippet: string }
export interface CheckRow { kind: string; severity: string; message: string; articles: number[]; evidence: string[] }
export interface ArticleRow { id: number; ref: string; url: string | null; title: string | null; date: string | null; source: string | null; duplicate_of: number | null; dossier: DossierJson }
export interface NetworkEdge { source: number; target: number; events: number; cooperation: number; conflict: number }
export interface Network { nodes: Array<{ id: number; name: string; type: string; country: string | null }>; edges: NetworkEdge[] }
export interface StoreCounts { articles: number; near_duplicates: number; entities: number; events: number; roles: number }

/** `limit` -1 means all. */
export interface EventFilter extends DateRange { actor?: number; type?: string; country?: string; limit?: number }

/** Everything Dossier keeps about a corpus. Every write of one article is atomic. */
export interface Store {
  /** true when an article with this text (after normalisation) is stored */
  hasText(text: string): Promise<boolean>;
  /** stores an article with its dossier, entities, mentions, roles, events and checks, in one transaction */
  put(input: ArticleInput): Promise<PutResult>;
  counts(): Promise<StoreCounts>;
  /** entity ids whose name or alias matches, best first */
  findEntity(name: string): Promise<number[]>;
  figures(q: DateRange & { country?: string; limit?: number }): Promise<FigureRow[]>;
  entity(id: number): Promise<EntityProfile | null>;
  events(q: EventFilter): Promise<EventRow[]>;
  /** events between two entities, both directions, oldest first */
  relations(a: number, b: number): Promise<EventRow[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  checks(): Promise<CheckRow[]>;
  articles(): AsyncIterable<ArticleRow>;
  network(): Promise<Network>;
  close(): Promise<void>;
}
