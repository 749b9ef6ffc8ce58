import assert from 'node:assert/strict';
import test from 'node:test';
import { analyzeDoc } from '../../analyze.js';

const names = (text: string) => analyzeDoc(text).entities.map((e) => `${e.name}:${e.type}`);

// [text, entities that must be found, names that must not be entities] — sentences written for these tests
const CASES: Array<[string, string[], string[]]> = [
  ['“Everyone is on edge here,” said Morgan Tate, a volunteer.', ['Morgan Tate:PERSON'], ['Everyone']],
  ['Since Biden took office, Tokyo has moved closer to Canberra.', ['Tokyo:GPE', 'Canberra:GPE'], ['Since Biden']],
  ['Families spent Christmas in shelters near Cessnock.', [], ['Christmas']],
  ['Fighting continued in Kharkiv and near Bakhmut on Sunday.', ['Kharkiv:GPE'], []],
  ['The Memorandum of Understanding was signed by the Center for Strategic Studies.', ['Center for Strategic Studies:ORG'], ['Memorandum', 'Understanding']],
  ['Former President Moon Jae-in met Prime Minister Han Duck-soo in Seoul.', ['Moon Jae-in:PERSON', 'Han Duck-soo:PERSON', 'Seoul:GPE'], []],
  ['US Defense Secretary Lloyd Austin spoke. Austin later left.', ['Lloyd Austin:PERSON'], ['Austin:GPE']],
  ['Fighters of al-Shabab attacked a base in Somalia.', ['al-Shabab:ORG', 'Somalia:GPE'], ['Shabab:PERSON']],
  ['The Bar Association of Ghana and Transparency International Ghana protested.', ['Bar Association of Ghana:ORG', 'Transparency International Ghana:ORG'], ['Bar Association:ORG']],
  ['The Socialist Party of Chile (Renewal Wing) joined the Government of Chile.', ['Socialist Party of Chile (Renewal Wing):ORG', 'Chile:GPE'], ['Government of Chile:ORG']],
  ['The two Foreign Ministers signed a Plan of Action and a Strategic Partnership.', [], ['Foreign Ministers', 'Plan of Action', 'Strategic Partnership']],
  ['The Liberal Democratic Alliance (LDA) won. Later the LDA formed a government.', ['Liberal Democratic Alliance:ORG'], ['LDA']],
  ['The Federation of Andean Workers (CTA) marched. The CTA later met officials.', ['Federation of Andean Workers:ORG'], ['CTA']],
  ['The armed forces, known by their Spanish acronym FFAA, patrolled Lima.', ['FFAA:ORG'], ['FFAA:PERSON']],
  ['Cyclone Yaku struck the coast near Lima.', ['Lima:GPE'], ['Cyclone Yaku', 'Yaku']],
  ['The Coordination of Coastal Movements marched in Lima.', ['Coordination of Coastal Movements:ORG'], ['Movements']],
];

for (const [text, found, absent] of CASES) {
  test(`names: ${text}`, () => {
    const got = names(text);
    for (const f of found) assert.ok(got.includes(f), `missing ${f} in ${got.join(', ')}`);
    for (const a of absent) assert.ok(!got.some((g) => g === a || g.startsWith(`${a}:`)), `unexpected ${a} in ${got.join(', ')}`);
  });
}
