// Names the knowledge base knows: countries, capitals, cities, regions and organisations, found as the
// longest known phrase at each capitalised token. Nationality adjectives ("Iranian") are recorded as
// demonyms linked to their country, not as entities.
import { addMention, isCapitalized } from '../../doc/mentions.js';
import type { Doc, EntityType } from '../../doc/types.js';
import type { GazEntry } from '../../knowledge/index.js';
import type { Context, Stage } from '../../pipeline/index.js';
import { continuesPersonName } from './person-context.js';

// when one phrase is several things ("Georgia", "Jordan"), prefer the reading news uses most
const PRIORITY: Record<GazEntry['kind'], number> = { country: 0, org: 1, capital: 2, place: 3, demonym: 4 };

function run(doc: Doc, { knowledge }: Context): void {
  const keys = doc.tokens.map((t) => t.lower);
  let knownEnd = -1;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      // "al Qaeda", "al-Shabab": a lowercase particle may open a known name
      const next = keys[i + 1] === '-' ? i + 2 : i + 1;
      if (!isCapitalized(doc.tokens[i].text) && !(knowledge.names.particles.has(keys[i]) && isCapitalized(doc.tokens[next]?.text ?? ''))) continue;
      const match = knowledge.gazetteer.longest(keys, i, s.tokenEnd);
      if (!match) continue;
      // "IS" is the Islamic State only in capitals; an acronym in the lexicon is matched case-sensitively
      const surface = doc.text.slice(doc.tokens[i].start, doc.tokens[match.end - 1].end);
      const entry = [...match.values].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])[0];
      if (surface.length <= 3 && surface !== surface.toUpperCase() && entry.kind === 'org') continue;
      // "Christmas" is a holiday before it is Christmas Island: a word that opens no name matches nothing alone
      if (match.end === i + 1 && knowledge.names.not_names.has(keys[i])) continue;
      if (entry.kind !== 'country' && entry.kind !== 'org' && continuesPersonName(doc, keys, i, knowledge, knownEnd)) continue;
      record(doc, i, match.end, entry);
      knownEnd = match.end - 1;
      i = match.end - 1;
    }
  }
}

function record(doc: Doc, start: number, end: number, entry: GazEntry): void {
  if (entry.kind === 'demonym') {
    doc.demonyms.push({ start: doc.tokens[start].start, end: doc.tokens[end - 1].end, tokenIndex: start, country: entry.iso3 });
    return;
  }
  const [type, kbId]: [EntityType, string] =
    entry.kind === 'country' ? ['GPE', entry.iso3]
    : entry.kind === 'capital' ? ['GPE', `capital:${entry.iso3}:${entry.name}`]
    : entry.kind === 'org' ? ['ORG', entry.id]
    : [entry.place.type, `place:${entry.place.name}`];
  addMention(doc, start, end, type, 'name', 'gazetteer', kbId);
}

export const knownNames: Stage = { name: 'known-names', requires: ['tokens'], assigns: ['mentions', 'demonyms'], run };
