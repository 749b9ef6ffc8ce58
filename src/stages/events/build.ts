// Steps 1-5 for one sentence: triggers -> arguments -> modality, reporter, date, place -> events.
import type { Doc, DossierEvent, Mention } from '../../doc/types.js';
import { countryOf, type ActorIndex } from './actors.js';
import { argumentsOf, type Arguments } from './args.js';
import { clauseOf, type Clause } from './clause.js';
import { findSubject } from './subject.js';
import type { Candidate } from './corefer.js';
import type { Lexicon } from './lexicon.js';
import { matchTriggers, type TriggerMatch } from './match.js';
import { modalityOf } from './modality.js';
import { retype } from './retype.js';
import { reporterOf } from './speech.js';
import { dateOf, placeOf } from './when-where.js';
import { withBlame } from './evaluative.js';
import { ownThreat, warnedParty } from './threat.js';

// a thing as the subject of a cooperative or verbal act is no political event ("This support has
// helped maintain ..."); for violence and coercion the weapon often stands for the unnamed attacker,
// and protesters are rarely named ("Students protested against the president")
const THING_MAY_ACT = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

// "announced its support for ... talks between Ankara and Damascus", "calls for talks": a noun trigger
// in the complement of an earlier trigger of its clause is what that trigger is about, not an event;
// "This stance highlights Iran's commitment to ...": nor is one in the object of a verb of commentary
function embedded(doc: Doc, trig: TriggerMatch, earlier: readonly TriggerMatch[], clause: Clause, lex: Lexicon): boolean {
  const host = [...earlier].reverse().find((t) => t.start >= clause.start && t.end <= trig.start);
  let from = host ? host.end : -1;
  for (let k = trig.start - 1; k >= Math.max(clause.start, from); k--) {
    if (lex.cues.commentary_verbs.has(doc.tokens[k].lower)) { from = k + 1; break; }
  }
  if (from < 0) return false;
  for (let k = from; k < trig.start; k++) if (isClauseVerb(doc, k)) return false;
  return true;
}

// "to existing agreements", "the high-ranking delegation": a participle after a determiner or a
// preposition describes a noun; it is not the verb of a new predicate
function isClauseVerb(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const prev = doc.tokens[k - 1];
  return !(prev && (prev.pos === 'DET' || prev.pos === 'ADP' || prev.pos === 'ADJ' || prev.lower === 'to'));
}

// "thanked President Assad and the Syrian delegation": a state standing in for a nationality
// adjective adds nothing when another actor of the same trigger already acts for that state
function withoutRedundantStates(index: ActorIndex, ms: Mention[]): Mention[] {
  const countries = new Set(ms.filter((m) => !index.demonymMentions.has(m)).map((m) => countryOf(index, index.actorOf(m))));
  return ms.filter((m) => !index.demonymMentions.has(m) || !countries.has(countryOf(index, index.actorOf(m))));
}

function pairs(index: ActorIndex, args: Arguments, reporter: Mention | null): Array<[string | null, string | null]> {
  const ids = (ms: Mention[]) => [...new Set(withoutRedundantStates(index, ms).map((m) => index.actorOf(m)))];
  const fallback = args.sourceCountry ? index.stateEntity.get(args.sourceCountry) ?? null : null;
  const named = args.sources.length ? args.sources : args.firstPerson && reporter ? [reporter] : [];
  const sources: Array<string | null> = named.length ? ids(named) : [fallback];
  const targets: Array<string | null> = args.targets.length ? ids(args.targets) : [null];
  return sources.flatMap((s) => targets.filter((t) => t === null || t !== s).map((t): [string | null, string | null] => [s, t]));
}

function spanOf(doc: Doc, trig: TriggerMatch, args: Arguments, s: number) {
  const sentence = doc.sentences[s];
  const inSentence = (m: Mention) => m.start >= sentence.start && m.end <= sentence.end;
  const named = args.spanFrom === undefined ? args.sources.filter(inSentence).map((m) => m.start) : [doc.tokens[args.spanFrom].start];
  const starts = [doc.tokens[trig.start].start, ...named];
  const ends = [doc.tokens[trig.end - 1].end, ...args.targets.filter(inSentence).map((m) => m.end)];
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

// "urged Russia to withdraw", "threatened to close or suspend": the verb after "to" (and those
// coordinated with it) is the content of an earlier trigger of its clause
function infinitiveOfTrigger(doc: Doc, at: number, earlier: readonly TriggerMatch[], clause: Clause, lex: Lexicon): boolean {
  // "accuses the Taliban of sheltering the TTP", "accused Washington of threatening": a gerund after
  // "of" is what the earlier trigger charges, not an event the writer reports
  if (/ing$/.test(doc.tokens[at].lower) && doc.tokens[at - 1]?.lower === 'of' && earlier.some((t) => t.start >= clause.start && !t.nominal)) return true;
  let k = at - 1;
  while (k > clause.start && (doc.tokens[k].pos === 'CCONJ' || doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'ADV')) k--;
  if (doc.tokens[k]?.lower !== 'to' || lex.cues.negating_verbs.has(doc.tokens[k - 1]?.lower ?? '')) return false;
  return earlier.some((t) => t.start >= clause.start);
}

// "Miller urged the Taliban to ensure ..., and called on Pakistan to ...": a verb after "and" with no
// subject of its own shares the subject of the verb before it
// (also "Stoltenberg said Putin was not planning for peace, and urged allies to ...": after ", and"
// a verb with no subject of its own and no trigger before it shares the subject of the sentence's
// first verb)
function sharedSubject(doc: Doc, index: ActorIndex, s: number, trig: TriggerMatch, args: Arguments, previous: Arguments | null, lex: Lexicon): Arguments {
  if (trig.nominal || args.sources.length || args.people || args.firstPerson) return args;
  let k = trig.start - 1;
  while (k > 0 && doc.tokens[k].pos === 'ADV') k--;
  if (doc.tokens[k]?.lower !== 'and') return args;
  if (previous?.sources.length) return { ...args, sources: previous.sources, inanimateSource: false };
  if (previous || doc.tokens[k - 1]?.text !== ',') return args;
  const { tokenStart } = doc.sentences[s];
  let first = tokenStart;
  while (first < k && doc.tokens[first].pos !== 'VERB') first++;
  if (first >= k) return args;
  const subject = findSubject(doc, index, clauseOf(doc, s, first, first + 1, lex.cues), first, lex.cues);
  return subject.mentions.length ? { ...args, sources: subject.mentions, inanimateSource: false } : args;
}

// "Lavrov dismissed the images as staged, a charge that Kyiv rejects", "Pakistan accuses the Taliban of
// sheltering fighters, a charge the Taliban deny": rejecting a charge rejects whoever made it
function chargeRejected(doc: Doc, trig: TriggerMatch, args: Arguments, previous: Arguments | null, lex: Lexicon): Arguments {
  if (trig.nominal || trig.sense.type !== 'REJECT' || args.targets.length || !previous?.sources.length) return args;
  for (let k = trig.start - 1; k >= Math.max(0, trig.start - 6); k--) {
    const t = doc.tokens[k];
    if (lex.cues.charge_nouns.has(t.lower) && doc.tokens[k - 2]?.text === ',') return { ...args, targets: previous.sources };
    if (t.pos === 'VERB' || t.pos === 'PUNCT') break;
  }
  return args;
}

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
function targetOfAct(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, later: readonly TriggerMatch[], memory: GroupMemory, s: number): Arguments {
  if (trig.nominal || !CRITICAL.has(trig.sense.type) || args.targets.length) return args;
  const act = later.find((t) => t.nominal && t.start >= trig.end && t.start - trig.end <= 4);
  if (!act) return args;
  for (let k = trig.end; k < act.start; k++) if (!/^(DET|ADJ|NOUN|NUM)$/.test(doc.tokens[k].pos)) return args;
  const kin = (e: DossierEvent) => e.type === act.sense.type || (FORCEFUL.has(e.type) && FORCEFUL.has(act.sense.type));
  const done = [...memory.events].reverse().find((e) => kin(e) && e.source !== null && s - e.sentence <= 3);
  const m = done && doc.mentions.find((x) => x.entity !== undefined && index.actorOf(x) === done.source);
  return m && !args.sources.some((x) => index.actorOf(x) === done!.source) ? { ...args, targets: [m] } : args;
}

// "the two ministers", "the prime ministers", "the two men": a group named by a title or as people
const PEOPLE_GROUP = /^(ministers|leaders|presidents|premiers|men|women|chancellors|envoys|negotiators|heads)$/;

// "Modi held talks with Ramgoolam. The prime ministers signed eight pacts", "X and Y travelled to Kyiv,
// where they were received by Z": a group subject stands for the actors last seen together, one
// sentence back for "they", two for "the two ministers" (people named as the two sides of an event)
function withGroup(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, memory: GroupMemory, s: number): Arguments {
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

function remember(index: ActorIndex, trig: TriggerMatch, args: Arguments, memory: GroupMemory, s: number): void {
  const together = distinct(index, trig.sense.group.frame === 'symmetric' ? [...args.sources, ...args.targets] : args.sources);
  if (together.length >= 2) { memory.together = together; memory.sentence = s; }
  const people = distinct(index, [...args.sources, ...args.targets].filter((m) => m.type === 'PERSON'));
  if (people.length >= 2) { memory.people = people; memory.peopleSentence = s; }
}

// "Italy's foreign minister said 30 Russian diplomats were being expelled": an act of state told in the
// passive with no agent, announced by a state or one of its officials, is that state's act
const ACTS_OF_STATE = new Set(['SANCTION', 'CONCEDE', 'AID']);
function announcer(doc: Doc, index: ActorIndex, trig: TriggerMatch, args: Arguments, reporter: Mention | null): Mention | null {
  if (!args.agentless || args.sources.length || !reporter || !ACTS_OF_STATE.has(trig.sense.type)) return null;
  const country = countryOf(index, index.actorOf(reporter));
  if (!country || args.targets.some((m) => countryOf(index, index.actorOf(m)) === country)) return null;
  const state = index.stateEntity.get(country);
  return doc.mentions.find((m) => m.entity !== undefined && m.entity === state) ?? reporter;
}

function keep(trig: TriggerMatch, args: Arguments): boolean {
  const { needs } = trig.sense.group;
  if (needs === 'target' && !args.targets.length) return false;
  if (needs === 'source' && !args.sources.length) return false;
  if (!args.sources.length && args.inanimateSource && !args.people && !THING_MAY_ACT.has(trig.sense.type)) return false;
  // "Trump's proposal", "the demands": a noun for words said needs whom they were said to or about
  if (trig.nominal && (trig.sense.quad === 1 || trig.sense.quad === 3) && !args.targets.length) return false;
  // "some telling VOA they agree with the removal of X": agreement or support voiced by no one named or
  // described is an opinion, not a political event (unnamed people, "Republican lawmakers praised",
  // still count; so do unnamed demands and accusations: "They are demanding her resignation")
  const spoken = trig.sense.quad === 1 && trig.sense.type !== 'REQUEST';
  if (spoken && !args.sources.length && !args.people && !args.firstPerson && args.sourceCountry === null) return false;
  // "Police arrested dozens of people", "thousands marched against the bill", "eight demonstrators were
  // killed": violence, coercion and protest by or on unnamed people are events with no named actor
  const unnamed = !trig.nominal && args.inanimateSource && THING_MAY_ACT.has(trig.sense.type);
  return args.sources.length > 0 || args.targets.length > 0 || args.sourceCountry !== null || args.firstPerson || unnamed;
}

/** The candidate events of sentence `s`, in reading order. */
export function sentenceCandidates(doc: Doc, s: number, index: ActorIndex, lex: Lexicon, memory: GroupMemory = emptyMemory()): Candidate[] {
  const triggers = withBlame(doc, s, matchTriggers(doc, s, lex), lex).map((t) => retype(doc, t, doc.sentences[s].tokenEnd, lex));
  const out: Candidate[] = [];
  let previous: Arguments | null = null;
  triggers.forEach((trig, n) => {
    const clause = clauseOf(doc, s, trig.start, trig.end, lex.cues);
    if (trig.nominal && embedded(doc, trig, triggers.slice(0, n), clause, lex)) return;
    const own = argumentsOf(doc, index, trig, clause, lex.cues);
    const shared = chargeRejected(doc, trig, sharedSubject(doc, index, s, trig, own, previous, lex), previous, lex);
    const args = targetOfAct(doc, index, trig, withGroup(doc, index, trig, shared, memory, s), triggers.slice(n + 1), memory, s);
    if (!trig.nominal) previous = args;
    if (!keep(trig, args)) return;
    remember(index, trig, args, memory, s);
    const said = modalityOf(doc, trig, clause, lex.cues, args.anchor);
    // "urged Russia to withdraw": an infinitive after another trigger of the clause is its content
    const infinitive = infinitiveOfTrigger(doc, trig.start, triggers.slice(0, n), clause, lex);
    const reporter = reporterOf(doc, index, clause, trig, lex.cues);
    const threat = ownThreat(doc, index, trig, args, reporter, said, lex);
    const announced = announcer(doc, index, trig, args, reporter);
    if (announced) args.sources = [announced];
    args.targets = warnedParty(doc, index, trig, args);
    const modality = threat ? { ...said, hypothetical: false } : said;
    const trigger = { start: doc.tokens[trig.start].start, end: doc.tokens[trig.end - 1].end };
    const date = dateOf(doc, s, trigger.start);
    const place = placeOf(doc, index, clause, trig.end, lex.cues);
    for (const [source, target] of pairs(index, args, reporter)) {
      const sense = threat ?? trig.sense;
      const event: DossierEvent = {
        id: '', type: sense.type, mode: sense.mode, cameo: sense.cameo, quad: sense.quad, intensity: sense.intensity,
        source, target,
        source_country: countryOf(index, source) ?? (source === null ? args.sourceCountry : null),
        target_country: countryOf(index, target),
        date, place: place === source || place === target ? null : place,
        negated: modality.negated, hypothetical: modality.hypothetical || infinitive,
        reported_by: reporter && !args.firstPerson ? index.actorOf(reporter) : null,
        trigger, evidence: spanOf(doc, trig, args, s), sentence: s,
      };
      out.push({ event, nominal: trig.nominal && !args.predicate, symmetric: sense.group.frame === 'symmetric' || sense.type === 'CONSULT' });
    }
  });
  return out;
}
