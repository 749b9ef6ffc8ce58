// Trigger patterns per PLOVER type, on sentences written for this test: active, passive, nominal,
// negated and hypothetical. Each row names the event it expects (or that none is coded).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, DossierEvent } from '../../doc/types.js';
import { assertEvent, eventsOf, show } from './test-doc.js';

// "TYPE source>target" with "-" for no actor, then optional flags: neg, hyp
type Row = [string, string, string];
const ROWS: Row[] = [
  ['AGREE active', 'Chile signed a free trade agreement with Peru on Monday.', 'AGREE chile>peru'],
  ['AGREE passive', 'The accord was signed by Chile and Peru.', 'AGREE chile>peru'],
  ['AGREE nominal', "Chile's agreement with Peru ended the dispute.", 'AGREE chile>peru'],
  ['AGREE negated', 'Chile did not sign the agreement with Peru.', 'AGREE chile>peru neg'],
  ['AGREE hypothetical', 'Chile will sign an agreement with Peru next year.', 'AGREE chile>peru hyp'],
  ['CONSULT active', 'Boric met with Solberg in Oslo.', 'CONSULT boric>solberg'],
  ['CONSULT passive', 'Solberg was visited by Boric.', 'CONSULT boric>solberg'],
  ['CONSULT nominal', 'The talks between Chile and Peru lasted two days.', 'CONSULT chile>peru'],
  ['CONSULT negated', 'Boric has never visited Norway.', 'CONSULT boric>norway neg'],
  ['CONSULT hypothetical', 'Boric plans to visit Norway in June.', 'CONSULT boric>norway hyp'],
  ['SUPPORT active', 'Solberg praised Boric for his leadership.', 'SUPPORT solberg>boric'],
  ['SUPPORT passive', 'Boric was praised by Solberg.', 'SUPPORT solberg>boric'],
  ['SUPPORT nominal', "Norway's support for Chile has grown.", 'SUPPORT norway>chile'],
  ['SUPPORT negated', 'Norway did not endorse Boric.', 'SUPPORT norway>boric neg'],
  ['SUPPORT hypothetical', 'Norway would support Chile.', 'SUPPORT norway>chile hyp'],
  ['CONCEDE active', 'Peru lifted sanctions on Chile.', 'CONCEDE peru>chile'],
  ['CONCEDE passive', 'Boric was released by Peru.', 'CONCEDE peru>boric'],
  ['CONCEDE nominal', "Peru's concessions to Chile surprised analysts.", 'CONCEDE peru>chile'],
  ['CONCEDE negated', 'Peru refused to release Boric.', 'CONCEDE peru>boric neg'],
  ['CONCEDE hypothetical', 'Peru may release Boric soon.', 'CONCEDE peru>boric hyp'],
  ['COOPERATE active', 'Chile cooperated with Peru on border security.', 'COOPERATE chile>peru'],
  ['COOPERATE passive', 'Boric was extradited by Peru.', 'COOPERATE peru>boric'],
  ['COOPERATE nominal', 'The joint exercises between Chile and Peru began on Monday.', 'COOPERATE chile>peru'],
  ['COOPERATE negated', 'Chile has not cooperated with Peru.', 'COOPERATE chile>peru neg'],
  ['COOPERATE hypothetical', 'Chile could cooperate with Peru.', 'COOPERATE chile>peru hyp'],
  ['AID active', 'Norway sent humanitarian aid to Peru.', 'AID norway>peru'],
  ['AID passive', 'Peru was helped by Norway.', 'AID norway>peru'],
  ['AID nominal', "Norway's humanitarian aid to Peru arrived.", 'AID norway>peru'],
  ['AID negated', 'Norway never sent aid to Peru.', 'AID norway>peru neg'],
  ['AID hypothetical', 'Norway promised to send aid to Peru.', 'AID norway>peru hyp'],
  ['RETREAT active', 'Peru withdrew its troops from Chile.', 'RETREAT peru>chile'],
  ['RETREAT passive', 'The town was surrendered by the Peruvian Army.', 'RETREAT army>-'],
  ['RETREAT nominal', "Peru's withdrawal was completed.", 'RETREAT peru>-'],
  ['RETREAT negated', 'Peru has not withdrawn its troops from Chile.', 'RETREAT peru>chile neg'],
  ['RETREAT hypothetical', 'Peru will withdraw its troops from Chile.', 'RETREAT peru>chile hyp'],
  ['REQUEST active', 'Solberg urged Boric to free the prisoners.', 'REQUEST solberg>boric'],
  ['REQUEST passive', 'Boric was urged by Solberg to resign.', 'REQUEST solberg>boric'],
  ['REQUEST nominal', "Norway's appeal to Chile went unanswered.", 'REQUEST norway>chile'],
  ['REQUEST negated', 'Solberg did not ask Boric for help.', 'REQUEST solberg>boric neg'],
  ['REQUEST hypothetical', 'Solberg might call on Chile to act.', 'REQUEST solberg>chile hyp'],
  ['ACCUSE active', 'Boric criticized Peru for the shooting.', 'ACCUSE boric>peru'],
  ['ACCUSE passive', 'Peru was condemned by Amnesty International.', 'ACCUSE amnesty>peru'],
  ['ACCUSE nominal', "Chile's condemnation of Peru was swift.", 'ACCUSE chile>peru'],
  ['ACCUSE negated', 'Boric did not blame Peru.', 'ACCUSE boric>peru neg'],
  ['ACCUSE hypothetical', 'Boric could accuse Peru of lying.', 'ACCUSE boric>peru hyp'],
  ['REJECT active', "Peru rejected Chile's proposal.", 'REJECT peru>chile'],
  ['REJECT passive', 'The proposal was rejected by Peru.', 'REJECT peru>-'],
  ['REJECT nominal', "Peru's rejection of Chile's offer angered Boric.", 'REJECT peru>chile'],
  ['REJECT negated', 'Peru did not reject the offer.', 'REJECT peru>- neg'],
  ['REJECT hypothetical', 'Peru may oppose the plan.', 'REJECT peru>- hyp'],
  ['THREATEN active', 'Peru threatened Chile with sanctions.', 'THREATEN peru>chile'],
  ['THREATEN passive', 'Chile was threatened by Peru.', 'THREATEN peru>chile'],
  ['THREATEN nominal', "Peru's threats against Chile alarmed Norway.", 'THREATEN peru>chile'],
  ['THREATEN negated', 'Peru has never threatened Chile.', 'THREATEN peru>chile neg'],
  ['THREATEN hypothetical', 'Peru could threaten Chile.', 'THREATEN peru>chile hyp'],
  ['PROTEST active', 'Students protested against Boric in the capital.', 'PROTEST ->boric'],
  ['PROTEST passive', 'Boric was boycotted by Peru.', 'PROTEST peru>boric'],
  ['PROTEST nominal', "Amnesty International's protest against Peru drew attention.", 'PROTEST amnesty>peru'],
  ['PROTEST negated', 'Amnesty International did not protest against Peru.', 'PROTEST amnesty>peru neg'],
  ['PROTEST hypothetical', 'Amnesty International plans to protest against Peru.', 'PROTEST amnesty>peru hyp'],
  ['SANCTION active', 'Norway imposed sanctions on Peru.', 'SANCTION norway>peru'],
  ['SANCTION passive', 'Peru was sanctioned by Norway.', 'SANCTION norway>peru'],
  ['SANCTION nominal', "Norway's sanctions against Peru took effect.", 'SANCTION norway>peru'],
  ['SANCTION negated', 'Norway did not impose sanctions on Peru.', 'SANCTION norway>peru neg'],
  ['SANCTION hypothetical', 'Norway might impose sanctions on Peru.', 'SANCTION norway>peru hyp'],
  ['MOBILIZE active', 'Peru deployed troops to the border with Chile.', 'MOBILIZE peru>chile'],
  ['MOBILIZE passive', 'Troops were deployed by Peru.', 'MOBILIZE peru>-'],
  ['MOBILIZE nominal', "Peru's mobilization against Chile continued.", 'MOBILIZE peru>chile'],
  ['MOBILIZE negated', 'Peru has not mobilized its army against Chile.', 'MOBILIZE peru>chile neg'],
  ['MOBILIZE hypothetical', 'Peru would deploy troops to Chile.', 'MOBILIZE peru>chile hyp'],
  ['COERCE active', 'The Peruvian Army detained Solberg.', 'COERCE army>solberg'],
  ['COERCE passive', 'Solberg was arrested by the Peruvian Army.', 'COERCE army>solberg'],
  ['COERCE nominal', "The Peruvian Army's crackdown lasted a week.", 'COERCE army>-'],
  ['COERCE negated', 'The Peruvian Army did not arrest Solberg.', 'COERCE army>solberg neg'],
  ['COERCE hypothetical', 'The Peruvian Army may detain Solberg.', 'COERCE army>solberg hyp'],
  ['ASSAULT active', 'The Peruvian Army attacked Chile.', 'ASSAULT army>chile'],
  ['ASSAULT passive (capital for its state)', 'Oslo was bombed by Peru.', 'ASSAULT peru>norway'],
  ['ASSAULT nominal', "Peru's airstrikes on Chile killed ten people.", 'ASSAULT peru>chile'],
  ['ASSAULT negated', 'Peru did not attack Chile.', 'ASSAULT peru>chile neg'],
  ['ASSAULT hypothetical (conditional)', 'If Chile invades Peru, Norway will respond.', 'ASSAULT chile>peru hyp'],
];

describe('events: trigger patterns per PLOVER type', () => {
  for (const [name, text, expect] of ROWS) {
    it(`${name}: ${text}`, () => {
      assertEvent(text, expect);
    });
  }
});

describe('events: every type has each form in the table', () => {
  it('covers the 16 types five ways', () => {
    const types = new Set(ROWS.map(([name]) => name.split(' ')[0]));
    assert.equal(types.size, 16);
  });
});

// How arguments, modality, reporting, dates and places are found; each row is one shape of language.
type Check = [string, string, string | null, (events: DossierEvent[], doc: Doc) => void];
const has = (want: string) => (events: DossierEvent[]) => assert.ok(events.map(show).includes(want), `expected ${want}, got [${events.map(show).join(', ')}]`);
const count = (n: number) => (events: DossierEvent[]) => assert.equal(events.length, n, `got [${events.map(show).join(', ')}]`);

const CHECKS: Check[] = [
  ['coordinated objects give one event each', 'Boric met Solberg and Amnesty International in Oslo.', null, (evs) => {
    has('CONSULT boric>solberg')(evs);
    has('CONSULT boric>amnesty')(evs);
  }],
  ['"X and Y met": a symmetric verb pairs coordinated subjects', 'Chile and Peru met in Oslo.', null, has('CONSULT chile>peru')],
  ['"talks between X and Y" has no third actor', 'Talks between Chile and Peru resumed.', null, count(1)],
  ['a pronoun continues the subject', 'Boric arrived late. He criticized Peru.', null, has('ACCUSE boric>peru')],
  ['reported speech keeps the reporter', 'Solberg said that Peru attacked Chile.', null, (evs) => {
    const e = evs.find((x) => x.type === 'ASSAULT');
    assert.equal(e?.reported_by, 'solberg');
  }],
  ['a verb of saying without "that" reports the clause after it', 'Solberg said Peru attacked Chile.', null, (evs) => assert.equal(evs[0]?.reported_by, 'solberg')],
  ['"according to X" reports the event', 'Peru attacked Chile, according to Amnesty International.', null, (evs) => assert.equal(evs[0]?.reported_by, 'amnesty')],
  ['a date relative to the article date', 'Boric met Solberg on Monday.', '2024-07-31', (evs) => assert.equal(evs[0]?.date, '2024-07-29')],
  ['no article date, no event date', 'Boric met Solberg on Monday.', null, (evs) => assert.equal(evs[0]?.date, null)],
  ['the place after "in"', 'Boric met Solberg in Oslo.', null, (evs) => assert.equal(evs[0]?.place, 'oslo')],
  ['a capital acting for its state is the state', 'Oslo condemned Peru.', null, has('ACCUSE norway>peru')],
  ['the state of each actor', 'Boric criticized Solberg.', null, (evs) => assert.deepEqual([evs[0]?.source_country, evs[0]?.target_country], ['CHL', 'NOR'])],
  ['a noun referring back to a coded event adds none', 'Boric met with Solberg. The meeting between Boric and Solberg was long.', null, count(1)],
  ['a noun in the object of another trigger is its content', 'Norway called for talks between Chile and Peru.', null, (evs) => assert.deepEqual(evs.map((e) => e.type), ['REQUEST'])],
  ['a trigger needs an actor', 'The attack shocked the region.', null, count(0)],
  ['a thing does not praise', 'This support helped Chile.', null, count(0)],
  ['"refused to" negates the infinitive', 'Peru refused to sign the accord with Chile.', null, has('AGREE peru>chile neg')],
  ['a question is hypothetical', 'Will Peru invade Chile?', null, has('ASSAULT peru>chile hyp')],
  ['events are numbered in reading order', 'Boric met Solberg. Peru attacked Chile.', null, (evs) => assert.deepEqual(evs.map((e) => e.id), ['ev1', 'ev2'])],
];

describe('events: arguments, modality and context', () => {
  for (const [name, text, date, check] of CHECKS) {
    it(`${name}: ${text}`, () => {
      const doc = eventsOf(text, date);
      check(doc.events, doc);
    });
  }
});
