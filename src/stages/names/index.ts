// Names in no list, found from the shape of the text: runs of capitalised words, typed by their
// form and context. The headline is read last: in a title-case headline every word is capitalised,
// so there only names the body also uses are kept ("Key Figures Faisal Mekdad" -> "Faisal Mekdad").
import { addMention, sortMentions, tokenOwners } from '../../doc/mentions.js';
import type { Mention } from '../../doc/types.js';
import type { Doc, EntityType } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Context, Stage } from '../../pipeline/index.js';
import { classifyRun } from './classify.js';
import { nameRuns, titledBefore, type Run } from './runs.js';
import { absorbKnownNames, joinOrganisationCountry, taggedType } from './tagged.js';

function run(doc: Doc, { knowledge }: Context): void {
  const keys = doc.tokens.map((t) => t.lower);
  // without the tagger's proposals (a pipeline without the tagger stage), the shape rules decide alone
  const tagged = doc.nerSpans.length > 0 ? (r: Run) => taggedType(doc, r) : () => undefined;
  absorbKnownNames(doc, knowledge);
  const owners = ownedTokens(doc);
  const bodyNames = new Map<string, EntityType>();
  const key = (r: Run) => keys.slice(r.start, r.end).join(' ');
  const unsure: Run[] = [];
  for (const s of doc.sentences) {
    if (s.inTitle) continue;
    for (const r of nameRuns(doc, s.i, owners, keys, knowledge)) {
      const verdict = tagged(r);
      const type = classifyRun(doc, r, keys, knowledge, titledBefore(keys, r.start, knowledge), verdict);
      if (!type) { unsure.push(r); continue; }
      addMention(doc, r.start, r.end, type, 'name', verdict ? 'tagger' : 'shape');
      bodyNames.set(key(r), type);
    }
  }
  // "Mekdad" alone says little, but it is the surname of "Faisal Mekdad" named elsewhere in the article
  const surnames = new Set([...bodyNames].filter(([k, t]) => t === 'PERSON' && k.includes(' ')).map(([k]) => k.split(' ').pop()!));
  for (const r of unsure) {
    if (!surnames.has(key(r))) continue;
    addMention(doc, r.start, r.end, 'PERSON', 'name', 'shape');
    bodyNames.set(key(r), 'PERSON');
  }
  for (const s of doc.sentences) {
    if (!s.inTitle) continue;
    for (const r of nameRuns(doc, s.i, owners, keys, knowledge)) {
      const known = longestKnownPart(r, bodyNames, key);
      if (known) addMention(doc, known.start, known.end, bodyNames.get(key(known))!, 'name', 'shape');
    }
  }
  addCollectives(doc, owners, knowledge);
  joinOrganisationCountry(doc, knowledge);
  sortMentions(doc);
}

// "Khaji criticized Western countries", "Arab states welcomed the move": a collective actor
function addCollectives(doc: Doc, owners: ReadonlyArray<Mention | true | undefined>, k: Knowledge): void {
  for (let i = 1; i < doc.tokens.length; i++) {
    const adj = doc.tokens[i - 1];
    if (!k.names.collectives.has(doc.tokens[i].lower) || owners[i] || owners[i - 1] === undefined && !/^\p{Lu}\p{Ll}+(ern|an|ic|ish)$/u.test(adj.text)) continue;
    if (owners[i - 1] !== undefined && owners[i - 1] !== true) continue;
    if (adj.sent !== doc.tokens[i].sent || !/^\p{Lu}/u.test(adj.text)) continue;
    // "Western countries" and "Western powers" are one collective
    addMention(doc, i - 1, i + 1, 'ORG', 'name', 'shape', `collective:${adj.lower}`);
  }
}

/** Tokens already claimed: known names and nationality adjectives ("Russian-Syrian relations"). */
function ownedTokens(doc: Doc): Array<Mention | true | undefined> {
  const owners: Array<Mention | true | undefined> = tokenOwners(doc);
  for (const d of doc.demonyms) owners[d.tokenIndex] = true;
  return owners;
}

/** The longest stretch of a headline run that the body also uses as a name. */
function longestKnownPart(r: Run, bodyNames: Map<string, EntityType>, key: (r: Run) => string): Run | null {
  for (let len = r.end - r.start; len >= 1; len--) {
    for (let start = r.start; start + len <= r.end; start++) {
      const part = { start, end: start + len };
      if (bodyNames.has(key(part))) return part;
    }
  }
  return null;
}

export const names: Stage = { name: 'names', requires: ['tokens', 'nerSpans', 'mentions'], assigns: ['mentions'], run };
