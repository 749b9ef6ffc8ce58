// Definite descriptions of an organisation by the kind of body it is: "the United Nations peacekeeping
// mission in Mali, MINUSMA, ... Last month the mission pulled out", "the Myanmar military ... The
// military continues to defy calls", "the Malian armed forces, known as FAMa ... the army sent
// reinforcements". "The <noun>" stands for the latest organisation named before it whose name, or a
// description set beside its name, has that noun (or a word for the same kind of body).
import type { Doc, Mention, Token } from '../../doc/types.js';
import { standIn } from './anaphora.js';

// words for one kind of body: "the army" may be "the Malian armed forces" or "the military"
const MILITARY = ['army', 'military', 'forces', 'junta', 'tatmadaw'];
const kindOf = (w: string) => (MILITARY.includes(w) ? MILITARY : [w]);
// ("the military": a kind word the tagger may take for an adjective)
const isNoun = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || MILITARY.includes(t.lower));

// nouns too general to name one body ("the country", "the government" are handled as states)
const GENERAL = new Set(['country', 'government', 'state', 'people', 'world', 'region', 'city', 'capital', 'area', 'time', 'year', 'day', 'week', 'month']);

/** The nouns of the description set beside a name: "the ... mission in Mali, MINUSMA", "X, known as Y". */
function besideWords(tokens: readonly Token[], m: Mention): string[] {
  const out: string[] = [];
  let k = m.tokenStart - 1;
  // ", known by their French acronym FAMa": the words that introduce a name given to what comes before
  while (k >= 0 && (/^(known|as|by|their|its|acronym|abbreviation|,)$/.test(tokens[k].lower) || tokens[k].pos === 'ADJ') && m.tokenStart - k < 8) k--;
  if (k === m.tokenStart - 1) return out;
  for (let j = k; j >= Math.max(0, k - 8) && tokens[j].lower !== 'the'; j--) if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') out.push(tokens[j].lower);
  return out;
}

function namesOf(doc: Doc, mentionAt: ReadonlyArray<Mention | undefined>): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const m of doc.mentions) {
    if (m.type !== 'ORG' || m.entity === undefined || mentionAt[m.tokenStart] !== m) continue;
    const set = words.get(m.entity) ?? new Set<string>();
    for (const w of [...m.text.toLowerCase().split(/[\s-]+/), ...besideWords(doc.tokens, m)]) set.add(w);
    words.set(m.entity, set);
  }
  return words;
}

/** Adds a stand-in mention for each "the <noun>" that names an organisation named before; returns them. */
export function addNamesakes(doc: Doc, mentionAt: Array<Mention | undefined>): Set<Mention> {
  const out = new Set<Mention>();
  const names = namesOf(doc, mentionAt);
  const { tokens } = doc;
  let latest: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const m = mentionAt[k];
    if (m) { if (m.type === 'ORG' && m.tokenStart === k && m.entity !== undefined) latest = [m, ...latest.filter((x) => x.entity !== m.entity)]; continue; }
    if (tokens[k].lower !== 'the') continue;
    let n = k + 1;
    while (n < k + 3 && tokens[n + 1] && tokens[n].pos === 'ADJ' && !isNoun(tokens[n])) n++;
    const noun = tokens[n];
    const next = tokens[n + 1];
    if (!isNoun(noun) || GENERAL.has(noun.lower) || mentionAt[n] || (next && /^(NOUN|PROPN)$/.test(next.pos))) continue;
    const kind = kindOf(noun.lower);
    const owner = latest.find((x) => kind.some((w) => names.get(x.entity!)?.has(w)));
    if (!owner) continue;
    const sm = standIn(doc, k, n + 1, owner, -2000 - out.size);
    for (let j = k; j <= n; j++) mentionAt[j] = sm;
    out.add(sm);
    k = n;
  }
  return out;
}
