// Actors from earlier in the article: the people last seen together ("the two ministers", "they",
// "both leaders") and who did an act that a later noun names ("condemned the raids").
import type { Doc, DossierEvent, Mention } from '../../doc/types.js';
import type { ActorIndex } from './actors.js';
import type { Arguments } from './args.js';
import type { TriggerMatch } from './match.js';

/** The actors last seen together: the sides of a meeting or coordinated subjects, and the people of
 * the latest event between two people. */
export interface GroupMemory { together: Mention[]; sentence: number; people: Mention[]; peopleSentence: number; events: DossierEvent[] }
export const emptyMemory = (events: DossierEvent[] = []): GroupMemory => ({ together: [], sentence: -10, people: [], peopleSentence: -10, events });

const CRITICAL = new Set(['ACCUSE', 'REJECT']);
// "struck camps ... condemned the raids", "expelled the ambassador ... called the expulsion unjustified":
// nouns for forceful acts are looser than their verbs, so any of these counts as the same kind of act
const FORCEFUL = new Set(['SANCTION', 'COERCE', 'ASSAULT']);

// "Pakistan struck camps in Khost. Mujahid condemned the raids", "called the expulsion unjustified":
// criticism of an act named by a noun, with no actor of its own, targets who did the act last
// (an event of the noun's type, at most three sentences back)
export function targetOfAct(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, later: readonly TriggerMatch[], memory: GroupMemory, s: number): Arguments {
  if (trig.nominal || !CRITICAL.has(trig.sense.type) || args.targets.length) return args;
  const act = later.find((t) => t.nominal && t.start >= trig.end && t.start - trig.end <= 4);
  if (!act) return args;
  for (let k = trig.end; k < act.start; k++) if (!/^(DET|ADJ|NOUN|NUM)$/.test(doc.tokens[k].pos)) return args;
  const kin = (e: DossierEvent) => e.type === act.sense.type || (FORCEFUL.has(e.type) && FORCEFUL.has(act.sense.type));
  const done = [...memory.events].reverse().find((e) => kin(e) && e.source !== null && s - e.sentence <= 3);
  const m = index.mentionOf(done?.source);
  return m && !args.sources.some((x) => index.actorOf(x) === done!.source) ? { ...args, targets: [m] } : args;
}

// "the two ministers", "the prime ministers", "the two men": a group named by a title or as people
const PEOPLE_GROUP = /^(ministers|leaders|presidents|premiers|men|women|chancellors|envoys|negotiators|heads)$/;

// "Modi held talks with Ramgoolam. The prime ministers signed eight pacts", "X and Y travelled to Kyiv,
// where they were received by Z": a group subject stands for the actors last seen together, one
// sentence back for "they", two for "the two ministers" (people named as the two sides of an event)
export function withGroup(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, memory: GroupMemory, s: number): Arguments {
  if (!args.group || args.spanFrom === undefined) return args;
  const pronoun = doc.tokens[args.spanFrom].pos === 'PRON';
  const head = doc.tokens.slice(args.spanFrom, args.spanFrom + 5).find((t) => PEOPLE_GROUP.test(t.lower));
  const [seen, at] = head ? [memory.people, memory.peopleSentence] : [memory.together, memory.sentence];
  const titled = head ? holdersOf(doc, args.spanFrom, head.i) : [];
  if (!titled.length && s - at > (pronoun ? 1 : 2)) return args;
  const others = new Set((args.group === 'sources' ? args.targets : args.sources).map((m) => index.actorOf(m)));
  const named = titled.length ? titled : seen;
  const group = named.filter((m) => !others.has(index.actorOf(m)));
  // "Following talks with Ramgoolam, both leaders ...": the other side is already named
  if (named.length < 2 || !group.length || (group.length < 2 && group.length === named.length)) return args;
  if (args.group === 'targets') return { ...args, targets: group };
  if (trig.sense.group.frame === 'symmetric' && !args.targets.length) return { ...args, sources: [group[0]], targets: group.slice(1), inanimateSource: false };
  return { ...args, sources: group, inanimateSource: false };
}

// "both leaders": heads of state or government
const HEADS = /^(president|prime minister|chancellor|king|queen|emir|crown prince|premier|supreme leader|sultan|head of state)$/;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, both: 2 };

// "the two Foreign Ministers", "the prime ministers": the people the article gave that title, the
// most recently mentioned first, as many as the number says
function holdersOf(doc: Doc, from: number, head: number): Mention[] {
  const words = doc.tokens.slice(from, head + 1).map((t) => t.lower).filter((w) => !/^(the|both|two|three|four)$/.test(w));
  const title = [...words.slice(0, -1), words[words.length - 1].replace(/s$/, '')].join(' ');
  if (!/^(minister|leader|president|premier|chancellor|envoy|negotiator|head)$/.test(title.split(' ').pop()!)) return [];
  const count = COUNTS[doc.tokens[from].lower] ?? COUNTS[doc.tokens[from + 1]?.lower] ?? Infinity;
  const holds = (role: string) => role === title || role.endsWith(` ${title}`) || (title === 'leader' && HEADS.test(role));
  const people = new Set(doc.roles.filter((r) => r.status !== 'former' && holds(r.role)).map((r) => r.person));
  const last = (id: string) => Math.max(-1, ...doc.mentions.filter((m) => m.entity === id && m.tokenStart < from).map((m) => m.tokenStart));
  const ranked = [...people].filter((id) => last(id) >= 0).sort((a, b) => last(b) - last(a)).slice(0, count);
  if (ranked.length < 2 || (count !== Infinity && ranked.length < count)) return [];
  return ranked.map((id) => doc.mentions.find((m) => m.entity === id && m.tokenStart < from)!);
}

const distinct = (index: ActorIndex, ms: Mention[]) => ms.filter((m, i) => ms.findIndex((x) => index.actorOf(x) === index.actorOf(m)) === i);

export function remember(index: ActorIndex, trig: TriggerMatch, args: Arguments, memory: GroupMemory, s: number): void {
  const together = distinct(index, trig.sense.group.frame === 'symmetric' ? [...args.sources, ...args.targets] : args.sources);
  if (together.length >= 2) { memory.together = together; memory.sentence = s; }
  const people = distinct(index, [...args.sources, ...args.targets].filter((m) => m.type === 'PERSON'));
  if (people.length >= 2) { memory.people = people; memory.peopleSentence = s; }
}

// "France ordered 35 Russian diplomats to leave ... Denmark expelled 15 intelligence officers": in a
// run of sanctions, one whose target goes unsaid has the target of the one just before (two sentences)
export function carriedTarget(index: ActorIndex, trig: TriggerMatch, args: Arguments, memory: GroupMemory, s: number): Mention[] {
  if (trig.sense.type !== 'SANCTION' || args.targets.length || !args.sources.length) return args.targets;
  const last = [...memory.events].reverse().find((e) => e.type === 'SANCTION' && e.target !== null && s - e.sentence <= 2);
  const sources = new Set(args.sources.map((m) => index.actorOf(m)));
  const m = last && !sources.has(last.target!) ? index.mentionOf(last.target) : null;
  return m ? [m] : args.targets;
}
