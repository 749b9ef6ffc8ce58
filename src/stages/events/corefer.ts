// Step 6: one event, one record. A noun that refers back to an event already coded ("This meeting
// underscored", "the discussions between Khaji and Mekdad", "during his visit") adds nothing new, and
// "visited Syria, where he met with President Assad" is one visit, not a visit and a meeting.
import type { DossierEvent } from '../../doc/types.js';
import type { ActorIndex } from './actors.js';
import { countryOf } from './actors.js';

/** An event still being decided on, with how it was found. */
export interface Candidate {
  event: DossierEvent;
  nominal: boolean;
  symmetric: boolean;
}

// the same actor; for a noun, also a collective actor of the same state ("the visit by the Iranian
// delegation" after Khaji of Iran visited), but never a different named person
function same(index: ActorIndex, a: string | null, b: string | null, loose: boolean): boolean {
  if (a === null || a === b) return true;
  if (!loose || b === null || index.entities.get(a)?.type === 'PERSON') return false;
  const country = countryOf(index, a);
  return country !== null && country === countryOf(index, b);
}

function compatible(index: ActorIndex, c: Candidate, earlier: DossierEvent): boolean {
  const e = c.event;
  if (e.type !== earlier.type) return false;
  const direct = same(index, e.source, earlier.source, c.nominal) && same(index, e.target, earlier.target, c.nominal);
  const flipped = c.symmetric && same(index, e.source, earlier.target, c.nominal) && same(index, e.target, earlier.source, c.nominal);
  return direct || flipped;
}

/** True when the candidate only refers back to an event kept earlier. */
export function refersBack(index: ActorIndex, c: Candidate, kept: readonly DossierEvent[]): boolean {
  const partial = c.event.source === null || c.event.target === null;
  if (!c.nominal && !partial) return false;
  // a noun may name a planned event again ("the deal between Mauritius and Britain"); a verb with a
  // missing actor only repeats one that happened
  return kept.some((k) => (c.nominal || (!k.negated && !k.hypothetical)) && compatible(index, c, k));
}

/**
 * "visited Syria, where he met with President Assad", "travelled to Kyiv, where they were received by
 * President Zelensky": a visit to a state followed, in the same sentence, by a meeting of the same
 * visitor with someone of that state becomes that meeting, as a visit (visitor -> host).
 */
export function mergeVisits(index: ActorIndex, events: DossierEvent[]): DossierEvent[] {
  const dropped = new Set<DossierEvent>();
  for (const visit of events) {
    if (visit.type !== 'CONSULT' || visit.mode !== 'visit' || visit.target === null) continue;
    const state = countryOf(index, visit.target);
    const later = (e: DossierEvent) => e !== visit && e.sentence === visit.sentence && e.type === 'CONSULT' && e.trigger.start > visit.trigger.start && !dropped.has(e);
    const host = (id: string | null) => id !== null && id !== visit.target && countryOf(index, id) === state;
    // "where he met with President Assad"; "where they were received by President Zelensky"
    const meeting = events.find((e) => later(e) && e.source === visit.source && host(e.target))
      ?? events.find((e) => later(e) && e.target === visit.source && host(e.source));
    if (!meeting || state === null) continue;
    if (meeting.target === visit.source) [meeting.source, meeting.target, meeting.source_country, meeting.target_country] = [visit.source, meeting.source, visit.source_country, meeting.source_country];
    meeting.mode = visit.mode;
    meeting.trigger = visit.trigger;
    meeting.cameo = visit.cameo;
    meeting.intensity = visit.intensity;
    meeting.evidence = { start: Math.min(visit.evidence.start, meeting.evidence.start), end: Math.max(visit.evidence.end, meeting.evidence.end) };
    dropped.add(visit);
  }
  return events.filter((e) => !dropped.has(e));
}

/**
 * "Modi arrived in Mauritius. ... Following talks with Prime Minister Ramgoolam, ...": talks whose
 * host is named but whose guest is not belong to the latest visit to the host's state.
 */
export function inheritVisitor(index: ActorIndex, c: Candidate, kept: readonly DossierEvent[]): void {
  const e = c.event;
  if (e.type !== 'CONSULT' || e.source !== null || e.target === null) return;
  const state = countryOf(index, e.target);
  const visit = [...kept].reverse().find((k) => k.mode === 'visit' && k.source !== null && !k.hypothetical && !k.negated
    && k.target !== null && (k.target === e.target || (state !== null && countryOf(index, k.target) === state)));
  if (!visit) return;
  e.source = visit.source;
  e.source_country = visit.source_country;
}
