// Where the learned tagger's spans decide: the type of a run of capitalised words, and names that
// hold a known name inside them ("Law Society of Kenya", "Central Bank of Egypt", "Israel Katz").
import { addMention } from '../../doc/mentions.js';
import type { Doc, EntityType, NerProposal } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Run } from './runs.js';

const REGION_WORDS = new Set(['sea', 'river', 'ocean', 'gulf', 'mountains', 'mountain', 'desert', 'valley', 'strait', 'lake', 'island', 'islands', 'peninsula', 'region', 'basin', 'coast', 'bay', 'plateau']);
const STATE_WORDS = new Set(['government', 'republic', 'state', 'kingdom', 'people', 'federal', 'federation', 'union', 'islamic', 'democratic', 'arab']);
const CONNECTORS = new Set(['of', 'for', 'on', 'the', 'and', '-', '(', ')', "'s", '&']);

/** The tagger's type for a run, from the proposal that overlaps it most; MISC and no proposal give null. */
export function taggedType(doc: Doc, run: Run): EntityType | null {
  let best: NerProposal | null = null;
  let bestOverlap = 0;
  for (const p of doc.nerSpans) {
    const overlap = Math.min(p.tokenEnd, run.end) - Math.max(p.tokenStart, run.start);
    if (overlap > bestOverlap) { best = p; bestOverlap = overlap; }
  }
  if (!best || best.type === 'MISC') return null;
  if (best.type === 'PER') return 'PERSON';
  if (best.type === 'ORG') return 'ORG';
  return REGION_WORDS.has(doc.tokens[run.end - 1].lower) ? 'LOC' : 'GPE';
}

/**
 * Tagger spans that swallow a known name: an organisation named after its country ("Kenya Defence
 * Forces", "University of Nairobi") when it carries an organisation word, or a person whose first
 * name is a place ("Israel Katz"). The inner known names give way to one mention of the whole.
 */
export function absorbKnownNames(doc: Doc, k: Knowledge): void {
  const drop = new Set<number>();
  for (const p of doc.nerSpans) {
    if (p.type !== 'ORG' && p.type !== 'PER') continue;
    if (doc.sentences[doc.tokens[p.tokenStart].sent].inTitle) continue; // a title-case headline capitalises everything
    const inner = doc.mentions.filter((m) => m.tokenStart >= p.tokenStart && m.tokenEnd <= p.tokenEnd);
    if (!inner.length || doc.mentions.some((m) => m.tokenStart < p.tokenEnd && m.tokenEnd > p.tokenStart && !inner.includes(m))) continue;
    const words = doc.tokens.slice(p.tokenStart, p.tokenEnd);
    const outside = words.filter((t) => !inner.some((m) => t.i >= m.tokenStart && t.i < m.tokenEnd));
    if (!outside.length || outside.some((t) => !/^\p{Lu}/u.test(t.text) && !CONNECTORS.has(t.lower))) continue;
    if (outside.some((t) => k.titles.longest([t.lower], 0))) continue;
    // "the Government of Indonesia", "the Republic of Korea": the state itself, not an organisation of it
    if (outside.every((t) => STATE_WORDS.has(t.lower) || CONNECTORS.has(t.lower))) continue;
    const orgWord = words.some((t) => k.names.org_heads.has(t.lower) || k.names.org_starts.has(t.lower));
    const personOk = p.type === 'PER' && p.tokenEnd - p.tokenStart <= 3 && inner.length === 1 && inner[0].tokenStart === p.tokenStart && inner[0].type === 'GPE';
    if (!(p.type === 'ORG' && orgWord) && !personOk) continue;
    inner.forEach((m) => drop.add(m.id));
    addMention(doc, p.tokenStart, p.tokenEnd, p.type === 'ORG' ? 'ORG' : 'PERSON', 'name', 'tagger');
  }
  if (drop.size) doc.mentions = doc.mentions.filter((m) => !drop.has(m.id));
  doc.mentions.forEach((m, i) => (m.id = i));
}
