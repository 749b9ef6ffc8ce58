// Title phrases: a title from the lexicon with the words around it that say whose office it is and
// in which status: "Syrian Foreign Minister", "Iran's president-elect", "former US Ambassador to
// Syria", "a senior advisor to the Iranian Minister of Foreign Affairs", "the leader of Hamas".
import type { Doc, Mention, RoleStatus } from '../../doc/types.js';
import type { Knowledge, Title } from '../../knowledge/index.js';

export interface TitlePhrase {
  /** first token of the phrase after any determiner, and the token after it */
  start: number;
  end: number;
  /** first token including the determiner ("the", "a", "his") */
  outerStart: number;
  title: Title | null;
  role: string;
  status: RoleStatus;
  ofMention: Mention | null;
  ofCountry: string | null;
  ofPerson: Mention | null;
  determiner: 'definite' | 'indefinite' | 'pronoun' | null;
  /** the title word is capitalised ("the Syrian President") */
  capitalised: boolean;
}

export interface PhraseContext {
  doc: Doc;
  keys: readonly string[];
  owners: ReadonlyArray<Mention | undefined>;
  demonymAt: ReadonlyMap<number, string>;
  k: Knowledge;
}

const POSSESSIVE = new Set(["'s", "'"]);
const statusOf = (word: string, k: Knowledge): RoleStatus | null => {
  const s = k.titleWords.status;
  if (s.former.includes(word)) return 'former';
  if (s.acting.includes(word)) return 'acting';
  if (s.elect.includes(word)) return 'elect';
  if (s.current.includes(word)) return 'current';
  return null;
};
// a state or organisation that can own an office: a country, a capital standing for it ("Riyadh's
// ambassador"), or an organisation; not another city
const canOwn = (m: Mention) => m.type === 'ORG' || (m.type === 'GPE' && !!m.kbId && (/^[A-Z]{3}$/.test(m.kbId) || m.kbId.startsWith('capital:')));

/** The title phrase whose title form starts at token i, or null. */
export function phraseAt(c: PhraseContext, i: number, sentenceEnd: number): TitlePhrase | null {
  const { doc, keys, k } = c;
  const match = k.titles.longest(keys, i, sentenceEnd);
  const bareDeputy = !match && k.titleWords.deputy.includes(keys[i]);
  if (!match && !bareDeputy) return null;
  // "Deputy President Kithuri Kindiki": the deputy word belongs to the title that follows
  if (bareDeputy && k.titles.longest(keys, i + 1, sentenceEnd)) return null;
  const title = match ? match.values[0] : null;
  const capitalised = /^\p{Lu}/u.test(doc.tokens[i].text);
  // "general" is a rank only when written as one ("Gen. Smith", "General Smith"), not "general elections"
  if (title?.role === 'general' && !capitalised) return null;
  const p: TitlePhrase = { start: i, end: match ? match.end : i + 1, outerStart: i, title, role: title?.role ?? 'deputy', status: 'current', ofMention: null, ofCountry: null, ofPerson: null, determiner: null, capitalised };
  const rank = extendLeft(c, p);
  extendRight(c, p, sentenceEnd, rank);
  return p;
}

function extendLeft(c: PhraseContext, p: TitlePhrase): string[] {
  const { keys, owners, demonymAt, k } = c;
  const rank: string[] = [];
  let deputy = false;
  let j = p.start - 1;
  const sentStart = c.doc.sentences[c.doc.tokens[p.start].sent].tokenStart;
  while (j >= sentStart) {
    const w = keys[j];
    const owner = owners[j];
    if (k.titleWords.rank.includes(w)) rank.unshift(w);
    else if (k.titleWords.deputy.includes(w) && p.title) deputy = true;
    else if (demonymAt.has(j)) p.ofCountry ??= demonymAt.get(j)!;
    else if (owner && canOwn(owner) && owner.tokenEnd === j + 1 && !p.ofMention) { p.ofMention = owner; j = owner.tokenStart; }
    else if (POSSESSIVE.has(w) && owners[j - 1] && canOwn(owners[j - 1]!) && (!p.ofMention || (p.title?.kind === 'diplomat' && owners[j - 1]!.type === 'GPE'))) {
      // "North Korea's UN ambassador": an ambassador serves the state, not the body posted to
      p.ofMention = owners[j - 1]!;
      j = owners[j - 1]!.tokenStart;
    }
    // "Guterres' spokesman": the office of a person's staff belongs where the person's does
    else if (POSSESSIVE.has(w) && owners[j - 1]?.type === 'PERSON' && !p.ofMention && !p.ofPerson) { p.ofPerson = owners[j - 1]!; j = owners[j - 1]!.tokenStart; }
    else if (statusOf(w, k) && w !== '-') { if (p.status === 'current') p.status = statusOf(w, k)!; }
    // "the Spanish economy minister", "Peru's culture minister": a portfolio not in the lexicon
    else if (p.title?.role === 'minister' && p.role === 'minister' && (c.doc.tokens[j].pos === 'NOUN' || c.doc.tokens[j].pos === 'PROPN') && /^\p{L}+$/u.test(c.doc.tokens[j].text) && !owner) p.role = `${w} minister`;
    // "Hamas political leader", "the group's military commander": a plain adjective inside the phrase
    else if (c.doc.tokens[j].pos === 'ADJ' && /^\p{Ll}/u.test(c.doc.tokens[j].text)) { /* kept in the phrase */ }
    else break;
    p.start = j;
    j--;
  }
  p.outerStart = p.start;
  const det = keys[j];
  if (j >= sentStart && (det === 'the' || det === 'a' || det === 'an' || k.names.pronouns.possessive.has(det) || det === 'its' || det === 'their')) {
    p.determiner = det === 'the' ? 'definite' : det === 'a' || det === 'an' ? 'indefinite' : 'pronoun';
    p.outerStart = j;
    // "Alberto Otárola, then the defence minister": a status word before the determiner
    const before = statusOf(keys[j - 1], k);
    if (j - 1 >= sentStart && before && before !== 'current') { p.status = before; p.outerStart = j - 1; }
  }
  if (deputy && p.title && !p.title.role.startsWith('deputy')) p.role = `deputy ${p.title.role}`;
  return rank;
}

function extendRight(c: PhraseContext, p: TitlePhrase, end: number, rank: string[]): void {
  const { keys, owners, k } = c;
  let j = p.end;
  // "president-elect", "prime minister-designate"
  if (keys[j] === '-' && statusOf(keys[j + 1], k)) { p.status = statusOf(keys[j + 1], k)!; j += 2; }
  const skipThe = (x: number) => (keys[x] === 'the' ? x + 1 : x);
  // "the foreign minister of Syria", "Secretary-General of the United Nations", "a senior fellow at the Brookings Institution"
  if ((keys[j] === 'of' || (keys[j] === 'at' && p.title?.org)) && j + 1 < end) {
    const m = owners[skipThe(j + 1)];
    if (m && canOwn(m) && m.tokenStart === skipThe(j + 1)) { p.ofMention ??= m; j = m.tokenEnd; }
  } else if (keys[j] === 'for' && j + 1 < end && p.title?.org) {
    // "UN special envoy for Yemen", "Resident Coordinator for Myanmar": the posting, not the owner
    const m = owners[skipThe(j + 1)];
    if (m && m.tokenStart === skipThe(j + 1) && m.type !== 'PERSON') j = m.tokenEnd;
  } else if (keys[j] === 'to' && j + 1 < end) {
    const inner = phraseAt(c, innerTitleStart(c, skipThe(j + 1), end), end);
    if (inner && p.title?.role === 'advisor') {
      // "a senior advisor to the Iranian Minister of Foreign Affairs" -> senior advisor to the foreign minister, of Iran
      p.role = `${rank.includes('senior') ? 'senior ' : ''}advisor to the ${inner.role}`;
      p.ofMention ??= inner.ofMention;
      p.ofCountry ??= inner.ofCountry;
      j = inner.end;
    } else if (p.title?.kind === 'diplomat' || p.title?.org) {
      // "US Ambassador to Syria": the posting, not the state served
      const m = owners[skipThe(j + 1)];
      if (m && m.tokenStart === skipThe(j + 1)) j = m.tokenEnd;
    }
  }
  p.end = j;
}

/** Where the title word of a phrase starting at x begins, past its modifiers ("Iranian | Minister of ..."). */
function innerTitleStart(c: PhraseContext, x: number, end: number): number {
  let j = x;
  while (j < end && !c.k.titles.longest(c.keys, j, end) && j - x < 4) {
    if (c.demonymAt.has(j) || c.owners[j] || c.k.titleWords.rank.includes(c.keys[j]) || statusOf(c.keys[j], c.k)) j = c.owners[j]?.tokenEnd ?? j + 1;
    else return x;
  }
  return j;
}
