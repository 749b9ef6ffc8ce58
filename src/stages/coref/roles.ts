// Role claims -> roles between entities. Claims of one office by one person merge: "President Assad"
// (no country) and "the Syrian President" (Syria) are one role, president of Syria.
import type { Doc, Entity, Mention, Role, RoleClaim } from '../../doc/types.js';

// "Secretary Rubio" after "Secretary of State Marco Rubio": a short form of an office already stated
const GENERIC = new Set(['minister', 'secretary', 'advisor', 'official']);
const STATE_OFFICES = new Set(['head-of-state', 'head-of-government', 'foreign', 'defense', 'official']);
const COUNTRY_CODE = /^[A-Z]{3}$/;

/** Where the article names its states (or gives them as nationalities), by token, and the state it is most about. */
interface CountryEvidence {
  countries: Array<[string, number]>;
  home: string | null;
}

/**
 * The article's states, gathered once: the state it is most about is the one it names most, where the
 * dateline ("LIMA, Dec. 22 -"), the headline and the lead count more.
 */
function countryEvidence(doc: Doc): CountryEvidence {
  const countries: Array<[string, number]> = [
    ...doc.mentions.filter((m) => m.kind === 'name' && m.type === 'GPE' && m.kbId).map((m): [string, number] => [stateOf(m.kbId!), m.tokenStart]).filter(([c]) => c),
    ...doc.demonyms.map((d): [string, number] => [d.country, d.tokenIndex]),
  ];
  const lead = doc.sentences.find((s) => !s.inTitle)?.paragraph ?? 0;
  const weight = (i: number) => (doc.sentences[doc.tokens[i].sent].inTitle || doc.sentences[doc.tokens[i].sent].paragraph === lead ? 2 : 1);
  const dateline = datelineCountry(doc);
  const home = mostFrequent([...countries.flatMap(([c, i]) => Array<string>(weight(i)).fill(c)), ...Array<string>(dateline ? 5 : 0).fill(dateline ?? '')]);
  return { countries, home };
}

/** The state a person at token `at` is about: the only one the sentence names before them, else the article's. */
function homeCountry(doc: Doc, at: number, evidence: CountryEvidence): string | null {
  const sentence = doc.tokens[at].sent;
  // only what comes before the person: in "Foreign Minister X accused Mexican officials", Mexico is the target
  const inSentence = new Set(evidence.countries.filter(([, i]) => doc.tokens[i].sent === sentence && i < at).map(([c]) => c));
  return inSentence.size === 1 ? [...inSentence][0] : evidence.home;
}

// a country, or the country of its capital ("from Conakry")
const stateOf = (kbId: string): string => (COUNTRY_CODE.test(kbId) ? kbId : kbId.startsWith('capital:') ? kbId.split(':')[1] : '');

// "LIMA, December 22, 2022 - ...", "NAIROBI, Kenya (AP) -": a place in capitals opening the body
function datelineCountry(doc: Doc): string | null {
  const first = doc.sentences.find((s) => !s.inTitle);
  if (!first) return null;
  const m = doc.mentions.find((x) => x.tokenStart === first.tokenStart && x.type === 'GPE' && x.kbId);
  if (!m || m.text !== m.text.toUpperCase() || doc.tokens[m.tokenEnd]?.text !== ',') return null;
  if (COUNTRY_CODE.test(m.kbId!)) return m.kbId!;
  return m.kbId!.startsWith('capital:') ? m.kbId!.split(':')[1] : null;
}

function mostFrequent(xs: string[]): string | null {
  const count = new Map<string, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of count) if (!best || n > count.get(best)!) best = x;
  return best;
}

/** Resolves claims to entity ids; `countryEntity` gives (or makes) the entity of a state by ISO3 code. */
export function resolveRoles(doc: Doc, countryEntity: (iso3: string) => Entity, known: (c: RoleClaim) => string | null): Role[] {
  const roles: Role[] = [];
  const evidence = countryEvidence(doc);
  // claims that name their state first: "the Syrian President" decides what "President Assad" is president of
  const explicit = (c: RoleClaim) => c.ofMention !== null || c.ofCountry !== null;
  // "Guterres' spokesman": the owner of the possessor's first stated role, once those are known
  const viaPerson = (c: RoleClaim) => {
    const boss = c.ofPerson !== undefined ? doc.mentions[c.ofPerson].entity : undefined;
    return boss ? roles.find((r) => r.person === boss && r.of)?.of ?? null : null;
  };
  const ordered = [...doc.roleClaims.filter(explicit), ...doc.roleClaims.filter((c) => !explicit(c) && c.ofPerson === undefined), ...doc.roleClaims.filter((c) => !explicit(c) && c.ofPerson !== undefined)];
  for (const c of ordered) {
    const person = doc.mentions[c.person].entity;
    if (!person) continue;
    const ofMention: Mention | undefined = c.ofMention !== null ? doc.mentions[c.ofMention] : undefined;
    // "President Joe Biden": a state office with no state named is the one the office knowledge base
    // knows the person held; failing that, the story's country ("President Dina Boluarte" in a story on Peru)
    if (!explicit(c) && roles.some((r) => r.person === person && r.role === c.role)) continue;
    const implied = explicit(c) || viaPerson(c) ? null : known(c) ?? c.usualCountry ?? (STATE_OFFICES.has(c.kind) ? homeCountry(doc, doc.mentions[c.person].tokenStart, evidence) : null);
    const ofCountry = c.ofCountry ?? implied;
    const of = ofMention?.entity ?? viaPerson(c) ?? (ofCountry ? countryEntity(ofCountry).id : null);
    const same = roles.find((r) => r.person === person && r.role === c.role && (r.of === of || r.of === null || of === null));
    if (!same) { roles.push({ person, role: c.role, of, status: c.status, evidence: c.evidence }); continue; }
    if (same.of === null && of !== null) { same.of = of; same.evidence = c.evidence; }
  }
  return roles.filter((r) => !GENERIC.has(r.role) || !roles.some((x) => x !== r && x.person === r.person && x.role.split(' ').includes(r.role)));
}
