// Who holds a title phrase: the name right after it ("Foreign Minister | Faisal Mekdad"), a name in
// apposition on either side ("Iran's president-elect, Masoud Pezeshkian"; "Robert Ford, former US
// ambassador"), or the subject of a predicate ("X, who is the foreign minister of Y").
import type { Mention } from '../../doc/types.js';
import type { PhraseContext, TitlePhrase } from './phrase.js';

export type Attachment = { mention: Mention; how: 'before-name' | 'apposition' | 'predicate' };

const isPerson = (m: Mention | undefined): m is Mention => !!m && m.kind === 'name' && (m.type === 'PERSON' || m.source === 'shape');
// "named Alberto Otárola as prime minister", "X, who is the foreign minister", "X became president"
const PREDICATE = [['as'], ['who', 'is'], ['who', 'was'], ['who', 'serves', 'as'], ['who', 'served', 'as'], ['is'], ['was'], ['serves', 'as'], ['became'], ['was', 'named'], ['was', 'appointed'], ['was', 'elected']];

/** The person mention a title phrase belongs to, or null. */
export function attach(c: PhraseContext, p: TitlePhrase, sentenceStart: number, sentenceEnd: number): Attachment | null {
  const { keys, owners, k } = c;
  let j = p.end;
  // "Gen. Smith", "Interim President Colonel Assimi Goita": an honorific or a military rank between title and name
  for (let guard = 0; guard < 3; guard++) {
    if (k.names.honorifics.has(keys[j]) || (keys[j + 1] === '.' && k.names.honorifics.has(keys[j] + '.'))) { j += keys[j + 1] === '.' ? 2 : 1; continue; }
    const rank = k.titles.longest(keys, j, sentenceEnd);
    if (rank && rank.values[0].kind === 'rank') { j = rank.end; continue; }
    break;
  }
  const after = owners[j];
  if (j < sentenceEnd && isPerson(after) && after.tokenStart === j && p.determiner !== 'indefinite') return { mention: after, how: 'before-name' };
  // "Iran's president-elect, Masoud Pezeshkian" / "his deputy, Bassam al-Sabbagh"
  const appositive = owners[p.end + 1];
  if (keys[p.end] === ',' && isPerson(appositive) && appositive.tokenStart === p.end + 1 && endsClause(keys[appositive.tokenEnd])) return { mention: appositive, how: 'apposition' };
  // "Robert Ford, former US ambassador to Syria"
  const before = owners[p.outerStart - 2];
  if (keys[p.outerStart - 1] === ',' && isPerson(before) && before.tokenEnd === p.outerStart - 1) return { mention: before, how: 'apposition' };
  for (const words of PREDICATE) {
    const at = p.outerStart - words.length;
    if (at <= sentenceStart || !words.every((w, x) => keys[at + x] === w)) continue;
    const subjectEnd = keys[at - 1] === ',' ? at - 1 : at;
    const subject = owners[subjectEnd - 1];
    if (isPerson(subject) && subject.tokenEnd === subjectEnd) return { mention: subject, how: 'predicate' };
  }
  return null;
}

// the name in "the president-elect, Masoud Pezeshkian" ends the clause or opens another apposition
const endsClause = (next: string | undefined) => next === undefined || next === ',' || next === '.' || next === ';' || next === 'and' || next === ')' || /^[a-z]+$/.test(next);
