// Role claims -> roles between entities. Claims of one office by one person merge: "President Assad"
// (no country) and "the Syrian President" (Syria) are one role, president of Syria.
import type { Doc, Entity, Mention, Role, RoleClaim } from '../../doc/types.js';

const STATE_OFFICES = new Set(['head-of-state', 'head-of-government', 'foreign', 'defense', 'official']);
const COUNTRY_CODE = /^[A-Z]{3}$/;

/** The country the article is most about: the one named (or given as a nationality) most often. */
function homeCountry(doc: Doc): string | null {
  const count = new Map<string, number>();
  const add = (iso3: string) => count.set(iso3, (count.get(iso3) ?? 0) + 1);
  for (const m of doc.mentions) if (m.kind === 'name' && m.kbId && COUNTRY_CODE.test(m.kbId)) add(m.kbId);
  for (const d of doc.demonyms) add(d.country);
  let best: string | null = null;
  for (const [iso3, n] of count) if (!best || n > count.get(best)!) best = iso3;
  return best;
}

/** Resolves claims to entity ids; `countryEntity` gives (or makes) the entity of a state by ISO3 code. */
export function resolveRoles(doc: Doc, countryEntity: (iso3: string) => Entity): Role[] {
  const roles: Role[] = [];
  const home = homeCountry(doc);
  // claims that name their state first: "the Syrian President" decides what "President Assad" is president of
  const explicit = (c: RoleClaim) => c.ofMention !== null || c.ofCountry !== null;
  const ordered = [...doc.roleClaims.filter(explicit), ...doc.roleClaims.filter((c) => !explicit(c))];
  for (const c of ordered) {
    const person = doc.mentions[c.person].entity;
    if (!person) continue;
    const ofMention: Mention | undefined = c.ofMention !== null ? doc.mentions[c.ofMention] : undefined;
    // "President Dina Boluarte" in a story about Peru: a state office with no state named is the story's country
    const known = roles.find((r) => r.person === person && r.role === c.role);
    if (!explicit(c) && known) continue;
    const implied = !ofMention && !c.ofCountry && STATE_OFFICES.has(c.kind) ? home : null;
    const ofCountry = c.ofCountry ?? implied;
    const of = ofMention?.entity ?? (ofCountry ? countryEntity(ofCountry).id : null);
    const same = roles.find((r) => r.person === person && r.role === c.role && (r.of === of || r.of === null || of === null));
    if (!same) { roles.push({ person, role: c.role, of, status: c.status, evidence: c.evidence }); continue; }
    if (same.of === null && of !== null) { same.of = of; same.evidence = c.evidence; }
  }
  return roles;
}
