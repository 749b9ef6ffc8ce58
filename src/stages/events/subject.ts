// Step 2a: the subject of a verb trigger, found by walking left inside its clause.
import type { Doc, Mention, Token } from '../../doc/types.js';
import { isActorMention, type ActorIndex } from './actors.js';
import { isRelativeOpener, type Clause } from './clause.js';
import type { Cues } from './lexicon.js';

/** The subject slot: actor mentions (several when coordinated), or a noun phrase that names no actor. */
export interface Subject {
  mentions: Mention[];
  /** "This support has helped" / "a strike that killed": the subject is a thing, not an actor */
  inanimate: boolean;
  /** "We support Mauritius": the speaker of the quote is the actor */
  firstPerson?: boolean;
  /** "Republican lawmakers praised Trump": unnamed people, who may act on a named target */
  people?: boolean;
  /** "their leaders agreed": the actors were found through a possessive; token where the subject starts */
  from?: number;
  /** "the two ministers signed", "both leaders agreed": people named before, to be found by the caller */
  group?: boolean;
}

// "Israeli security forces", "U.S. officials", "the Iranian delegation": a state or organisation
// named inside the subject's noun phrase, not as a possessor, acts through it
function actorModifier(doc: Doc, index: ActorIndex, first: number, head: number): Mention | null {
  for (let k = first; k < head; k++) {
    const m = index.mentionAt[k];
    if (m && isActorMention(m) && m.type !== 'PERSON' && !isPossessive(doc.tokens[m.tokenEnd])) return m;
  }
  return null;
}

const NONE: Subject = { mentions: [], inanimate: false };

// the noun phrase from `from` is made only of words for parts of a state: "foreign ministry",
// "Defence Ministry", "intelligence service", "armed forces"
function stateBody(doc: Doc, from: number, cues: Cues): boolean {
  let end = from;
  while (end < from + 4 && doc.tokens[end] && cues.state_bodies.has(doc.tokens[end].lower)) end++;
  const next = doc.tokens[end];
  return end > from && !(next && /^(NOUN|PROPN|ADJ)$/.test(next.pos));
}

// "Peru's foreign ministry", "the country's intelligence service": the state owning a body of its own
function bodyOwner(doc: Doc, index: ActorIndex, first: number, head: number, cues: Cues): Mention | null {
  for (let k = first; k < head; k++) {
    const m = index.mentionAt[k];
    if (m && m.type === 'GPE' && isActorMention(m) && isPossessive(doc.tokens[m.tokenEnd])) return stateBody(doc, m.tokenEnd + 1, cues) ? m : null;
  }
  return null;
}

// "said" with its complement after it ("He said the strikes ..."), not "said to be", a participle, or
// a verb coordinated with ours ("declared Guterres persona non grata and barred him")
function isPlainSaying(tokens: readonly Token[], k: number, at: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.lower === 'to' || next.lower === 'by' || next.text === ',') return false;
  for (let j = k + 1; j < at; j++) if (tokens[j].lower === 'and' && tokens[j + 1]?.pos === 'VERB') return false;
  return true;
}

// "the two ministers", "both leaders", "the three foreign ministers", "the prime ministers": people
// named before, referred to as a group; a bare "the officials" is left alone (it means unnamed people)
const TITLE_PLURALS = new Set(['ministers', 'leaders', 'presidents', 'premiers']);
function isGroup(tokens: readonly Token[], first: number, head: number, cues: Cues): boolean {
  if (!cues.group_nouns.has(tokens[head].lower)) return false;
  const det = tokens[first].lower;
  const counted = /^(two|three|four|both)$/.test(tokens[first + (det === 'the' ? 1 : 0)]?.lower ?? '');
  return (det === 'the' || det === 'both') && (counted || TITLE_PLURALS.has(tokens[head].lower));
}
const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const isPossessive = (t: Token | undefined) => t !== undefined && t.pos === 'PART' && /^['’]s$/.test(t.text);

const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);
// (a time word the tagger took for a noun may stand in the verb group: "Marsudi today held")
const adjacent = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (!VERB_GROUP.has(tokens[k].pos) && !/^(today|yesterday|tonight|tomorrow)$/.test(tokens[k].lower)) return false;
  return true;
};

// a noun phrase after a preposition or a verb is an object, not a subject: "criticized Western countries"
const governed = (t: Token | undefined, lo: number) => t !== undefined && t.i >= lo && (t.pos === 'ADP' || t.pos === 'VERB');

// "Over 50 foreign delegations", "about 30 cases": a preposition before a number is a quantifier
const quantifier = (tokens: readonly Token[], k: number) => tokens[k].pos === 'ADP' && tokens[k + 1]?.pos === 'NUM';

// "under an arrangement their leaders agreed": a possessive determiner (or an article) opens its noun
// phrase, so the words before it belong to another phrase
const POSSESSIVE_DET = /^(his|her|its|their|our|my|your)$/;

// "a U.S.-designated group", "Iran-backed militias": a participle after a hyphen is part of a modifier
const compound = (tokens: readonly Token[], k: number) => tokens[k].pos === 'VERB' && tokens[k - 1]?.text === '-';

const ARTICLE = /^(the|a|an)$/;

function npStart(tokens: readonly Token[], k: number, lo: number): number {
  if (tokens[k].pos === 'DET' && ARTICLE.test(tokens[k].lower)) return k;
  while (k - 1 >= lo && (NP_WORD.has(tokens[k - 1].pos) || tokens[k - 1].text === '-' || quantifier(tokens, k - 1) || compound(tokens, k - 1))) {
    k--;
    if (tokens[k].pos === 'PRON' && POSSESSIVE_DET.test(tokens[k].lower)) break;
    // "On Thursday the UN General Assembly voted": an article opens its noun phrase too
    if (tokens[k].pos === 'DET' && ARTICLE.test(tokens[k].lower)) break;
  }
  return k;
}

/** "X and Y", "X, Y and Z": the actors coordinated to the left of mention `m`. A comma counts only
 * after an "and" was seen: "Former US Ambassador to Syria, Robert Ford" is an apposition, not a list. */
export function coordinatedLeft(doc: Doc, index: ActorIndex, m: Mention, lo: number): Mention[] {
  const titled = titledConjunct(doc, index, m, lo);
  if (titled) return [...coordinatedLeft(doc, index, titled, lo), m];
  const out = [m];
  // "Amnesty International and the Law Society accused": a determiner may open each conjunct
  // ("Sheinbaum and outgoing Canadian Prime Minister Justin Trudeau told": a title may open one too)
  const before = (x: Mention) => {
    let open = x.tokenStart;
    while (x.titleStart !== undefined && open - 1 > lo && doc.tokens[open - 1].start >= x.titleStart) open--;
    return doc.tokens[open - 1]?.pos === 'DET' && open - 1 > lo ? open - 2 : open - 1;
  };
  let at = before(m);
  let sawAnd = false;
  while (at - 1 >= lo && (doc.tokens[at].lower === 'and' || (doc.tokens[at].text === ',' && sawAnd))) {
    sawAnd ||= doc.tokens[at].lower === 'and';
    const prev = index.mentionAt[at - 1];
    if (!prev || !isActorMention(prev)) break;
    out.unshift(prev);
    at = before(prev);
  }
  return out;
}

// "von der Leyen and the EU's foreign policy chief, Josep Borrell, travelled": a person introduced by
// a title between commas, after "and", is coordinated with the actor before the "and"
function titledConjunct(doc: Doc, index: ActorIndex, m: Mention, lo: number): Mention | null {
  const { tokens } = doc;
  if (m.type !== 'PERSON' || tokens[m.tokenStart - 1]?.text !== ',' || tokens[m.tokenEnd]?.text !== ',') return null;
  for (let k = m.tokenStart - 2; k > Math.max(lo, m.tokenStart - 10); k--) {
    if (tokens[k].lower === 'and') {
      const prev = index.mentionAt[k - 1];
      return prev && isActorMention(prev) && k - 1 >= lo ? prev : null;
    }
    if (!NP_WORD.has(tokens[k].pos) && !index.mentionAt[k]) return null;
  }
  return null;
}

// "Syria, which views Iran as an ally": the subject of a relative clause is the noun before it
function antecedent(doc: Doc, index: ActorIndex, clause: Clause, cues: Cues): Subject {
  let k = clause.opener - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const m = index.mentionAt[k] ?? appositionOwner(doc, index, k);
  // "an attack in Ivory Coast that killed ...": a place after a preposition is where, not what, the clause is about
  const placed = m && m.type === 'GPE' && cues.place_prepositions.has(doc.tokens[npStart(doc.tokens, m.tokenStart, 0) - 1]?.lower ?? '');
  if (placed) return { mentions: [], inanimate: true };
  if (m && isActorMention(m)) return { mentions: [m], inanimate: false };
  return { mentions: [], inanimate: k >= 0 && NP_WORD.has(doc.tokens[k].pos) };
}

// "the Malian armed forces, known by their French acronym FAMa, had killed": a name ends an aside
// that opened with a comma and closes with a comma right before the verb group
function closesApposition(doc: Doc, m: Mention, at: number): boolean {
  const { tokens } = doc;
  if (tokens[m.tokenEnd]?.text !== ',' || !adjacent(tokens, m.tokenEnd + 1, at)) return false;
  for (let j = m.tokenStart - 1; j >= Math.max(0, m.tokenStart - 8); j--) {
    if (tokens[j].text === ',') return /^(known|called|named|also)$/.test(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

// "The CMA, an alliance of armed groups that signed the accord, has accused": the noun a relative
// clause follows may be an apposition to a name; the name is what the clause is about
function appositionOwner(doc: Doc, index: ActorIndex, k: number): Mention | undefined {
  const { tokens } = doc;
  for (let j = k; j >= Math.max(0, k - 10); j--) {
    if (tokens[j].text === ',') {
      let at = j - 1;
      if (tokens[at]?.text === ')') while (at > 0 && tokens[at].text !== '(') at--;
      if (tokens[at]?.text === '(') at--;
      const m = index.mentionAt[at];
      return m && isActorMention(m) ? m : undefined;
    }
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADV)$/.test(tokens[j].pos) && tokens[j].lower !== 'of') return undefined;
  }
  return undefined;
}

// "The Houthis, who control the capital, released ...": a comma right before the verb group closes
// the relative clause, and the verb belongs to the noun the clause describes
function afterRelativeClause(doc: Doc, clause: Clause, at: number): boolean {
  let k = at - 1;
  while (k > clause.start && VERB_GROUP.has(doc.tokens[k].pos)) k--;
  return doc.tokens[k]?.text === ',' && isRelativeOpener(doc, clause);
}

// "Rashad al-Alimi, chairman of the council, praised": a noun phrase between commas after a name is
// an apposition; the name is the subject
// (also "Mohammed Abdulsalam, the group's chief negotiator and spokesman, thanked"), when a comma
// closes the apposition right before the verb group
function appositionHead(doc: Doc, index: ActorIndex, first: number, lo: number, at: number): Mention | null {
  let close = at - 1;
  while (close > first && VERB_GROUP.has(doc.tokens[close].pos)) close--;
  if (doc.tokens[close]?.text !== ',') return null;
  for (let k = first - 1; k >= Math.max(lo + 1, first - 10); k--) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.text !== ',') continue;
    const m = index.mentionAt[k - 1];
    return m && isActorMention(m) ? m : null;
  }
  return null;
}

// "Seoul, Tokyo and Washington are due to ..., under an arrangement their leaders agreed": "their"
// before a noun for people stands for the coordinated actors that open the sentence (two or more),
// "its" for a single organisation or state that opens it
function possessorActors(doc: Doc, index: ActorIndex, first: number, lo: number): Mention[] {
  const word = doc.tokens[first];
  if (word.pos !== 'PRON' || !/^(its|their)$/.test(word.lower)) return [];
  const open = doc.sentences[word.sent].tokenStart;
  const list: Mention[] = [];
  let k = doc.tokens[open]?.pos === 'DET' ? open + 1 : open;
  for (let m = index.mentionAt[k]; m && isActorMention(m) && m.tokenEnd <= first; m = index.mentionAt[k]) {
    list.push(m);
    k = m.tokenEnd;
    if (doc.tokens[k]?.text === ',' && doc.tokens[k + 1]?.lower === 'and') k++;
    if (doc.tokens[k]?.text !== ',' && doc.tokens[k]?.lower !== 'and') break;
    k++;
  }
  if (word.lower === 'their') return list.length > 1 ? list : [];
  return list.length === 1 && list[0].type !== 'PERSON' ? list : [];
}

/** The subject of the verb starting at token `at`, inside `clause`. */
export function findSubject(doc: Doc, index: ActorIndex, clause: Clause, at: number, cues: Cues): Subject {
  const { tokens } = doc;
  const lo = clause.start;
  if (afterRelativeClause(doc, clause, at)) return antecedent(doc, index, clause, cues);
  for (let k = at - 1; k >= lo; k--) {
    const m = index.mentionAt[k];
    if (m && isActorMention(m)) {
      // "Iran's president-elect met": the possessor is not the head of the subject
      if (isPossessive(tokens[m.tokenEnd]) && m.tokenEnd < at) {
        // but "Peru's foreign ministry rejected": a state's own body acts for the state
        if (m.type === 'GPE' && stateBody(doc, m.tokenEnd + 1, cues)) return { mentions: [m], inanimate: false };
        k = npStart(tokens, m.tokenStart, lo);
        if (governed(tokens[k - 1], lo)) continue;
        return { mentions: [], inanimate: true };
      }
      // "Russia's Defence Ministry denied": a body named only by what it does is its state's
      const owner = index.mentionAt[m.tokenStart - 2];
      if (m.type === 'ORG' && isPossessive(tokens[m.tokenStart - 1]) && owner?.type === 'GPE' && isActorMention(owner) && stateBody(doc, m.tokenStart, cues)) return { mentions: [owner], inanimate: false };
      // "said Sullivan expressed": a name right before the verb group is its subject, whatever precedes it
      const np = npStart(tokens, m.tokenStart, lo);
      // but "the Law Society of Kenya accused": a name after "of" belongs to the noun before it
      // (a person there is titled: "Secretary of State Antony Blinken met")
      const ofPhrase = tokens[np - 1]?.lower === 'of' && np - 1 >= lo && m.type !== 'PERSON';
      // and "an attack on a post in North Waziristan killed": a name after a preposition never is
      // (but "the armed forces, known by their acronym FAMa, had killed": a name closing an apposition is)
      const aside = closesApposition(doc, m, at);
      const afterPreposition = tokens[np - 1]?.pos === 'ADP' && np - 1 >= lo && m.type !== 'PERSON';
      if (!aside && governed(tokens[np - 1], lo) && (ofPhrase || afterPreposition || !adjacent(tokens, m.tokenEnd, at))) { k = np; continue; }
      // "protests in Lima, Cusco and Andahuaylas, and marched": a list after a preposition is no subject
      const list = coordinatedLeft(doc, index, m, lo);
      const listStart = npStart(tokens, list[0].tokenStart, lo);
      // (nor "tariffs targeting Canada and Mexico, along with doubling": a list that is a verb's object)
      const objectList = governed(tokens[listStart - 1], lo) && (tokens[listStart - 1].pos === 'ADP' || !adjacent(tokens, m.tokenEnd, at));
      if (list.length > 1 && objectList) { k = listStart; continue; }
      return { mentions: list, inanimate: false };
    }
    const t = tokens[k];
    // "He said Trump's tariffs, along with doubling ...": the subject of what was said is never the one who said it
    if (t.pos === 'VERB' && cues.speech_verbs.has(t.lower) && isPlainSaying(tokens, k, at)) return NONE;
    // "Boric plans to visit": a verb of intention or saying the tagger took for a noun
    if (t.pos === 'NOUN' && (cues.irrealis_verbs.has(t.lower) || cues.speech_verbs.has(t.lower))) continue;
    // "Marsudi today held a meeting": a time word the tagger took for a noun
    if (cues.time_nouns.has(t.lower)) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !m)) {
      const first = npStart(tokens, k, lo);
      // "saying it violated the resolution": a nominative pronoun is a subject even after a verb
      const nominative = t.pos === 'PRON' && /^(it|they|he|she|we|i)$/.test(t.lower);
      // "said 30 diplomats were expelled": after a verb of saying, a noun phrase right before the verb
      // group is the subject of what was said, not the object of "said"
      const reported = cues.speech_verbs.has(tokens[first - 1]?.lower ?? '') && adjacent(tokens, k + 1, at);
      if (!nominative && !reported && governed(tokens[first - 1], lo)) { k = first; continue; }
      if (isGroup(tokens, first, k, cues)) return { mentions: [], inanimate: false, group: true, from: first };
      const state = bodyOwner(doc, index, first, k, cues);
      if (state) return { mentions: [state], inanimate: false };
      const head = appositionHead(doc, index, first, lo, at);
      if (head) return { mentions: coordinatedLeft(doc, index, head, lo), inanimate: false };
      if (t.pos === 'PRON' && /^(his|her|its|their)$/.test(t.lower)) continue;
      const owners = cues.people_nouns.has(t.lower) ? possessorActors(doc, index, first, lo) : [];
      if (owners.length) return { mentions: owners, inanimate: false, from: first };
      if (t.pos === 'PRON' && /^(we|i)$/.test(t.lower)) return { mentions: [], inanimate: false, firstPerson: true };
      // "They are demanding her resignation": an unresolved personal pronoun is an unnamed actor, not a thing
      // ("they" may stand for the people of the latest meeting: the caller decides)
      if (t.pos === 'PRON' && /^(they|he|she)$/.test(t.lower)) {
        // but "activists who they said had been abducted": a pronoun before a verb of saying is the
        // reporter of a parenthesis, and the subject is further left
        if (cues.speech_verbs.has(tokens[k + 1]?.lower ?? '') && k + 1 < at - 1) continue;
        return t.lower === 'they' ? { ...NONE, group: true, from: k } : NONE;
      }
      const modifier = actorModifier(doc, index, first, k);
      // "FAMa and CMA fighters have clashed": the modifier may close a list of actors
      return modifier ? { mentions: coordinatedLeft(doc, index, modifier, lo), inanimate: false } : { mentions: [], inanimate: true, people: cues.people_nouns.has(t.lower) };
    }
  }
  return isRelativeOpener(doc, clause) ? antecedent(doc, index, clause, cues) : NONE;
}

/** "Israel's claim of killing a commander": the possessor of the noun governing a gerund is its subject. */
export function gerundPossessor(doc: Doc, index: ActorIndex, at: number, lo: number): Mention | null {
  const { tokens } = doc;
  if (!/ing$/.test(tokens[at].lower) || !/^(of|for|in|by)$/.test(tokens[at - 1]?.lower ?? '')) return null;
  for (let k = at - 2; k >= Math.max(lo, at - 5); k--) {
    if (isPossessive(tokens[k])) {
      const m = index.mentionAt[k - 1];
      return m && isActorMention(m) ? m : null;
    }
    if (tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'ADJ') return null;
  }
  return null;
}

/** "orders blocking the swearing-in", "forces firing on protesters": the noun phrase just before. */
export function nounPhraseSubject(doc: Doc, index: ActorIndex, at: number, lo: number): Subject | null {
  const prev = doc.tokens[at - 1];
  if (!prev || at - 1 < lo || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return null;
  const m = index.mentionAt[at - 1];
  if (m && isActorMention(m)) return { mentions: [m], inanimate: false };
  const modifier = actorModifier(doc, index, npStart(doc.tokens, at - 1, lo), at - 1);
  return modifier ? { mentions: [modifier], inanimate: false } : { mentions: [], inanimate: true };
}
