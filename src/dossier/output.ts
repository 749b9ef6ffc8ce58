// Doc -> the dossier JSON contract (schema.ts). Every span carries its text.
import type { Doc, Span } from '../doc/types.js';
import { computeRelations } from './relations.js';
import { SCHEMA_VERSION, type DossierJson, type Evidence } from './schema.js';

const evidence = (doc: Doc, span: Span): Evidence => ({ start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) });
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The dossier JSON for an annotated document. */
export function toDossier(doc: Doc): DossierJson {
  const mentionById = new Map(doc.mentions.map((m) => [m.id, m]));
  return {
    schema_version: SCHEMA_VERSION,
    article: { title: doc.title, date: doc.date, text_length: doc.text.length, date_estimate: doc.dateEstimate },
    entities: doc.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country,
      // a title written before the name belongs to the mention: "Syrian Foreign Minister Faisal Mekdad"
      mentions: e.mentions.map((id) => mentionById.get(id)!).map((m) => evidence(doc, { start: m.titleStart ?? m.start, end: m.end })),
      salience: round(e.salience),
    })),
    roles: doc.roles.map((r) => ({ person: r.person, role: r.role, of: r.of, status: r.status, evidence: evidence(doc, r.evidence) })),
    key_figures: doc.keyFigures.map((k) => ({ entity: k.entity, score: round(k.score), why: k.why })),
    // what did not happen ("a wider war is not inevitable", "if attacked") is no event
    events: doc.events.filter((e) => !e.negated && !e.hypothetical).map(({ trigger: _t, sentence: _s, evidence: ev, ...rest }) => ({ ...rest, evidence: evidence(doc, ev) })),
    relations: computeRelations(doc),
    inconsistencies: doc.inconsistencies.map((x) => ({ ...x, evidence: x.evidence.map((s) => evidence(doc, s)) })),
  };
}
