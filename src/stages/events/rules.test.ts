// The second round of argument and trigger rules, one row per shape of English, on sentences written
// for this test: unnamed actors, appositions, relative clauses, implied targets, declarations,
// collective nouns, warnings and vows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DossierEvent } from '../../doc/types.js';
import { eventsOf, show } from './test-doc.js';

// [shape, sentence, expected event as "TYPE source>target" ("-" for none), "!TYPE source>target" for
// an event that must not be found, or "none"]
const ROWS: Array<[string, string, string]> = [
  ['an unnamed subject of violence still makes an event', 'Police arrested dozens of students in the capital.', 'COERCE ->-'],
  ['an unnamed passive patient of violence', 'At least eight demonstrators were killed on Friday.', 'ASSAULT ->-'],
  ['unnamed protesters marching', 'Thousands marched against the new tax law.', 'PROTEST ->-'],
  ['an unresolved "they" is an unnamed actor, not a thing', 'They are demanding the release of Boric.', 'REQUEST ->boric'],
  ['a person with an apposition before the verb', 'Gabriel Boric, the president of the republic, praised Norway.', 'SUPPORT boric>norway'],
  ['a relative clause closed by a comma', 'The Peruvian Army, which controls the border, attacked Chile.', 'ASSAULT army>chile'],
  ['a time word before the verb', 'Boric today held a bilateral meeting with Solberg.', 'CONSULT boric>solberg'],
  ['the possessor inside a trigger is the target', "Norway expelled Peru's ambassador on Monday.", 'SANCTION norway>peru'],
  ['an attack hits the place it names', 'The Peruvian Army struck several camps inside Chile.', 'ASSAULT army>chile'],
  ['"declared X persona non grata"', 'Norway declared Solberg persona non grata.', 'SANCTION norway>solberg'],
  ['"designated X as terrorists"', 'Chile designated Amnesty International as terrorists.', 'ACCUSE chile>amnesty'],
  ['"warned that": a threat without a named target', 'Solberg warned that the attackers would pay dearly.', 'THREATEN solberg>-'],
  ['"warned X": a threat against X', 'Solberg warned Boric of the consequences.', 'THREATEN solberg>boric'],
  ['"vowed that": a threat', 'Boric vowed that the attackers would be punished.', 'THREATEN boric>-'],
  ['adverbs and numbers before the noun of a phrase', 'Peru fired about 40 ballistic missiles at Chile.', 'ASSAULT peru>chile'],
  ['a money amount between a light verb and its noun', 'Norway approved a $5 million aid package for Peru.', 'AID norway>peru'],
  ['"clashed": coordinated subjects fight each other', 'Chile and Peru have clashed several times.', 'ASSAULT chile>peru'],
  ['a collective noun stands for the organisation that opened a recent sentence', 'Amnesty International published a report. The group accused Peru of torture.', 'ACCUSE amnesty>peru'],
  ['"the government" stands for the state that opened a recent sentence', 'Peru closed its border. The government expelled Solberg.', 'COERCE peru>solberg'],
  ['expelling diplomats is a diplomatic sanction', 'Norway expelled 12 embassy officers of Peru.', 'SANCTION norway>peru'],
  ['"the withdrawal of X": who withdrew', 'The withdrawal of the Peruvian Army from the border was completed.', 'RETREAT army>-'],
  ['"before the council," is a preposition, not a clause', "Solberg, in a speech before the council, rejected Peru's proposal.", 'REJECT solberg>peru'],
  ['plural people as subject: an unnamed source on a named target', 'Chilean lawmakers praised Solberg for her work.', 'SUPPORT ->solberg'],
  ['a verb after "and" shares the subject of the verb before it', 'Solberg urged Boric to resign, and called on Peru to free the prisoners.', 'REQUEST solberg>peru'],
  ['a longer apposition with its own coordination', "Erna Solberg, the party's chief negotiator and spokesman, thanked Chile for its help.", 'SUPPORT solberg>chile'],
  ['an actor coordinated with the modifier of the subject', 'Peru and Amnesty International volunteers clashed near the border.', 'ASSAULT peru>amnesty'],
  ['"was received by": the host meets the guest', 'Boric was received by Solberg in Oslo.', 'CONSULT solberg>boric'],
  ['"formed a coalition with"', 'Chile formed a coalition with Peru.', 'COOPERATE chile>peru'],
  ['a scare quote does not cut the clause', 'Peru "successfully eliminated" Boric, officials said.', 'ASSAULT peru>boric'],
  ['"the government" with two modifiers', 'Peru closed its border. The internationally recognised government expelled Solberg.', 'COERCE peru>solberg'],
  ['"saying it violated": the pronoun, not the speaker, is the subject', 'Solberg condemned the test, saying it violated the accord with Chile.', '!REJECT solberg>chile'],
  ['"armed" as an adjective arms no one', 'Armed groups gathered in the north.', 'none'],
  ['a state named as a modifier is no attack place', 'Boric criticized the Peruvian decision.', 'ACCUSE boric>-'],
];

function matches(e: DossierEvent, want: string): boolean {
  const [type, pair] = want.split(' ');
  const [source, target] = pair.split('>').map((x) => (x === '-' || x === '' ? null : x));
  return e.type === type && e.source === source && e.target === target;
}

describe('events: second-round rules', () => {
  for (const [shape, text, want] of ROWS) {
    it(`${shape}: ${text}`, () => {
      const got = eventsOf(text).events;
      if (want === 'none') return assert.deepEqual(got.map(show), []);
      if (want.startsWith('!')) return assert.ok(!got.some((e) => matches(e, want.slice(1))), `unexpected ${want.slice(1)}`);
      assert.ok(got.some((e) => matches(e, want)), `expected ${want}, got [${got.map(show).join(', ')}]`);
    });
  }
});

describe('events: a declaration is a new act, not a reference', () => {
  it('"declared X persona non grata" after sanctions on the same state adds a second event', () => {
    const got = eventsOf('Norway imposed sanctions on Peru. Norway then declared the envoys of Peru persona non grata.').events;
    assert.deepEqual(got.filter((e) => matches(e, 'SANCTION norway>peru')).length, 2, `got [${got.map(show).join(', ')}]`);
  });
});
