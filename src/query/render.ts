// Query answers as readable text.
import type { CheckRow, EventRow, FigureRow, SearchHit } from '../store/types.js';
import { table } from './table.js';

const actor = (name: string | null, country: string | null) => (name ?? country ?? '-') + (name && country ? ` (${country})` : '');

/** Key figures: rank, name, country, score, articles, latest role. */
export const renderFigures = (rows: FigureRow[]): string =>
  table(['#', 'name', 'country', 'score', 'articles', 'mentions', 'role'], rows.map((r, i) => [i + 1, r.name, r.country, r.score, r.articles, r.mentions, r.role]));

/** Events: date, who did what to whom, how many articles and sources report it. */
export const renderEvents = (rows: EventRow[]): string =>
  table(['date', 'type', 'cameo', 'source', 'target', 'articles', 'sources', 'evidence'],
    rows.map((e) => [e.date, e.type, e.cameo, actor(e.source, e.source_country), actor(e.target, e.target_country), e.num_articles, e.num_sources, e.evidence]), 50);

/** Search hits with the matching words in [brackets]. */
export const renderSearch = (hits: SearchHit[]): string =>
  table(['id', 'date', 'title', 'snippet'], hits.map((h) => [h.id, h.date, h.title, h.snippet]), 70);

/** Inconsistencies, most severe first. */
export function renderChecks(rows: CheckRow[]): string {
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const sorted = [...rows].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
  return table(['severity', 'kind', 'articles', 'message'], sorted.map((c) => [c.severity, c.kind, c.articles.join(','), c.message]), 100);
}
