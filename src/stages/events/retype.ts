// Step 1b: a few triggers change type with their object. "expelled 15 intelligence officers registered
// as diplomats", "announced the expulsion of about 25 diplomats": expelling a state's diplomats is a
// diplomatic sanction against that state, not the coercion of the people expelled.
import type { Doc } from '../../doc/types.js';
import type { Lexicon, TriggerSense } from './lexicon.js';
import type { TriggerMatch } from './match.js';

const REACH = 8;

// the sense of the lexicon's own "expelled diplomats" phrase, so that the codes stay in the data
function expelSense(lex: Lexicon): TriggerSense | null {
  return lex.root.next.get('expelled')?.next.get('diplomats')?.verb ?? null;
}

/** The trigger with its sense replaced when its object shows it is a diplomatic expulsion. */
export function retype(doc: Doc, trig: TriggerMatch, sentenceEnd: number, lex: Lexicon): TriggerMatch {
  if (trig.sense.type !== 'COERCE' || trig.sense.mode !== 'deport') return trig;
  const sense = expelSense(lex);
  if (!sense) return trig;
  const expelled = { ...trig, sense: { ...sense, kind: trig.sense.kind, form: trig.sense.form } };
  for (let k = trig.end; k < Math.min(sentenceEnd, trig.end + REACH); k++) {
    const t = doc.tokens[k];
    if (t.text === ',' || t.text === ';') break;
    if (lex.cues.diplomatic_staff.has(t.lower)) return expelled;
  }
  // "30 Russian diplomats were being expelled": the passive subject right before the verb group
  let k = trig.start - 1;
  while (k > 0 && doc.tokens[k].pos === 'AUX') k--;
  return k < trig.start - 1 && lex.cues.diplomatic_staff.has(doc.tokens[k].lower) ? expelled : trig;
}
