// The events stage: political events coded in PLOVER and CAMEO, each tied to its trigger words.
// Steps: index actors, with stand-ins for nationality adjectives, for "it"/"the group"/"the government"
// and for "the army"/"the mission" (actors.ts, anaphora.ts, namesake.ts) -> match triggers, add words of
// blame or praise ("called X illegitimate"), and retype them by their object (match.ts, evaluative.ts,
// retype.ts) -> find arguments (args.ts, subject.ts, objects.ts, nominal.ts, patients.ts), and actors
// from earlier in the article: groups, the doer of an act a noun names, the target of the sanction
// before (memory.ts) -> modality, reporter, threats (modality.ts, speech.ts, threat.ts) -> date and
// place (when-where.ts) -> drop references to events already coded (corefer.ts).
import type { Doc, DossierEvent } from '../../doc/types.js';
import type { Context, Stage } from '../../pipeline/index.js';
import type { Knowledge } from '../../knowledge/index.js';
import { phraseKeys } from '../../nlp/tokenizer.js';
import { indexActors } from './actors.js';
import { sentenceCandidates } from './build.js';
import { emptyMemory } from './memory.js';
import { inheritVisitor, mergeVisits, refersBack } from './corefer.js';
import { loadLexicon } from './lexicon.js';

function run(doc: Doc, context: Context): void {
  const lex = loadLexicon();
  const index = indexActors(doc, context.knowledge, {
    pronouns: lex.cues.anaphoric_pronouns, orgNouns: lex.cues.collective_org_nouns, stateNouns: lex.cues.collective_state_nouns,
  });
  const experts = expertsOf(doc, context.knowledge);
  const kept: DossierEvent[] = [];
  const memory = emptyMemory(kept);
  for (let s = 0; s < doc.sentences.length; s++) {
    if (doc.sentences[s].inTitle) continue;
    for (const c of sentenceCandidates(doc, s, index, lex, memory)) {
      if (c.nominal) inheritVisitor(index, c, kept);
      // "aid to Ukraine", "the Jeddah talks": a noun whose actor is never named is a topic, not an event
      if (c.nominal && c.event.source === null && c.event.source_country === null) continue;
      // "a telegram from President Assad", "during his talks": a meeting or call needs both sides
      if (c.nominal && c.symmetric && c.event.target === null && c.event.mode !== 'visit') continue;
      // "analyst Atilla Yesilada warns that ...": an expert's warning is commentary, not a threat
      if (c.event.type === 'THREATEN' && c.event.source !== null && experts.has(c.event.source)) continue;
      if (refersBack(index, c, kept)) continue;
      kept.push(c.event);
    }
  }
  doc.events = mergeVisits(index, kept).map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}

// people whose every role is of the kind "expert" in data/lexicon/titles.yaml (analysts, professors)
function expertsOf(doc: Doc, knowledge: Knowledge): Set<string> {
  const kinds = new Map<string, Set<string>>();
  for (const r of doc.roles) {
    const keys = phraseKeys(r.role);
    const hit = knowledge.titles.longest(keys, 0);
    const kind = hit && hit.end === keys.length ? hit.values[0].kind : 'office';
    kinds.set(r.person, (kinds.get(r.person) ?? new Set()).add(kind));
  }
  return new Set([...kinds].filter(([, k]) => k.size === 1 && k.has('expert')).map(([p]) => p));
}

/** Finds political events in every sentence but the headline. */
export const events: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'mentions', 'entities', 'roles'],
  assigns: ['events'],
  run,
};
