// Step 2c: targets named where no object names one. Acts on a state's people or ground often name
// the state only as a possessor inside the trigger or as the place the act hit.
import type { Doc, Mention } from '../../doc/types.js';
import { isActorMention, type ActorIndex } from './actors.js';
import type { Clause } from './clause.js';
import type { Cues } from './lexicon.js';
import type { TriggerMatch } from './match.js';

// acts done to someone's people, property or territory
const DONE_TO = new Set(['SANCTION', 'COERCE', 'ASSAULT']);
const isPossessive = (doc: Doc, k: number) => doc.tokens[k]?.pos === 'PART' && /^['’]s$/.test(doc.tokens[k].text);

// "Lithuania expelled Russia's ambassador", "froze Iran's assets": the possessor inside the trigger
function possessorInside(doc: Doc, index: ActorIndex, trig: TriggerMatch): Mention | null {
  for (let k = trig.start + 1; k < trig.end; k++) {
    const m = index.mentionAt[k];
    if (m && isActorMention(m) && m.kind === 'name' && isPossessive(doc, m.tokenEnd)) return m;
  }
  return null;
}

// "warplanes struck hideouts inside Afghanistan", "a missile struck the railway station in
// Kramatorsk": an attack with no named object hit the place it names
function placeHit(doc: Doc, index: ActorIndex, clause: Clause, from: number, cues: Cues): Mention | null {
  for (let k = from; k < Math.min(clause.end, from + 10); k++) {
    const t = doc.tokens[k];
    if (t.text === ',' || ((t.pos === 'VERB' || t.pos === 'AUX') && k > from)) return null;
    if (!cues.place_prepositions.has(t.lower)) continue;
    for (let j = k + 1; j < Math.min(clause.end, k + 4); j++) {
      const m = index.mentionAt[j];
      if (m && isActorMention(m)) return m.type === 'GPE' ? m : null;
      if (doc.tokens[j].pos !== 'DET' && doc.tokens[j].pos !== 'ADJ') break;
    }
  }
  return null;
}

/** The target implied by a possessor inside the trigger or, for an attack, by the place it hit. */
export function impliedTarget(doc: Doc, index: ActorIndex, trig: TriggerMatch, clause: Clause, from: number, cues: Cues): Mention[] {
  if (!DONE_TO.has(trig.sense.type)) return [];
  const owner = possessorInside(doc, index, trig);
  if (owner) return [owner];
  const place = trig.sense.type === 'ASSAULT' ? placeHit(doc, index, clause, from, cues) : null;
  return place ? [place] : [];
}
