// References that are not names: titles standing for a person ("The Syrian President"), a
// description given before the name ("a senior advisor to ... visited Syria ... The visit by Ali
// Asghar Khaji"), and pronouns that continue a person ("He also held talks ...").
import { addMention } from '../../doc/mentions.js';
import type { Doc, Mention, RoleClaim } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';

const DESCRIPTION_REACH = 6; // sentences within which the described person must be named

/** Links each description mention to the next person named without a title of their own. */
export function resolveDescriptions(doc: Doc): void {
  const titled = new Set(doc.roleClaims.map((c) => doc.mentions[c.person].entity).filter(Boolean));
  const firstSeen = new Map<string, Mention>();
  for (const m of doc.mentions) if (m.kind === 'name' && m.type === 'PERSON' && m.entity && !firstSeen.has(m.entity)) firstSeen.set(m.entity, m);
  for (const d of doc.mentions.filter((m) => m.kind === 'description')) {
    const sent = doc.tokens[d.tokenStart].sent;
    const next = [...firstSeen.values()].find((m) => m.start > d.end && !titled.has(m.entity) && doc.tokens[m.tokenStart].sent - sent <= DESCRIPTION_REACH);
    if (next) d.entity = next.entity;
  }
}

/** Links "the Syrian President" to the person the article gives that office (the nearest one before it). */
export function resolveTitles(doc: Doc, countryOfMention: (m: Mention) => string | null): void {
  const claimsOf = (c: RoleClaim) => ({ role: c.role, country: c.ofCountry ?? (c.ofMention !== null ? countryOfMention(doc.mentions[c.ofMention]) : null) });
  const holders = doc.roleClaims.filter((c) => doc.mentions[c.person].kind === 'name');
  for (const claim of doc.roleClaims) {
    const t = doc.mentions[claim.person];
    if (t.kind !== 'title') continue;
    const want = claimsOf(claim);
    const fits = holders.filter((h) => { const c = claimsOf(h); return c.role === want.role && (!c.country || !want.country || c.country === want.country); });
    const before = fits.filter((h) => doc.mentions[h.person].start < t.start);
    const pick = (before.length ? before[before.length - 1] : fits[0]);
    if (pick) t.entity = doc.mentions[pick.person].entity;
  }
}

/** Adds pronoun mentions (he, she, his, her, him) linked to the person they continue. */
export function resolvePronouns(doc: Doc, k: Knowledge): void {
  const p = k.names.pronouns;
  const persons = doc.mentions.filter((m) => m.type === 'PERSON' && m.entity);
  const subjectOf = (sent: number) => persons.find((m) => doc.tokens[m.tokenStart].sent === sent && !doc.sentences[sent].inTitle);
  for (const t of doc.tokens) {
    if (!(p.subject.has(t.lower) || p.object.has(t.lower) || p.possessive.has(t.lower))) continue;
    const s = doc.sentences[t.sent];
    const before = persons.filter((m) => m.end <= t.start && m.start >= s.start);
    let antecedent: Mention | undefined = before.length ? before[0] : undefined;
    // "Katz declared Guterres persona non grata and barred him": an object pronoun is not the subject
    // of its clause; with another person named since, it is the latest of them
    const others = before.filter((m) => m.entity !== before[0].entity);
    if (p.object.has(t.lower) && others.length) antecedent = others[others.length - 1];
    // "During his visit, Khaji emphasized": a possessive in an opening phrase points forward
    if (!antecedent && p.possessive.has(t.lower)) {
      const comma = doc.tokens.slice(t.i, s.tokenEnd).find((x) => x.text === ',');
      antecedent = comma && persons.find((m) => m.tokenStart === comma.i + 1);
    }
    for (let back = t.sent - 1; !antecedent && back >= Math.max(0, t.sent - 2); back--) antecedent = subjectOf(back);
    if (!antecedent) continue;
    const m = addMention(doc, t.i, t.i + 1, 'PERSON', 'pronoun', 'pronoun');
    m.entity = antecedent.entity;
  }
}
