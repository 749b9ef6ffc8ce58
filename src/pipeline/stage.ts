import type { Doc } from '../doc/types.js';
import type { OfficeKb } from '../kb/index.js';
import type { PersonIndex } from '../kb/person-index.js';
import type { Knowledge } from '../knowledge/index.js';

/** The annotation layers of a Doc that stages read and write. */
export type Layer = 'sentences' | 'tokens' | 'nerSpans' | 'mentions' | 'demonyms' | 'entities' | 'roleClaims' | 'roles' | 'keyFigures' | 'events' | 'inconsistencies' | 'dateEstimate' | 'date';

/** Shared, read-only resources a stage may use; loaded once per process. */
export interface Context {
  knowledge: Knowledge;
  /** who held which office when (data/kb plus the user's --kb files) */
  offices: OfficeKb;
  /** the office holders indexed by name */
  people: PersonIndex;
}

/** One named step of the pipeline: what it needs, what it adds, and how. */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  run(doc: Doc, context: Context): void;
}
