// What kind of name a run of capitalised words is, from its shape and its neighbours.
import type { Doc, EntityType } from '../../doc/types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Run } from './runs.js';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'toward', 'towards']);
const STRONG_PLACE = new Set(['in', 'near', 'outside', 'into']);
const DOCUMENT_HEADS = new Set(['plan', 'partnership', 'agreement', 'treaty', 'accord', 'accords', 'declaration', 'pact', 'strategy', 'framework', 'roadmap', 'memorandum', 'protocol', 'understanding']);
const STORMS = new Set(['cyclone', 'cyclones', 'hurricane', 'hurricanes', 'typhoon', 'typhoons', 'storm', 'tropical']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'wrote', 'tweeted', 'asked', 'warned', 'argued']);

/**
 * The type of a name, or null when the shape says too little. `titled` is true when a personal
 * title or honorific stands right before it ("President Bashar Assad", "Mr. Khaji"); `tagged` is the
 * learned tagger's verdict (null: not a name), or undefined when no tagger ran.
 */
export function classifyRun(doc: Doc, run: Run, keys: readonly string[], k: Knowledge, titled: boolean, tagged: EntityType | null | undefined): EntityType | null {
  const words = keys.slice(run.start, run.end).filter((w) => w !== '-');
  const last = words[words.length - 1];
  // "a Plan of Action", "the Strategic Partnership", "a Memorandum of Understanding": the title of a
  // document or an arrangement names no person, organisation or place
  if (DOCUMENT_HEADS.has(last) || (words.length > 2 && DOCUMENT_HEADS.has(words[0]) && /^(of|on|for)$/.test(words[1]))) return null;
  // "Cyclone Mocha", "Hurricane Maria": a storm is no actor, organisation or place
  if (words.length > 1 && STORMS.has(words[0])) return null;
  // "the two Foreign Ministers", "Prime Ministers": titles in the plural name people, not an organisation
  const singular = [...words.slice(0, -1), last.replace(/s$/, '')];
  if (/s$/.test(last) && k.titles.longest(singular, 0)?.end === singular.length) return null;
  // "the Government", "the Ministry": an organisation word alone names no one organisation
  if (words.length === 1 && k.names.org_heads.has(last)) return null;
  // "Syrian Democratic Forces", "Ministry of Defense", "SDF"
  // "Center for Political-Military Analysis": an organisation word before of / for / on
  const joined = words.some((w) => w === 'of' || w === 'for' || w === 'on');
  if (k.names.org_heads.has(last) || (words.length > 1 && (k.names.org_starts.has(words[0]) || (joined && k.names.org_heads.has(words[0]))))) return 'ORG';
  if (titled) return 'PERSON';
  // "fighting in Hodeidah": after these prepositions a single name is a place, whatever the tagger thinks
  if (words.length === 1 && STRONG_PLACE.has(keys[run.start - 1] ?? '') && tagged !== 'ORG') return 'GPE';
  const text = doc.text.slice(doc.tokens[run.start].start, doc.tokens[run.end - 1].end);
  // "known by their French acronym FAMa": an acronym, or a word in mixed case with three capitals, names
  // an organisation, not a person (all-capital words are left to the tagger: "CEO", "CONDEMN")
  const mixedAcronym = /\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 3;
  if (words.length === 1 && tagged !== 'GPE' && tagged !== 'LOC' && (keys[run.start - 1] === 'acronym' || mixedAcronym)) return 'ORG';
  if (tagged !== undefined) return tagged;
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(text)) return 'ORG';
  if (words.length >= 2 && words.length <= 4) return 'PERSON';
  const before = keys[run.start - 1];
  const after = keys[run.end];
  // "fighting in Hodeidah" -> a place; "Khaji said" -> a person
  if (before && PLACE_PREPOSITIONS.has(before)) return 'GPE';
  if (after && SPEECH_VERBS.has(after)) return 'PERSON';
  return null;
}
