// Step 3b: a side's own future force, announced by that side, is a threat made now. "We will
// retaliate", "Solberg said Norway would strike back": the attack is hypothetical, the threat is not.
import type { Doc, Mention } from '../../doc/types.js';
import { countryOf, type ActorIndex } from './actors.js';
import type { Arguments } from './args.js';
import type { Lexicon, TriggerSense } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { futureBefore, type Modality } from './modality.js';

const FORCE = new Set(['ASSAULT', 'COERCE', 'SANCTION']);
// the sense of the lexicon's own "threatened", so that the codes stay in the data
const threatSense = (lex: Lexicon): TriggerSense | null => lex.root.next.get('threatened')?.verb ?? null;

/** The THREATEN sense for a future act of force by the speaker's own side, else null. */
export function ownThreat(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, reporter: Mention | null, modality: Modality, lex: Lexicon): TriggerSense | null {
  if (!FORCE.has(trig.sense.type) || !modality.hypothetical || modality.negated || !futureBefore(doc, args.anchor)) return null;
  const side = (m: Mention) => countryOf(index, index.actorOf(m)) ?? index.actorOf(m);
  const own = args.firstPerson || (reporter !== null && args.sources.some((m) => side(m) === side(reporter)));
  const sense = own ? threatSense(lex) : null;
  return sense && { ...sense, kind: trig.sense.kind, form: trig.sense.form };
}

// "It warned that Seoul would pay dearly", "He warned that such actions could have consequences that
// Pakistan would not be able to control": a warning's target is the first actor in what it says that
// acts as a subject (a name right before a verb), other than the one who warns
export function warnedParty(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments): Mention[] {
  if (trig.sense.type !== 'THREATEN' || args.targets.length || doc.tokens[trig.end - 1].lower !== 'that') return args.targets;
  const { tokenEnd } = doc.sentences[doc.tokens[trig.start].sent];
  // ("Boric warned that Chile would respond": the warner's own side is not warned)
  const side = (m: Mention) => countryOf(index, index.actorOf(m)) ?? index.actorOf(m);
  const sources = new Set(args.sources.flatMap((m) => [index.actorOf(m), side(m)]));
  for (let k = trig.end; k < Math.min(tokenEnd, trig.end + 15); k++) {
    const m = index.mentionAt[k];
    if (!m || m.tokenStart !== k) continue;
    const next = doc.tokens[m.tokenEnd];
    const before = doc.tokens[k - 1];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX') && before.pos !== 'ADP' && !sources.has(index.actorOf(m)) && !sources.has(side(m)) && m.type !== 'PERSON') return [m];
    k = m.tokenEnd - 1;
  }
  return [];
}
