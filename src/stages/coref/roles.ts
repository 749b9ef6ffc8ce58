// Role claims -> roles between entities. Claims of one office by one person merge: "President Assad"
// (no country) and "the Syrian President" (Syria) are one role, president of Syria.
import type { Doc, Entity, Mention, Role } from '../../doc/types.js';

/** Resolves claims to entity ids; `countryEntity` gives (or makes) the entity of a state by ISO3 code. */
export function resolveRoles(doc: Doc, countryEntity: (iso3: string) => Entity): Role[] {
  const roles: Role[] = [];
  for (const c of doc.roleClaims) {
    const person = doc.mentions[c.person].entity;
    if (!person) continue;
    const ofMention: Mention | undefined = c.ofMention !== null ? doc.mentions[c.ofMention] : undefined;
    const of = ofMention?.entity ?? (c.ofCountry ? countryEntity(c.ofCountry).id : null);
    const same = roles.find((r) => r.person === person && r.role === c.role && (r.of === of || r.of === null || of === null));
    if (!same) { roles.push({ person, role: c.role, of, status: c.status, evidence: c.evidence }); continue; }
    if (same.of === null && of !== null) { same.of = of; same.evidence = c.evidence; }
  }
  return roles;
}
