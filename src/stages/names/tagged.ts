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
    // "Amnesty International Kenya": an organisation's national branch, named by the country after it
    const branch = p.type === 'ORG' && inner.length === 2 && inner[0].type === 'ORG' && inner[1].type === 'GPE' && inner[1].tokenEnd === p.tokenEnd;
    if (branch) { inner.forEach((m) => drop.add(m.id)); addMention(doc, p.tokenStart, p.tokenEnd, 'ORG', 'name', 'tagger'); continue; }
    if (!outside.length || outside.some((t) => !/^\p{Lu}/u.test(t.text) && !CONNECTORS.has(t.lower))) continue;
    if (outside.some((t) => k.titles.longest([t.lower], 0))) continue;
    // "the Government of Indonesia", "the Republic of Korea": the state itself, not an organisation of it
    if (outside.some((t) => STATE_WORDS.has(t.lower)) && outside.every((t) => STATE_WORDS.has(t.lower) || CONNECTORS.has(t.lower))) continue;
    // ("Coordination of Azawad Movements": an organisation word in the plural too)
    const orgWord = words.some((t) => [t.lower, t.lower.replace(/s$/, '')].some((w) => k.names.org_heads.has(w) || k.names.org_starts.has(w)));
    const personOk = p.type === 'PER' && p.tokenEnd - p.tokenStart <= 3 && inner.length === 1 && inner[0].tokenStart === p.tokenStart && inner[0].type === 'GPE';
    if (!(p.type === 'ORG' && orgWord) && !personOk) continue;
    inner.forEach((m) => drop.add(m.id));
    addMention(doc, p.tokenStart, p.tokenEnd, p.type === 'ORG' ? 'ORG' : 'PERSON', 'name', 'tagger');
  }
  if (drop.size) doc.mentions = doc.mentions.filter((m) => !drop.has(m.id));
  doc.mentions.forEach((m, i) => (m.id = i));
}

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);

/**
 * "the Law Society of Kenya", "the Communist Party of Nepal (Unified Marxist-Leninist)": an
 * organisation named by its kind of body, then "of" and its country, then a qualifier in brackets,
 * is one name; the country inside it is not a mention of its own. ("the Government of Indonesia" is
 * the state, left alone.)
 */
export function joinOrganisationCountry(doc: Doc, k: Knowledge): void {
  const drop = new Set<number>();
  const at = new Map(doc.mentions.map((m) => [m.tokenStart, m]));
  for (const m of [...doc.mentions]) {
    if (m.type !== 'ORG' || drop.has(m.id)) continue;
    const head = doc.tokens[m.tokenEnd - 1].lower;
    const country = at.get(m.tokenEnd + 1);
    let end = m.tokenEnd;
    if (k.names.org_heads.has(head) && !STATE_WORDS.has(head) && doc.tokens[m.tokenEnd]?.lower === 'of' && country?.type === 'GPE') {
      drop.add(country.id);
      end = country.tokenEnd;
    }
    end = bracketedQualifier(doc, end) ?? end;
    if (end === m.tokenEnd) continue;
    drop.add(m.id);
    addMention(doc, m.tokenStart, end, 'ORG', 'name', m.source);
  }
  if (drop.size) doc.mentions = doc.mentions.filter((m) => !drop.has(m.id));
  doc.mentions.forEach((m, i) => (m.id = i));
}

// "(Unified Marxist-Leninist)", "(Maoist Centre)": capitalised words in brackets right after a name;
// an acronym in brackets ("(CPN-UML)") is another name for it and is left alone
function bracketedQualifier(doc: Doc, end: number): number | null {
  if (doc.tokens[end]?.text !== '(') return null;
  for (let k = end + 1; k < Math.min(doc.tokens.length, end + 8); k++) {
    const t = doc.tokens[k];
    if (t.text === ')') {
      const words = doc.tokens.slice(end + 1, k).filter((w) => w.text !== '-');
      return words.length && words.some((w) => /\p{Ll}/u.test(w.text)) ? k + 1 : null;
    }
    if (!isCapitalised(t.text) && t.text !== '-') return null;
  }
  return null;
}
