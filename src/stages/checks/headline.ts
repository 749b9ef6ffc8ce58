// headline-body-mismatch: the headline puts a person forward whom the body hardly mentions.
import type { Doc, Inconsistency } from '../../doc/types.js';

// "barely": at most one mention in the body, while the body's main figure has at least this many
const DOMINANT = 4;

/** People named in the headline with at most one body mention while another person dominates the body. */
export function headlineMismatch(doc: Doc): Inconsistency[] {
  const title = doc.titleSpan;
  if (!title) return [];
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  const people = doc.entities.filter((e) => e.type === 'PERSON').map((e) => {
    const mentions = e.mentions.map((id) => byId.get(id)!).filter(Boolean);
    const inTitle = mentions.filter((m) => m.start >= title.start && m.end <= title.end);
    return { entity: e, inTitle, body: mentions.length - inTitle.length };
  });
  const top = people.reduce((best, p) => (p.body > (best?.body ?? 0) ? p : best), undefined as (typeof people)[number] | undefined);
  if (!top || top.body < DOMINANT) return [];
  return people.filter((p) => p.inTitle.length && p.body <= 1).map((p) => {
    const m = p.inTitle[0];
    return {
      kind: 'headline-body-mismatch',
      severity: 'info',
      message: `the headline names ${p.entity.name}, but the body mentions them ${p.body === 0 ? 'nowhere' : 'once'}, while ${top.entity.name} is mentioned ${top.body} times`,
      // "UAE President Mohamed bin Zayed": the title before the name belongs to the evidence
      evidence: [{ start: m.titleStart ?? m.start, end: m.end }],
    };
  });
}
