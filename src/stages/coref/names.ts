// Clusters proper-name mentions into entities: known names by their knowledge-base id, people by
// their name's words ("Bashar Assad" = "Bashar al-Assad"; "Mekdad" = "Faisal Mekdad").
import type { Doc, Mention } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';

export type Cluster = Mention[];

/** The words of a personal name without particles and hyphens: "Bashar al-Assad" -> [bashar, assad]. */
export function nameWords(doc: Doc, m: Mention, k: Knowledge): string[] {
  const words: string[] = [];
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const w = doc.tokens[i].lower;
    if (w !== '-' && w !== '.' && !k.names.particles.has(w)) words.push(w);
  }
  return words;
}

// "Retno L.P. Marsudi" = "Retno Marsudi": the same first and last name, middle names aside
const sameEnds = (a: string[], b: string[]) => a.length > 1 && b.length > 1 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
const isSuffix = (short: string[], long: string[]) => short.length <= long.length && short.every((w, i) => w === long[long.length - short.length + i]);

/** Groups the name mentions; returns one cluster per entity, in order of first mention. */
export function clusterNames(doc: Doc, k: Knowledge): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const people: Array<{ words: string[]; cluster: Cluster }> = [];
  const names = doc.mentions.filter((m) => m.kind === 'name');
  // people with full names first, so that a lone surname finds its owner wherever it comes
  const multi = names.filter((m) => m.type === 'PERSON' && nameWords(doc, m, k).length > 1);
  for (const m of multi) {
    const words = nameWords(doc, m, k);
    const found = people.find((p) => p.words.join(' ') === words.join(' ') || isSuffix(words, p.words) || isSuffix(p.words, words) || sameEnds(words, p.words));
    if (found) { found.cluster.push(m); if (words.length > found.words.length) found.words = words; continue; }
    const cluster = [m];
    clusters.push(cluster);
    people.push({ words, cluster });
  }
  for (const m of names) {
    if (multi.includes(m)) continue;
    const words = nameWords(doc, m, k);
    // "Austin's remarks": a lone word that is a person's surname is that person, even if it is also a place
    let owners = people.filter((p) => words.length === 1 && p.words[p.words.length - 1] === words[0]);
    // "Park Jin ... Park said", "Wang Yi ... Wang added": family names written first are used alone too
    if (!owners.length && words.length === 1 && m.source !== 'gazetteer') owners = people.filter((p) => p.words[0] === words[0]);
    if (owners.length && (m.type === 'PERSON' || m.source !== 'gazetteer' || m.kbId?.startsWith('place:') || m.kbId?.startsWith('capital:'))) {
      nearest(owners.map((o) => o.cluster), m).push(m);
      m.type = 'PERSON';
      continue;
    }
    // the same unknown name is one entity whatever type each mention was guessed to have
    const key = m.kbId ?? words.join(' ');
    let cluster = byKey.get(key);
    if (!cluster) { byKey.set(key, (cluster = [])); clusters.push(cluster); }
    cluster.push(m);
  }
  return mergeAcronyms(doc, clusters).map((c) => c.sort((a, b) => a.start - b.start)).sort((a, b) => a[0].start - b[0].start);
}

// "Nepali Congress ... the NC", "Mohammed bin Salman ... MBS", "the Communist Party of Nepal (Unified
// Marxist-Leninist) ... CPN-UML": an acronym no list knows that spells the initials of a name used in
// the same article is that name (initials of every word, or of the capitalised words only)
function mergeAcronyms(doc: Doc, clusters: Cluster[]): Cluster[] {
  const initials = (m: Mention, all: boolean) => doc.text.slice(m.start, m.end).split(/[\s\-()]+/).filter((w) => w && (all || /^\p{Lu}/u.test(w))).map((w) => w[0].toUpperCase()).join('');
  const merged = new Set<Cluster>();
  for (const c of clusters) {
    const m = c[0];
    const letters = m.text.replace(/-/g, '');
    if (m.kbId || c.some((x) => x.text !== m.text) || !/^[A-Z]{2,7}$/.test(letters)) continue;
    // "the Coordination of Azawad Movements (CMA)": an acronym in brackets right after a name is that name's
    const bracketed = doc.tokens[m.tokenStart - 1]?.text === '(' && doc.tokens[m.tokenEnd]?.text === ')';
    const before = (o: Cluster) => bracketed && o.some((x) => x.tokenEnd === m.tokenStart - 1);
    const owner = clusters.find((o) => o !== c && !merged.has(o) && (before(o) || o.some((x) => x.text.includes(' ') && (initials(x, true) === letters || initials(x, false) === letters))));
    if (!owner) continue;
    for (const x of c) { x.type = owner[0].type; owner.push(x); }
    merged.add(c);
  }
  return clusters.filter((c) => !merged.has(c));
}

/** Of several people sharing a surname, the one last named before the mention (or first after). */
function nearest(candidates: Cluster[], m: Mention): Cluster {
  let best = candidates[0];
  let bestAt = -Infinity;
  for (const c of candidates) {
    const before = c.filter((x) => x.start < m.start).pop();
    if (before && before.start > bestAt) { best = c; bestAt = before.start; }
  }
  return best;
}
