import assert from 'node:assert/strict';
import test from 'node:test';
import { analyzeDoc } from '../../analyze.js';

// [sentence, person, role, of (entity name or null), status] — sentences written for these tests
const ROLE_CASES: Array<[string, string, string, string | null, string]> = [
  ['Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Tuesday.', 'Musalia Mudavadi', 'foreign minister', 'Kenya', 'current'],
  ['Chile’s president-elect, Gabriel Boric, promised a new constitution.', 'Gabriel Boric', 'president', 'Chile', 'elect'],
  ['Jan Novak, former Czech ambassador to Austria, criticised the plan.', 'Jan Novak', 'ambassador', 'Czechia', 'former'],
  ['Lamine Diallo, who is the foreign minister of Senegal, met reporters in Dakar.', 'Lamine Diallo', 'foreign minister', 'Senegal', 'current'],
  ['Hezbollah leader Naim Qassem spoke on television.', 'Naim Qassem', 'leader', 'Hezbollah', 'current'],
  ['The Minister of Foreign Affairs of Ghana, Samuel Ablakwa, said the talks would continue.', 'Samuel Ablakwa', 'foreign minister', 'Ghana', 'current'],
  ['Acting Prime Minister Hans Berg of Norway opened the session.', 'Hans Berg', 'prime minister', 'Norway', 'acting'],
  ['Brazilian Defense Minister Jose Mucio met Argentine Defense Minister Luis Petri and his deputy, Carlos Ruiz.', 'Carlos Ruiz', 'deputy defense minister', 'Argentina', 'current'],
  ['Ottawa’s ambassador to Mexico, Graeme Clark, presented his credentials.', 'Graeme Clark', 'ambassador', 'Canada', 'current'],
  ['NATO Secretary-General Mark Rutte spoke first. Rutte’s spokesperson, Farah Dakhlallah, confirmed the visit.', 'Farah Dakhlallah', 'spokesperson', 'NATO', 'current'],
  ['The decree was signed by Pedro Sánchez of Spain and by Nadia Calviño, then the Spanish economy minister.', 'Nadia Calviño', 'economy minister', 'Spain', 'former'],
  ['The Chilean president named Alberto van Klaveren as foreign minister.', 'Alberto van Klaveren', 'foreign minister', 'Chile', 'current'],
  ['Secretary of State Antony Blinken flew to Tokyo.', 'Antony Blinken', 'secretary of state', 'United States', 'current'],
  ['Niger’s ousted president, Mohamed Bazoum, remains detained.', 'Mohamed Bazoum', 'president', 'Niger', 'former'],
  ['“It will not last,” said economics lecturer Ana Costa of Lisbon’s Nova University.', 'Ana Costa', 'professor', 'Nova University', 'current'],
  ['Mexico’s UN ambassador, Alicia Buenrostro, spoke after the vote.', 'Alicia Buenrostro', 'ambassador', 'Mexico', 'current'],
  ['QUITO, March 3, 2024 - Foreign Minister Gabriela Sommerfeld met European envoys in the capital.', 'Gabriela Sommerfeld', 'foreign minister', 'Ecuador', 'current'],
  ['Interim President Colonel Mamadi Doumbouya addressed the nation from Conakry.', 'Mamadi Doumbouya', 'president', 'Guinea', 'acting'],
];

for (const [sentence, person, role, of, status] of ROLE_CASES) {
  test(`role: ${sentence}`, () => {
    const doc = analyzeDoc(sentence);
    const name = (id: string | null) => (id === null ? null : doc.entities.find((e) => e.id === id)!.name);
    const found = doc.roles.map((r) => [name(r.person), r.role, name(r.of), r.status]);
    assert.ok(found.some((r) => JSON.stringify(r) === JSON.stringify([person, role, of, status])), `got ${JSON.stringify(found)}`);
  });
}

test('a title with no name is a reference to the person who holds it', () => {
  const doc = analyzeDoc('President Emmerson Mnangagwa visited Maputo. The Zimbabwean President later flew home.');
  const president = doc.entities.find((e) => e.name === 'Emmerson Mnangagwa')!;
  const texts = president.mentions.map((id) => doc.mentions[id].text);
  assert.ok(texts.includes('The Zimbabwean President'), `mentions: ${texts.join(', ')}`);
});
