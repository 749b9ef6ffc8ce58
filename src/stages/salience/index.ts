// Salience and key figures. A person's weight comes from the body: how often the article refers to
// them (after resolution), whether they are in the lead, whether they hold a role, and how many
// other people share their sentences. The headline counts, but less than the body.
import type { Doc, Entity } from '../../doc/types.js';
import type { Stage } from '../../pipeline/index.js';

const WEIGHT = { name: 1, title: 0.8, description: 0.8, pronoun: 0.6, demonym: 0.2 } as const;
const HEADLINE_FACTOR = 0.3;
const LEAD_SENTENCES = 3;
const LEAD_BONUS = 1.5;
const ROLE_BONUS = 1;
const PARTNER_BONUS = 0.4;
const KEY_FIGURES = 5;

function run(doc: Doc): void {
  const firstBody = doc.sentences.find((s) => !s.inTitle)?.i ?? 0;
  const partners = sentencePartners(doc);
  const why = new Map<string, string>();
  for (const e of doc.entities) {
    let refs = 0, headline = 0, lead = false;
    for (const id of e.mentions) {
      const m = doc.mentions[id];
      const s = doc.sentences[doc.tokens[m.tokenStart].sent];
      if (s.inTitle) { headline++; continue; }
      refs += WEIGHT[m.kind];
      if (s.i - firstBody < LEAD_SENTENCES) lead = true;
    }
    const hasRole = doc.roles.some((r) => r.person === e.id);
    const others = partners.get(e.id)?.size ?? 0;
    e.salience = refs + headline * HEADLINE_FACTOR + (lead ? LEAD_BONUS : 0) + (hasRole ? ROLE_BONUS : 0) + others * PARTNER_BONUS;
    const bodyCount = e.mentions.length - headline;
    why.set(e.id, [`${bodyCount} reference${bodyCount === 1 ? '' : 's'} in the body`, lead ? 'in the lead' : '', headline ? 'named in the headline' : '', others ? `shares sentences with ${others} other ${others === 1 ? 'person' : 'people'}` : ''].filter(Boolean).join(', '));
  }
  const max = Math.max(1e-9, ...doc.entities.map((e) => e.salience));
  const people = doc.entities.filter((e) => e.type === 'PERSON').sort((a, b) => b.salience - a.salience);
  doc.keyFigures = people.slice(0, KEY_FIGURES).map((e) => ({ entity: e.id, score: e.salience / max, why: why.get(e.id)! }));
  doc.entities.forEach((e) => (e.salience = e.salience / max));
}

/** For each person, the other people named in the same body sentences. */
function sentencePartners(doc: Doc): Map<string, Set<string>> {
  const inSentence = new Map<number, Set<string>>();
  const people = new Set(doc.entities.filter((e: Entity) => e.type === 'PERSON').map((e) => e.id));
  for (const m of doc.mentions) {
    if (!m.entity || !people.has(m.entity)) continue;
    const s = doc.tokens[m.tokenStart].sent;
    if (doc.sentences[s].inTitle) continue;
    if (!inSentence.has(s)) inSentence.set(s, new Set());
    inSentence.get(s)!.add(m.entity);
  }
  const partners = new Map<string, Set<string>>();
  for (const group of inSentence.values()) for (const a of group) for (const b of group) if (a !== b) {
    if (!partners.has(a)) partners.set(a, new Set());
    partners.get(a)!.add(b);
  }
  return partners;
}

export const salience: Stage = { name: 'salience', requires: ['entities', 'roles'], assigns: ['keyFigures', 'entities'], run };
