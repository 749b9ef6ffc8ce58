import assert from 'node:assert/strict';
import test from 'node:test';
import { analyzeDoc } from '../../analyze.js';

const mentionsOf = (text: string, name: string): string[] => {
  const doc = analyzeDoc(text);
  const e = doc.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.entities.map((x) => x.name).join(', ')}`);
  return e.mentions.map((id) => doc.mentions[id].text);
};

// [text, entity name, a surface form that must resolve to it]
const CASES: Array<[string, string, string]> = [
  ['Prime Minister Fumio Kishida met business leaders. Kishida later left for Seoul.', 'Fumio Kishida', 'Kishida'],
  ['Mohammed bin Salman hosted the summit. Later, Mohammed Salman thanked the guests.', 'Mohammed bin Salman', 'Mohammed Salman'],
  ['Olaf Scholz arrived in Warsaw on Monday. He also held talks with Polish officials.', 'Olaf Scholz', 'He'],
  ['During his visit, Olaf Scholz praised the agreement.', 'Olaf Scholz', 'his'],
  ['A senior aide to the Egyptian President arrived in Khartoum. The visit by Hassan Ali was kept quiet.', 'Hassan Ali', 'A senior aide to the Egyptian President'],
];

for (const [text, name, surface] of CASES) {
  test(`reference: "${surface}" -> ${name}`, () => {
    assert.ok(mentionsOf(text, name).includes(surface));
  });
}

test('two people who share a surname stay apart', () => {
  const doc = analyzeDoc('Raul Castro spoke first. Then Fidel Castro replied.');
  const people = doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
  assert.deepEqual(people, ['Fidel Castro', 'Raul Castro']);
});

test('a capital stands for its country', () => {
  const doc = analyzeDoc('Nairobi announced new measures against smuggling.');
  assert.equal(doc.entities.find((e) => e.name === 'Nairobi')?.country, 'KEN');
});

test('a text with no entities gives an empty dossier', () => {
  const doc = analyzeDoc('it rained all day and nobody went out.');
  assert.deepEqual(doc.entities, []);
});

test('collectives with one adjective are one actor: "Western countries" ... "Western powers"', () => {
  const doc = analyzeDoc('Caracas criticized Western countries. It said Western powers had meddled.');
  const western = doc.entities.filter((e) => e.name.startsWith('Western'));
  assert.equal(western.length, 1);
  assert.equal(western[0].type, 'ORG');
  assert.equal(western[0].mentions.length, 2);
});

test('a family name written first is used alone: "Wang Yi ... Wang added"', () => {
  assert.ok(mentionsOf('Foreign Minister Wang Yi arrived in Jakarta. Wang added that talks would continue.', 'Wang Yi').includes('Wang'));
});

test('an organisation belongs to the state its possessive or adjective names', () => {
  const doc = analyzeDoc('Ukraine’s Defence Ministry said drones were shot down. The Polish Border Guard reported no crossings.');
  assert.equal(doc.entities.find((e) => e.name === 'Defence Ministry')?.country, 'UKR');
});

test('"the Government of Chile" is the state', () => {
  const doc = analyzeDoc('The Government of Chile welcomed the agreement.');
  assert.deepEqual(doc.entities.map((e) => `${e.name}:${e.type}`), ['Chile:GPE']);
});
