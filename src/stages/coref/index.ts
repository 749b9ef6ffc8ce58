// Reference resolution: names, titles, descriptions and pronouns become entities, and role claims
// become roles between entities.
import { addMention, sortMentions } from '../../doc/mentions.js';
import type { Doc, Entity, Mention, RoleClaim } from '../../doc/types.js';
import { officeCountry } from './offices.js';
import type { Context, Stage } from '../../pipeline/index.js';
import { countryOfKb, makeEntities } from './entity.js';
import { clusterNames } from './names.js';
import { resolveDescriptions, resolvePronouns, resolveTitles } from './references.js';
import { resolveRoles } from './roles.js';

function run(doc: Doc, { knowledge: k, people }: Context): void {
  doc.entities = makeEntities(doc, clusterNames(doc, k), k);
  const countryOfMention = (m: Mention) => countryOfKb(m.kbId, k);
  resolveDescriptions(doc);
  resolveTitles(doc, countryOfMention);
  resolvePronouns(doc, k);
  sortMentions(doc);
  // "Castillo's vice president" where "Castillo" was read as an organisation: a person owns no office
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  for (const c of doc.roleClaims) {
    const owner = c.ofMention !== null ? doc.mentions[c.ofMention].entity : undefined;
    if (owner && typeOf.get(owner) === 'PERSON') { c.ofPerson = c.ofMention!; c.ofMention = null; }
  }
  const nameOf = (c: RoleClaim) => doc.entities.find((e) => e.id === doc.mentions[c.person].entity)?.name ?? doc.mentions[c.person].text;
  const known = (c: RoleClaim) => officeCountry(people, nameOf(c), c.role, c.kind, doc.date);
  doc.roles = resolveRoles(doc, (iso3) => countryEntity(doc, iso3, k.countries.get(iso3)?.name ?? iso3), known);
  sortMentions(doc);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const r of doc.roles) {
    const person = byId.get(r.person)!;
    const of = r.of ? byId.get(r.of) : undefined;
    if (!person.country && of) person.country = of.type === 'GPE' ? of.country : of.country;
  }
  for (const m of doc.mentions) if (m.entity) byId.get(m.entity)!.mentions.push(m.id);
  for (const e of doc.entities) if (e.type === 'ORG' && !e.country) e.country = ownerCountry(doc, e, byId);
  const roleStates = new Set(doc.roles.map((r) => r.of));
  doc.entities = doc.entities.filter((e) => e.mentions.length > 0 || roleStates.has(e.id));
}

/**
 * The state an organisation belongs to when the text says it: "Russia's Defence Ministry", "the
 * Kenyan Defence Forces", "the Defence Ministry of Ukraine".
 */
function ownerCountry(doc: Doc, e: Entity, byId: Map<string, Entity>): string | null {
  const stateAt = (i: number) => {
    const m = doc.mentions.find((x) => x.tokenStart <= i && i < x.tokenEnd && x.entity);
    const owner = m && byId.get(m.entity!);
    return owner?.type === 'GPE' ? owner.country : null;
  };
  for (const id of e.mentions) {
    const m = doc.mentions[id];
    const demonym = doc.demonyms.find((d) => d.tokenIndex === m.tokenStart - 1);
    if (demonym) return demonym.country;
    const before = doc.tokens[m.tokenStart - 1]?.lower;
    if ((before === "'s" || before === "'") && stateAt(m.tokenStart - 2)) return stateAt(m.tokenStart - 2);
    if (doc.tokens[m.tokenEnd]?.lower === 'of' && stateAt(m.tokenEnd + 1)) return stateAt(m.tokenEnd + 1);
  }
  return null;
}

/** The entity of a state, made from its first nationality adjective when the text never names it ("Russian President"). */
function countryEntity(doc: Doc, iso3: string, name: string): Entity {
  const found = doc.entities.find((e) => e.kbId === iso3);
  if (found) return found;
  const entity: Entity = { id: iso3.toLowerCase(), name, type: 'GPE', country: iso3, kbId: iso3, mentions: [], salience: 0 };
  // when not even an adjective names it, the state comes from the office knowledge base and has no mention
  const adjective = doc.demonyms.find((d) => d.country === iso3);
  if (adjective) addMention(doc, adjective.tokenIndex, adjective.tokenIndex + 1, 'GPE', 'demonym', 'gazetteer', iso3).entity = entity.id;
  doc.entities.push(entity);
  return entity;
}

export const coref: Stage = { name: 'coref', requires: ['mentions', 'demonyms', 'roleClaims'], assigns: ['entities', 'roles', 'mentions'], run };
