// The dossier JSON contract: what `dossier analyze FILE --json` prints and what the store keeps.
// Versioned: a change that removes or renames a field bumps the major number.
import type { DateEstimate, EntityType, PloverType, RoleStatus } from '../doc/types.js';

export const SCHEMA_VERSION = '1.0';

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface DossierJson {
  schema_version: string;
  article: {
    title: string | null;
    date: string | null;
    text_length: number;
    date_estimate?: DateEstimate | null;
  };
  entities: Array<{
    id: string;
    name: string;
    type: EntityType;
    country: string | null;
    mentions: Evidence[];
    salience: number;
  }>;
  roles: Array<{
    person: string;
    role: string;
    of: string | null;
    status: RoleStatus;
    evidence: Evidence;
  }>;
  key_figures: Array<{ entity: string; score: number; why: string }>;
  events: Array<{
    id: string;
    type: PloverType;
    mode: string | null;
    cameo: string;
    quad: 1 | 2 | 3 | 4;
    intensity: number;
    source: string | null;
    target: string | null;
    source_country: string | null;
    target_country: string | null;
    date: string | null;
    place: string | null;
    negated: boolean;
    hypothetical: boolean;
    reported_by: string | null;
    evidence: Evidence;
  }>;
  relations: Array<{
    a: string;
    b: string;
    level: 'state' | 'actor';
    events: number;
    cooperation: number;
    conflict: number;
    score: number;
  }>;
  inconsistencies: Array<{
    kind: string;
    severity: 'info' | 'warning' | 'error';
    message: string;
    evidence: Evidence[];
  }>;
}
