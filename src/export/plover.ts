// Events as PLOVER JSON Lines: one event a line, in the field names of the PLOVER / POLECAT data.
import type { DossierJson } from '../dossier/schema.js';

/** One PLOVER record. */
export interface PloverRecord {
  id: string;
  story_id: string | null;
  date: string | null;
  event_type: string;
  event_mode: string | null;
  event_intensity: number;
  cameo: string;
  quad_class: number;
  actor: string | null;
  actor_country: string | null;
  recipient: string | null;
  recipient_country: string | null;
  place: string | null;
  negated: boolean;
  hypothetical: boolean;
  reported_by: string | null;
  text: string;
  start: number;
  end: number;
  url: string | null;
}

/** A dossier's events as PLOVER records; `story` prefixes the ids so that several articles do not clash. */
export function ploverRecords(dossier: DossierJson, story: string | null = null, url: string | null = null, date: string | null = null): PloverRecord[] {
  const names = new Map(dossier.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : names.get(id) ?? id);
  return dossier.events.map((e) => ({
    id: story ? `${story}-${e.id}` : e.id, story_id: story, date: e.date ?? date ?? dossier.article.date,
    event_type: e.type, event_mode: e.mode, event_intensity: e.intensity, cameo: e.cameo, quad_class: e.quad,
    actor: name(e.source), actor_country: e.source_country, recipient: name(e.target), recipient_country: e.target_country,
    place: e.place, negated: e.negated, hypothetical: e.hypothetical, reported_by: e.reported_by === null ? null : name(e.reported_by),
    text: e.evidence.text, start: e.evidence.start, end: e.evidence.end, url,
  }));
}

/** Dossiers' events as PLOVER JSON Lines. */
export function eventsToPloverJsonl(items: Array<{ dossier: DossierJson; url?: string; date?: string; id?: string }>): string {
  const lines = items.flatMap((it, i) => ploverRecords(it.dossier, it.id ?? (items.length > 1 ? String(i + 1) : null), it.url ?? null, it.date ?? null).map((r) => JSON.stringify(r)));
  return lines.length ? lines.join('\n') + '\n' : '';
}
