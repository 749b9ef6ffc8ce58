// The third round of argument and modality rules, one row per shape of English, on sentences written
// for this test: pronouns for a state or group, possessives, unnamed opinions, modal scope, "of".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { events } from './index.js';
import { CAST, docWith, show, testContext } from './test-doc.js';

const CAST3 = [...CAST, { id: 'lawsoc', type: 'ORG' as const, country: null, forms: ['Law Society'] }];

function run(text: string) {
  const doc = docWith(text, CAST3);
  events.run(doc, testContext());
  return { doc, shown: doc.events.map(show) };
}

// [shape, text, want]: want is an event as shown above that must be found, or "!TYPE" for a type
// of which no asserted event (neither negated nor hypothetical) may be found
const ROWS: Array<[string, string, string]> = [
  ['"It warned" opening a sentence stands for the state that opened the one before', 'Peru scrapped the border accord. It warned that Chile would pay dearly.', 'THREATEN peru>chile'],
  ['"they" after a noun ("telling reporters they") stands for unnamed people', 'Peru held a vote. Some residents told reporters they support Chile.', '!SUPPORT'],
  ['agreement voiced by no one named is an opinion, not an event', 'They agree with the expulsion of Boric.', '!AGREE'],
  ['"their leaders" stands for the actors coordinated at the sentence start', 'Chile and Peru are due to begin joint patrols next year, under a plan their leaders agreed in Oslo.', 'AGREE chile>peru'],
  ['a gerund under a modal verb is as unrealised as the modal act', 'Boric may anger Peru further by attacking Chile.', 'ASSAULT boric>chile hyp'],
  ['a gerund after "by" inside a request is part of what was requested', 'Solberg urged Peru to build on the accord by freeing the prisoners.', '!CONCEDE'],
  ['"accused X of attacking": the charge is no reported attack', 'Peru accused Chile of attacking Norway.', '!ASSAULT'],
  ['the charge itself is still found', 'Peru accused Chile of attacking Norway.', 'ACCUSE peru>chile'],
  ['a state after "of" belongs to the organisation before it', 'The Law Society of Chile accused Peru of torture.', 'ACCUSE lawsoc>peru'],
  ['a determiner may open the second of two coordinated subjects', 'Amnesty International and the Law Society accused Peru of torture.', 'ACCUSE amnesty>peru'],
  ['"a charge that X rejects": X rejects whoever made the charge', 'Peru accused Boric of torture, a charge that Chile rejects.', 'REJECT chile>peru'],
  ['"called X illegitimate": a word of blame makes an accusation', 'Boric called the decision illegitimate and unjustified.', 'ACCUSE boric>-'],
  ['"has called X a usurper": the person blamed is the target', 'Solberg has called Boric a usurper.', 'ACCUSE solberg>boric'],
  ['"described X as treasonous"', 'Boric described the march as treasonous.', 'ACCUSE boric>-'],
  ['"called" with no word of blame names nothing', 'Boric called Solberg on Monday about the border.', '!ACCUSE'],
  ['"called for" asks; it does not blame', 'Boric called for an end to the illegal fishing.', '!ACCUSE'],
  ['a word of sympathy after "describing" is support', 'Norway described Boric as a victim of the coup.', 'SUPPORT norway>boric'],
  ['a gerund after "a statement" has the issuers as its subject', 'Chile and Peru issued a joint statement describing Boric as a victim.', 'SUPPORT peru>boric'],
  ['... each issuer of the statement', 'Chile and Peru issued a joint statement describing Boric as a victim.', 'SUPPORT chile>boric'],
  ['", and urged" shares the subject of the sentence\'s first verb', 'Solberg said the army was not planning for peace but for war, and urged Peru to reopen talks.', 'REQUEST solberg>peru'],
  ['"pressed X to": a request', 'Boric pressed Norway to deliver the loans quickly.', 'REQUEST boric>norway'],
  ['a list of places after a preposition is no subject', 'Thousands gathered in Oslo, Chile and Peru, and marched toward the border.', 'PROTEST ->-'],
];

describe('events: third-round rules', () => {
  for (const [shape, text, want] of ROWS) {
    it(`${shape}: ${text}`, () => {
      const { shown } = run(text);
      if (want.startsWith('!')) {
        const type = want.slice(1);
        return assert.ok(!shown.some((s) => s.startsWith(`${type} `) && !/ (hyp|neg)/.test(s)), `unexpected ${type} in [${shown.join(', ')}]`);
      }
      assert.ok(shown.includes(want), `expected ${want}, got [${shown.join(', ')}]`);
    });
  }

  it('"their leaders agreed": the evidence starts at the possessive, not at the distant actors', () => {
    const { doc } = run('Chile and Peru are due to begin joint patrols next year, under a plan their leaders agreed in Oslo.');
    const agree = doc.events.find((e) => e.type === 'AGREE');
    assert.ok(agree, 'no AGREE event');
    assert.ok(doc.text.slice(agree.evidence.start, agree.evidence.end).startsWith('their leaders agreed'));
  });
});
