// Step 1c: words of blame put on someone's act. "called the decision illegitimate and politically
// motivated", "has called Boluarte a usurper", "described the day's events as treasonous": naming an
// act or a person with a word of blame (cues.yaml `blame_words`) is an accusation, coded with the
// sense of the lexicon's own "criticized" so that the codes stay in the data; "describing Castillo as
// a victim", "called him the rightful president" (`praise_words`) take the sense of "praised".
import type { Doc } from '../../doc/types.js';
import type { VerbForm } from './inflect.js';
import type { Lexicon, TriggerSense } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/** How far after the verb the word of blame may stand. */
const REACH = 14;
// "called for", "called on", "called off": phrasal verbs that ask or cancel, not name
const PARTICLES = new Set(['for', 'on', 'off', 'up', 'in', 'out', 'back']);

const formOf = (word: string): VerbForm => (/ing$/.test(word) ? 'gerund' : /ed$/.test(word) ? 'past' : /s$/.test(word) ? 'third' : 'base');

// the first word of blame or of praise after the verb, inside its clause
function verdictAfter(doc: Doc, k: number, end: number, lex: Lexicon): 'blame' | 'praise' | null {
  for (let j = k + 1; j < Math.min(end, k + 1 + REACH); j++) {
    const t = doc.tokens[j];
    if (lex.cues.blame_words.has(t.lower)) return 'blame';
    if (lex.cues.praise_words.has(t.lower)) return 'praise';
    if (t.text === ',' || t.text === ';' || t.text === '.' || (lex.cues.clause_openers.has(t.lower) && t.lower !== '"' && t.lower !== '“' && t.lower !== '”')) return null;
  }
  return null;
}

/** The triggers of sentence `s` with blame triggers added where no other trigger stands. */
export function withBlame(doc: Doc, s: number, triggers: TriggerMatch[], lex: Lexicon): TriggerMatch[] {
  const senses: Record<'blame' | 'praise', TriggerSense | null> = {
    blame: lex.root.next.get('criticized')?.verb ?? null,
    praise: lex.root.next.get('praised')?.verb ?? null,
  };
  const { tokenStart, tokenEnd } = doc.sentences[s];
  const out = [...triggers];
  for (let k = tokenStart; k < tokenEnd; k++) {
    const t = doc.tokens[k];
    if (t.pos !== 'VERB' || !lex.cues.blame_verbs.has(t.lower) || PARTICLES.has(doc.tokens[k + 1]?.lower ?? '')) continue;
    if (triggers.some((m) => m.start <= k && k < m.end)) continue;
    const verdict = verdictAfter(doc, k, tokenEnd, lex);
    const base = verdict ? senses[verdict] : null;
    if (base) out.push({ start: k, end: k + 1, sense: { ...base, kind: 'verb', form: formOf(t.lower), pattern: t.lower }, nominal: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
