// Collective anaphora the coref stage leaves open: "It warned that ...", "they arrested seven members",
// "the group claimed the attack", "the government freed 700 fighters". Each becomes a stand-in
// mention of the latest organisation or state that was a subject nearby. Conservative on purpose:
// a person named in between blocks "they" and "it" (a plural "they" may mean those people).
import type { Doc, Mention, Token } from '../../doc/types.js';

/** The words this step resolves, from data/events/cues.yaml. */
export interface AnaphoraWords {
  /** "it", "they": subject pronouns that may stand for an organisation or a state */
  pronouns: Set<string>;
  /** "the group", "the movement": nouns that stand for the latest organisation */
  orgNouns: Set<string>;
  /** "the government", "the country": nouns that stand for the latest state */
  stateNouns: Set<string>;
}

/** How many sentences back an antecedent may be. */
const REACH = 1;

interface Antecedent { mention: Mention; sentence: number; personAfter: boolean }

// "Iran fired ...", "The Houthis released ...": only a name opening its sentence is taken as the
// topic that a later "it", "they" or "the group" continues
function opensSentence(tokens: readonly Token[], m: Mention, sentenceOf: (token: number) => number): boolean {
  let k = m.tokenStart;
  if (k > 0 && tokens[k - 1].pos === 'DET') k--;
  return k === 0 || sentenceOf(k - 1) !== sentenceOf(k);
}

// "“They were shooting at us,” said a student": a pronoun inside a quotation speaks for the speaker's side
function quoted(tokens: readonly Token[], k: number, sentenceOf: (token: number) => number): boolean {
  for (let j = k - 1; j >= 0 && sentenceOf(j) === sentenceOf(k); j--) if (/^["“”]$/.test(tokens[j].text)) return true;
  return false;
}

// "It warned that ...", "said that it would ...", "and they arrested": the pronoun opens its clause;
// in "some telling VOA they agree" it follows a noun and speaks for unnamed people
function clauseInitial(tokens: readonly Token[], k: number, sentenceOf: (token: number) => number): boolean {
  const prev = tokens[k - 1];
  return !prev || sentenceOf(k - 1) !== sentenceOf(k) || !/^(NOUN|PROPN|PRON|NUM)$/.test(prev.pos);
}

/** A mention of `like`'s entity over tokens [from, to), standing for a word that refers to it. */
export function standIn(doc: Doc, from: number, to: number, like: Mention, id: number): Mention {
  const start = doc.tokens[from].start, end = doc.tokens[to - 1].end;
  return { id, start, end, tokenStart: from, tokenEnd: to, text: doc.text.slice(start, end), type: like.type, kind: 'pronoun', source: 'pronoun', entity: like.entity };
}

// "the group" / "the internationally recognised government": the head noun after "the" and at most two modifiers
function collectiveEnd(tokens: readonly Token[], k: number, nouns: Set<string>): number {
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (!nouns.has(tokens[j].lower)) continue;
    const next = tokens[j + 1];
    // "the group's leader" is fine; "the government forces" is not the government itself
    return next && (next.pos === 'NOUN' || next.pos === 'PROPN') ? -1 : j + 1;
  }
  return -1;
}

/** Which entities are states, and the state a person acts for (its mention in the article). */
export interface StateOf {
  isState(entity: string): boolean;
  ofPerson(m: Mention): Mention | null;
}

// the state named most often so far, if named at least twice and more often than any other
function leading(seen: Map<string, { count: number; mention: Mention }>, s: number): Antecedent | null {
  const ranked = [...seen.values()].sort((a, b) => b.count - a.count);
  if (!ranked.length || ranked[0].count < 2 || ranked[1]?.count === ranked[0].count) return null;
  return { mention: ranked[0].mention, sentence: s, personAfter: false };
}

/** Adds stand-in mentions for collective anaphora; returns them. */
export function addAnaphora(doc: Doc, mentionAt: Array<Mention | undefined>, words: AnaphoraWords, sentenceOf: (token: number) => number, states: StateOf): Set<Mention> {
  const out = new Set<Mention>();
  let org: Antecedent | null = null;
  let state: Antecedent | null = null;
  const seen = new Map<string, { count: number; mention: Mention }>();
  const { tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const s = sentenceOf(k);
    const m = mentionAt[k];
    // "her government granted": the government of the person's state
    const owned = m && m.kind === 'pronoun' && m.type === 'PERSON' ? states.ofPerson(m) : null;
    if (owned && tokens[k + 1] && words.stateNouns.has(tokens[k + 1].lower) && !mentionAt[k + 1]) {
      const sm = standIn(doc, k, k + 2, owned, -1000 - out.size);
      mentionAt[k] = mentionAt[k + 1] = sm;
      out.add(sm);
      k++;
      continue;
    }
    if (m && m.tokenStart === k && m.entity !== undefined && states.isState(m.entity) && !out.has(m)) {
      const tally = seen.get(m.entity) ?? { count: 0, mention: m };
      seen.set(m.entity, { count: tally.count + 1, mention: tally.mention });
    }
    if (m && m.tokenStart === k && m.entity !== undefined && !out.has(m)) {
      if (m.type === 'PERSON') { if (org) org.personAfter = true; if (state) state.personAfter = true; }
      else if (m.kind === 'name' && opensSentence(tokens, m, sentenceOf)) {
        const a = { mention: m, sentence: s, personAfter: false };
        if (m.type === 'ORG') org = a; else if (m.type === 'GPE') state = a;
      }
      k = m.tokenEnd - 1;
      continue;
    }
    const t = tokens[k];
    const near = (a: Antecedent | null) => (a && s - a.sentence <= REACH ? a : null);
    // "It warned", "they arrested": a subject pronoun right before its verb
    if (t.pos === 'PRON' && words.pronouns.has(t.lower) && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') && clauseInitial(tokens, k, sentenceOf) && !quoted(tokens, k, sentenceOf)) {
      const a = [near(org), near(state)].filter((x): x is Antecedent => x !== null && !x.personAfter)
        .sort((x, y) => y.mention.tokenStart - x.mention.tokenStart)[0];
      if (a) { const sm = standIn(doc, k, k + 1, a.mention, -1000 - out.size); mentionAt[k] = sm; out.add(sm); }
      continue;
    }
    if (t.lower !== 'the') continue;
    // "the government declared a state of emergency": with no state opening a recent sentence, the
    // state the article has named most so far, when one clearly leads
    const antecedents = [[words.orgNouns, () => near(org)], [words.stateNouns, () => near(state) ?? leading(seen, s)]] as const;
    for (const [nouns, find] of antecedents) {
      const end = collectiveEnd(tokens, k, nouns);
      const a = end < 0 ? null : find();
      if (!a || tokens.slice(k, end).some((_, i) => mentionAt[k + i])) continue;
      const sm = standIn(doc, k, end, a.mention, -1000 - out.size);
      for (let j = k; j < end; j++) mentionAt[j] = sm;
      out.add(sm);
      k = end - 1;
      break;
    }
  }
  return out;
}
