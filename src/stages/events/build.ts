// Steps 1-5 for one sentence: triggers -> arguments -> modality, reporter, date, place -> events.
import type { Doc, DossierEvent, Mention, Token } from '../../doc/types.js';
import { countryOf, type ActorIndex } from './actors.js';
import { argumentsOf, type Arguments } from './args.js';
import { clauseOf, type Clause } from './clause.js';
import { findSubject } from './subject.js';
import type { Candidate } from './corefer.js';
import type { Lexicon } from './lexicon.js';
import { matchTriggers, type TriggerMatch } from './match.js';
import { modalityOf } from './modality.js';
import { retype } from './retype.js';
import { announcer, reporterOf } from './speech.js';
import { dateOf, placeOf } from './when-where.js';
import { withBlame } from './evaluative.js';
import { ownThreat, warnedParty } from './threat.js';
import { carriedTarget, emptyMemory, remember, targetOfAct, withGroup, type GroupMemory } from './memory.js';

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

// "called for the immediate release of activists": with no target, the evidence runs to the end of
// the object's noun phrase, which says what the act was about
function objectEnd(doc: Doc, from: number, limit: number): number {
  let k = from;
  while (k < Math.min(limit, from + 10) && (/^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(doc.tokens[k].pos) || /^(of|-)$/.test(doc.tokens[k].lower))) k++;
  const dangling = (t: Token) => t.lower === 'of' || t.text === '-' || t.pos === 'DET';
  while (k > from && dangling(doc.tokens[k - 1])) k--;
  return k;
}

function spanOf(doc: Doc, trig: TriggerMatch, args: Arguments, s: number) {
  const sentence = doc.sentences[s];
  const inSentence = (m: Mention) => m.start >= sentence.start && m.end <= sentence.end;
  const named = args.spanFrom === undefined ? args.sources.filter(inSentence).map((m) => m.start) : [doc.tokens[args.spanFrom].start];
  const starts = [doc.tokens[trig.start].start, ...named];
  const targets = args.targets.filter(inSentence).map((m) => m.end);
  const ends = [doc.tokens[(targets.length ? trig.end : objectEnd(doc, trig.end, sentence.tokenEnd)) - 1].end, ...targets];
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
  // "..., accusing him of failing to condemn": a participle after a comma has the subject of the clause before
  const participle = trig.sense.form === 'gerund' && doc.tokens[k]?.text === ',';
  if (participle && previous?.sources.length) return { ...args, sources: previous.sources, inanimateSource: false };
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

// "the Joint Chiefs released photos", "released a statement": freeing is an event only when people
// are freed, named or not ("freed 700 fighters", "released two journalists")
function freesNoOne(doc: Doc, trig: TriggerMatch, args: Arguments, lex: Lexicon): boolean {
  if (trig.sense.mode !== 'release' || trig.nominal || args.targets.length) return false;
  const { tokenEnd } = doc.sentences[doc.tokens[trig.start].sent];
  for (let k = trig.end; k < Math.min(tokenEnd, trig.end + 6); k++) if (lex.cues.people_nouns.has(doc.tokens[k].lower)) return false;
  return true;
}

function keep(trig: TriggerMatch, args: Arguments): boolean {
  const { needs, frame } = trig.sense.group;
  if (needs === 'target' && !args.targets.length) return false;
  // "he had met with security officials": a meeting needs its other side named ("X and Y met" pairs them)
  if (frame === 'symmetric' && trig.sense.type === 'CONSULT' && !args.targets.length) return false;
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
  // (but "Egypt's dollar bonds rallied": only people protest)
  const unnamed = !trig.nominal && args.inanimateSource && THING_MAY_ACT.has(trig.sense.type) && (trig.sense.type !== 'PROTEST' || args.people === true);
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
    const found = targetOfAct(doc, index, trig, withGroup(doc, index, trig, shared, memory, s), triggers.slice(n + 1), memory, s);
    // ("declared X persona non grata and barred him": a noun completing a verb stands for that verb)
    if (!trig.nominal || found.predicate) previous = found;
    if (!keep(trig, found) || freesNoOne(doc, trig, found, lex)) return;
    remember(index, trig, found, memory, s);
    const said = modalityOf(doc, trig, clause, lex.cues, found.anchor);
    // "urged Russia to withdraw": an infinitive after another trigger of the clause is its content
    const infinitive = infinitiveOfTrigger(doc, trig.start, triggers.slice(0, n), clause, lex);
    const reporter = reporterOf(doc, index, clause, trig, lex.cues);
    const threat = ownThreat(doc, index, trig, found, reporter, said, lex);
    // who announced it, whom a warning names, the target of the sanction before
    // ("there would be severe consequences for Iran," Sullivan said: a threat no one makes is the speaker's)
    const announced = announcer(doc, index, trig, found, reporter) ?? (trig.sense.type === 'THREATEN' && !found.sources.length ? reporter : null);
    const spoken = announced ? { ...found, sources: [announced] } : found;
    const warned = { ...spoken, targets: warnedParty(doc, index, trig, spoken) };
    const args = { ...warned, targets: carriedTarget(index, trig, warned, memory, s) };
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
