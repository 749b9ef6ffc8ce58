// Role claims made comparable: who (entity), which office, of which state, with what status, and whether
// the text marks the claim as "new" or explicitly "current".
import type { Doc, Mention, RoleClaim, RoleStatus, Span } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import { phraseKeys } from '../../nlp/tokenizer.js';

export type Marker = 'new' | 'current' | null;

export interface Claim {
  /** entity id of the person, or "m<id>" when the mention is unresolved */
  person: string;
  name: string;
  role: string;
  /** ISO3 code of the state, "org:<id>" for an organisation, null when the text does not say */
  state: string | null;
  status: RoleStatus;
  marker: Marker;
  /** one holder at a time (titles.yaml `single: true`) */
  single: boolean;
  evidence: Span;
}

// Lower case only, so that "New Zealand's prime minister" is no "new" prime minister:
// "Iran's new president, Ebrahim Raisi", "new US Secretary of State Antony Blinken".
const NEW = /(?:^|[\s,’'])(new|newly[- ](?:elected|appointed))\s/;
// "Pakistan's current defence minister, Khawaja Asif", "the incumbent president", "the sitting prime minister"
const CURRENT = /(?:^|[\s’'])(current|incumbent|sitting)\s/;

/** What the evidence words say beyond the status: "new" or an explicit "current". */
export function markerOf(evidence: string): Marker {
  if (NEW.test(evidence)) return 'new';
  if (CURRENT.test(evidence)) return 'current';
  return null;
}

/** True when the title lexicon says the office has one holder at a time. */
export function isSingleOffice(knowledge: Knowledge, role: string): boolean {
  const keys = phraseKeys(role);
  const match = knowledge.titles.longest(keys, 0);
  return !!match && match.end === keys.length && match.values.some((t) => t.role === role && t.single);
}

/** The comparable claims of a document. */
export function claimsOf(doc: Doc, knowledge: Knowledge): Claim[] {
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const entityCountry = new Map(doc.entities.map((e) => [e.id, e.country]));
  const out: Claim[] = [];
  for (const c of doc.roleClaims) {
    const person = byId.get(c.person);
    if (!person || person.type !== 'PERSON') continue;
    out.push({
      person: person.entity ?? `m${person.id}`,
      name: person.text,
      role: c.role,
      state: stateOf(c, byId, entityCountry),
      status: c.status,
      marker: markerOf(doc.text.slice(c.evidence.start, c.evidence.end)),
      single: isSingleOffice(knowledge, c.role),
      evidence: c.evidence,
    });
  }
  return out;
}

// "Syrian Foreign Minister" -> SYR; "Iran's new president" -> the mention "Iran"; "Nepali Congress president" -> org
function stateOf(c: RoleClaim, byId: Map<number, Mention>, entityCountry: Map<string, string | null>): string | null {
  if (c.ofCountry) return c.ofCountry;
  const of = c.ofMention === null ? undefined : byId.get(c.ofMention);
  if (!of) return null;
  if (of.type === 'ORG') return `org:${of.kbId ?? of.entity ?? of.text}`;
  return of.kbId ?? (of.entity ? entityCountry.get(of.entity) ?? null : null) ?? of.text;
}
