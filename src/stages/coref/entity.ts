// Entities from clusters of name mentions: a display name, a type, the state it belongs to, an id.
import type { Doc, Entity, EntityType, Mention } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Cluster } from './names.js';

/** The state a known name belongs to: a country itself, a capital's country, an organisation's state. */
export function countryOfKb(kbId: string | undefined, k: Knowledge): string | null {
  if (!kbId) return null;
  if (/^[A-Z]{3}$/.test(kbId) && k.countries.has(kbId)) return kbId;
  if (kbId.startsWith('capital:')) return kbId.split(':')[1];
  if (kbId.startsWith('place:')) return k.places.get(kbId.slice(6))?.country ?? null;
  return k.orgs.get(kbId)?.country ?? null;
}

function displayName(doc: Doc, cluster: Cluster, k: Knowledge): string {
  const kbId = cluster.find((m) => m.kbId)?.kbId;
  if (kbId && cluster[0].type !== 'PERSON') {
    if (k.countries.has(kbId)) return k.countries.get(kbId)!.name;
    if (kbId.startsWith('capital:')) return kbId.split(':')[2];
    if (kbId.startsWith('place:')) return kbId.slice(6);
    if (k.orgs.has(kbId)) return k.orgs.get(kbId)!.name;
  }
  // the fullest written form: "Bashar al-Assad" over "Bashar Assad" over "Assad"
  const score = (m: Mention) => (m.tokenEnd - m.tokenStart) * 10 + (m.text.includes('-') ? 1 : 0);
  return cluster.reduce((best, m) => (score(m) > score(best) ? m : best)).text.replace(/[’']s$/, '');
}

const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';

// a person as soon as a title or the gazetteer says so; otherwise the type most mentions were given
function majorityType(cluster: Cluster): EntityType {
  if (cluster.some((m) => m.type === 'PERSON' && m.source !== 'tagger' && m.source !== 'shape')) return 'PERSON';
  const count = new Map<EntityType, number>();
  for (const m of cluster) count.set(m.type, (count.get(m.type) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0][0];
}

/** Makes one entity per cluster and marks its mentions with the entity's id. */
export function makeEntities(doc: Doc, clusters: Cluster[], k: Knowledge): Entity[] {
  const used = new Set<string>();
  return clusters.map((cluster) => {
    const name = displayName(doc, cluster, k);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const kbId = cluster.find((m) => m.kbId)?.kbId;
    const type = majorityType(cluster);
    cluster.forEach((m) => (m.entity = id));
    const entity: Entity = { id, name, type, country: type === 'PERSON' ? null : countryOfKb(kbId, k), mentions: [], salience: 0 };
    if (kbId && type !== 'PERSON') entity.kbId = kbId;
    return entity;
  });
}
