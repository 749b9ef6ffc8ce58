// Relations: the events between each pair of states and of actors, summed, in the spirit of GDELT's
// Actor1CountryCode / Actor2CountryCode roll-ups. Negated and hypothetical events do not count.
import type { Doc, DossierEvent } from '../doc/types.js';
import type { DossierJson } from './schema.js';

type Relation = DossierJson['relations'][number];

const happened = (e: DossierEvent) => !e.negated && !e.hypothetical;

function add(table: Map<string, Relation>, level: Relation['level'], x: string, y: string, e: DossierEvent): void {
  if (x === y) return;
  const [a, b] = x < y ? [x, y] : [y, x];
  const key = `${level}:${a}:${b}`;
  const r = table.get(key) ?? { a, b, level, events: 0, cooperation: 0, conflict: 0, score: 0 };
  r.events++;
  if (e.quad <= 2) r.cooperation++;
  else r.conflict++;
  r.score = Math.round((r.score + e.intensity) * 10) / 10;
  table.set(key, r);
}

/** The relations of a document: per unordered pair of states (ISO3) and of actors (entity ids). */
export function computeRelations(doc: Doc): DossierJson['relations'] {
  const table = new Map<string, Relation>();
  for (const e of doc.events.filter(happened)) {
    if (e.source_country && e.target_country) add(table, 'state', e.source_country, e.target_country, e);
    if (e.source && e.target) add(table, 'actor', e.source, e.target, e);
  }
  const levelOrder = (r: Relation) => (r.level === 'state' ? 0 : 1);
  return [...table.values()].sort((x, y) => levelOrder(x) - levelOrder(y) || y.events - x.events || (x.a + x.b).localeCompare(y.a + y.b));
}
