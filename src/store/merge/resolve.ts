// Which stored entity an article's entity is: the merging rules, apart from any database.
import { initials, isAcronym, lastName, nameWords, normName } from './names.js';

/** An article's entity, as the analysis gives it. */
export interface LocalEntity { name: string; type: string; country: string | null; roles: string[] }

/** A stored entity that might be the same. */
export interface Candidate { id: number; type: string; country: string | null; aliases: string[]; roles: string[]; mentions: number }

type Match = { id: number; rank: number; c: Candidate };

const compatibleCountry = (a: string | null, b: string | null) => !a || !b || a === b;

// how strongly one alias says "same person": 3 same full name, 2 first and last name agree,
// 1 a bare surname meets a full name, 0 no
function personMatch(local: string[], alias: string[]): number {
  if (local.join(' ') === alias.join(' ')) return 3;
  if (local.at(-1) !== alias.at(-1)) return 0;
  // "Mohammed Shia al-Sudani" ~ "Mohammed al-Sudani"; "Donald Trump" vs "Melania Trump" -> 0
  if (local.length > 1 && alias.length > 1) return local[0] === alias[0] ? 2 : 0;
  return 1; // "Mekdad" ~ "Faisal Mekdad", or the other way round
}

function rankPerson(l: LocalEntity, c: Candidate): number {
  const words = nameWords(l.name);
  const best = Math.max(0, ...c.aliases.map((a) => personMatch(words, nameWords(a))));
  // a surname alone, or first and last name only, must agree on the country as well
  if (best < 3 && !compatibleCountry(l.country, c.country)) return 0;
  return best;
}

function rankOther(l: LocalEntity, c: Candidate): number {
  // one place per country: "Syria", "the Syrian Arab Republic"
  if (l.type === 'GPE' && l.country && c.country === l.country) return 3;
  if (!compatibleCountry(l.country, c.country) && l.type !== 'ORG') return 0;
  const norm = normName(l.name);
  if (c.aliases.some((a) => normName(a) === norm)) return 3;
  // "UN" ~ "United Nations"
  const mine = initials(l.name);
  const acronym = (a: string) => isAcronym(a) && a.replace(/\./g, '').toLowerCase() === mine;
  if (isAcronym(l.name) && c.aliases.some((a) => initials(a) === norm.replace(/ /g, ''))) return 2;
  if (mine && c.aliases.some(acronym)) return 2;
  return 0;
}

/**
 * The stored entity `local` is, or null for a new one. Ties break on a shared role ("foreign
 * minister"), then on a known matching country, then on the more often mentioned.
 */
export function chooseEntity(local: LocalEntity, candidates: Candidate[]): number | null {
  const rank = local.type === 'PERSON' ? rankPerson : rankOther;
  const matches: Match[] = candidates
    .filter((c) => c.type === local.type)
    .map((c) => ({ id: c.id, rank: rank(local, c), c }))
    .filter((m) => m.rank > 0);
  if (!matches.length) return null;
  const score = (m: Match) =>
    m.rank * 1e9 + (m.c.roles.some((r) => local.roles.includes(r)) ? 1e8 : 0) + (local.country && m.c.country === local.country ? 1e7 : 0) + Math.min(m.c.mentions, 1e6);
  return matches.reduce((a, b) => (score(b) > score(a) ? b : a)).id;
}

/** The keys to look candidates up by: normalised name, surname, initials. */
export function lookupKeys(local: LocalEntity): { norm: string; last: string; initials: string } {
  return { norm: normName(local.name), last: lastName(local.name), initials: initials(local.name) };
}
