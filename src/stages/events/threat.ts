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
