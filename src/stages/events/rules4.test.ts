// The fourth round of argument rules, one row per shape of English, on sentences written for this
// test: groups named before ("the two ministers", "they"), a state's own bodies, reported subjects,
// criticism of an act named by a noun, names after prepositions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { events } from './index.js';
import { analyze } from '../../analyze.js';
import { CAST, docWith, show, testContext } from './test-doc.js';

const CAST4 = [
  ...CAST,
  { id: 'defmin', type: 'ORG' as const, country: null, forms: ['Defence Ministry'] },
  { id: 'marin', type: 'PERSON' as const, country: 'FIN', forms: ['Sanna Marin', 'Marin'] },
  { id: 'isis', type: 'ORG' as const, country: null, forms: ['IS'] },
  { id: 'ica', type: 'GPE' as const, country: 'PER', forms: ['Ica'] },
  { id: 'ffaa', type: 'ORG' as const, country: 'PER', forms: ['FFAA'] },
  { id: 'lopez', type: 'PERSON' as const, country: 'PER', forms: ['Lopez', 'his'] },
];

function run(text: string, roles: Array<[string, string]> = []) {
  const doc = docWith(text, CAST4);
  doc.roles = roles.map(([person, role]) => ({ person, role, of: null, status: 'current', evidence: { start: 0, end: 0 } }));
  events.run(doc, testContext());
  return doc.events.map(show);
}

// [shape, text, expected event, or "!TYPE source>target" for one that must not be found]
const ROWS: Array<[string, string, string]> = [
  ['"Peru\'s foreign ministry": a state\'s own body acts for the state', "Peru's foreign ministry rejected the proposal of Norway.", 'REJECT peru>norway'],
  ['"Peru\'s Defence Ministry": a body named only by what it does', "Peru's Defence Ministry denied the claims of Chile.", 'REJECT peru>chile'],
  ['after "said", a noun phrase before a verb is the reported subject', 'Solberg said 30 Amnesty International staff were expelled on Friday.', 'COERCE ->amnesty'],
  ['... and not the speaker', 'Solberg said 30 Amnesty International staff were expelled on Friday.', '!COERCE ->solberg'],
  ['"the two ministers" after a meeting of two people', 'Boric met Solberg in Oslo on Monday. The two ministers signed a trade agreement.', 'AGREE boric>solberg'],
  ['"the two men" after an event between two people', 'Boric praised Solberg for her work, and said the two men had an "excellent" phone call.', 'CONSULT boric>solberg'],
  ['"they" after coordinated people; a visit and its reception are one event', 'Boric and Marin travelled to Oslo, where they were received by Solberg.', 'CONSULT marin>solberg'],
  ['a titled person between commas after "and" is coordinated', "Marin and Chile's foreign minister, Boric, travelled to Oslo.", 'CONSULT marin>norway'],
  ['"the prime ministers": the people who hold that title', 'Solberg welcomed Marin in Oslo. Boric praised Solberg, and the prime ministers signed eight pacts.', 'AGREE solberg>marin'],
  ['a noun in a phrase opening the sentence has the main subject', 'Following talks with Solberg, Boric praised the new agreement.', 'CONSULT boric>solberg'],
  ['... also when that subject is "both leaders"', 'Marin praised Chile on Monday. Following talks with Solberg, both leaders praised the new agreement.', 'CONSULT marin>solberg'],
  ['criticism of an act named by a noun targets who did it', 'Peru struck camps inside Chile on Monday. Boric condemned the raids as a violation of the truce.', 'ACCUSE boric>peru'],
  ['... an act of another kind does not count', 'Peru praised Chile on Monday. Boric condemned the raids.', '!ACCUSE boric>peru'],
  ['an organisation with an apposition before the verb', 'Amnesty International, a rights group based in London, accused Peru of torture.', 'ACCUSE amnesty>peru'],
  ['a threat in the future tense is a threat that was made', 'Solberg said that Norway will retaliate against Peru.', 'THREATEN norway>peru'],
  ['... and a conditional one too', 'Boric warned that if attacked, Chile would respond with force.', 'THREATEN boric>-'],
  ['a light verb of announcing takes a noun trigger', 'Norway announced new sanctions against Peru on Monday.', 'SANCTION norway>peru'],
  ['"warned X": a threat to X', 'Solberg warned Peru on Monday.', 'THREATEN solberg>peru'],
  ['"warned of" something about X: no threat to X', 'Solberg warned on Monday of a possible Amnesty International report.', '!THREATEN solberg>amnesty'],
  ['a coercion told in the passive keeps its unnamed agent', 'Boric said 30 Amnesty International staff were being expelled.', 'COERCE ->amnesty'],
  ['an agentless passive concession announced by an official is that state\'s', 'Solberg said 30 Amnesty International staff were being released.', 'CONCEDE solberg>amnesty'],
  ['diplomats before a passive "expelled": a diplomatic sanction', 'Solberg said the diplomats of Peru were expelled.', '!COERCE norway>peru'],
  ['"the army" stands for the organisation named as an army before', 'The Peruvian Army entered Chile on Monday. Boric said the army later attacked Norway.', 'ASSAULT army>norway'],
  ['"the military" is a word for the same kind of body', 'The Peruvian Army entered Chile on Monday. Boric said the military later attacked Norway.', 'ASSAULT army>norway'],
  ['"the mission" from a description beside the name', 'The rights mission in Chile, Amnesty International, left Oslo. The mission criticized Peru.', 'ACCUSE amnesty>peru'],
  ['a noun no organisation was called stays unnamed', 'Amnesty International left Oslo. The council criticized Peru.', '!ACCUSE amnesty>peru'],
  ['a relative clause after an apposition to a name is about the name', 'Amnesty International, a group of lawyers that works in Lima, has accused Peru of torture.', 'ACCUSE amnesty>peru'],
  ['a name closing an aside "known as ..." is the subject', 'Boric said the armed forces, known by their acronym FFAA, had attacked Chile.', 'ASSAULT ffaa>chile'],
  ['"confirmed Wednesday that": a day before "that" is no noun the clause describes', 'Solberg confirmed Wednesday that Amnesty International, a London group, had accused Peru.', 'ACCUSE amnesty>peru'],
  ['a capitalised verb inside a title is no trigger', 'Solberg told the Chile program “Meet Peru” on Sunday that talks went well.', '!CONSULT solberg>peru'],
  ['"warned that X would pay": a threat to X', 'Solberg warned that Peru would pay dearly for the attack.', 'THREATEN solberg>peru'],
  ['releasing people is a concession', 'Peru released 40 prisoners on Monday.', 'CONCEDE peru>-'],
  ['releasing photos is none', 'The Peruvian Army released photos of the border on Monday.', '!CONCEDE army>-'],
  ['only people protest', "Peru's dollar bonds rallied on Friday.", '!PROTEST ->-'],
  ['"they said" inside a relative clause is a reporter, not the subject', 'Amnesty International and Chile called for the release of activists who they said had been abducted.', '!COERCE ->amnesty'],
  ['a vow to no one named is no agreement', 'Boric vowed to rebuild the port within a year.', '!AGREE boric>-'],
  ['a meeting with unnamed officials is no event', 'Boric met with security officials on Monday.', '!CONSULT boric>-'],
  ["the one who said it is never the subject of what was said", "Solberg said Chile's tariffs, along with doubling a duty on Peru, are aimed at drugs.", '!SANCTION solberg>peru'],
  ['a list that is a verb\'s object is no subject', "Norway's tariffs targeting Chile and Amnesty International, along with doubling a duty on Peru, are aimed at drugs.", '!SANCTION chile>peru'],
  ['in a run of sanctions an unsaid target carries over', 'Norway expelled 12 diplomats of Peru on Monday. Chile expelled 15 officers registered as diplomats.', 'SANCTION chile>peru'],
  ['... but not across a gap', 'Norway expelled 12 diplomats of Peru. Boric met Solberg. Solberg praised Boric. Amnesty International thanked Solberg. Chile expelled 15 officers registered as diplomats.', '!SANCTION chile>peru'],
  ['"the government" with no state opening a recent sentence is the state the article names most', 'Peru closed the border. Peru recalled its envoy. Boric praised Chile on Monday. Solberg met Boric. The government expelled Amnesty International.', 'COERCE peru>amnesty'],
  ['... but not when two states are named as often', 'Peru closed the border. Chile recalled its envoy. Boric praised Solberg. Solberg met Boric. The government expelled Amnesty International.', '!COERCE peru>amnesty'],
  ['"her government": the government of the person\'s state', 'Peru closed the border on Monday. Lopez said his government expelled Amnesty International.', 'COERCE peru>amnesty'],
  ['a titled person after "of" is a subject', 'Secretary of State Erna Solberg met Boric in Lima.', 'CONSULT solberg>boric'],
  ['"led two days of talks with": a light verb across a measure of time', 'Solberg led more than eight hours of talks with Boric in Lima.', 'CONSULT solberg>boric'],
  ['a quotation attributed after a title and a name', '“We support Peru in its claim,” Norwegian foreign minister Erna Solberg said.', 'SUPPORT solberg>peru'],
  ['"told X in a phone call": a call between the speaker and the one told', 'Boric told Solberg in a phone call that Chile would help.', 'CONSULT boric>solberg'],
  ['a titled name after "of", then a time word, then the verb', 'Foreign Minister of the Republic of Norway Erna Solberg today held a meeting with Boric.', 'CONSULT solberg>boric'],
  ['"its" opening an object is the organisation named before', 'Amnesty International is leaving Peru after the Peruvian Army demanded its departure.', 'REQUEST army>amnesty'],
  ['"a Chile-designated group" after a name is an apposition', 'Amnesty International, a Chile-designated terrorist group, attacked Peru on Monday.', 'ASSAULT amnesty>peru'],
  ['"despite" ends the object', 'Boric and Solberg are cooperating closely despite backing rival sides in Peru.', '!COOPERATE boric>peru'],
  ['an article opens the subject\'s noun phrase after a time phrase', 'On Thursday the Peruvian Army voted to suspend Chile from the council.', 'SANCTION army>chile'],
  ['"received" aid from someone is no hosting', 'Peru has received 23 bailout packages from Amnesty International.', '!CONSULT peru>amnesty'],
  ['"received" a visitor is hosting', 'Boric received Solberg in Lima on Monday.', 'CONSULT boric>solberg'],
  ['a noun trigger that only modifies another noun is no event', 'Amnesty International, the aid group, left Peru on Monday.', '!AID amnesty>-'],
  ['a relative clause after "in <place>" is about the noun before it', 'Boric condemned an attack in Chile that killed ten soldiers of Peru.', '!ASSAULT chile>peru'],
  ['a participle in a hyphenated modifier reports no act', 'Boric visited the Chile-funded port near Lima.', '!AID boric>-'],
  ['attending a hearing is no meeting', 'Boric attended the hearing in Lima on Monday.', '!CONSULT boric>-'],
  ['"in addition to" is no target', 'Peru faces threats from Chile in addition to Norway.', '!THREATEN chile>norway'],
  ['"dismissed concerns about X" does not reject X', 'Solberg dismissed concerns about Boric on Monday.', '!REJECT solberg>boric'],
  ['a name the tagger took for a verb can be a target', 'Chile carried out a series of airstrikes against IS in the north.', 'ASSAULT chile>isis'],
  ['a place after a preposition is no subject', 'A bomb attack on a police post in Ica killed seven officers.', '!ASSAULT ica>-'],
  ['"after" opens a clause when its verb comes late', 'Peru struck Chile two days after a bomb attack on a police post in Ica killed seven officers.', 'ASSAULT peru>chile'],
];

describe('events: fourth-round rules', () => {
  const roles: Array<[string, string]> = [['marin', 'prime minister'], ['solberg', 'prime minister'], ['boric', 'president']];
  for (const [shape, text, want] of ROWS) {
    it(`${shape}: ${text}`, () => {
      const shown = run(text, roles);
      if (want.startsWith('!')) return assert.ok(!shown.includes(want.slice(1)), `unexpected ${want.slice(1)} in [${shown.join(', ')}]`);
      assert.ok(shown.includes(want), `expected ${want}, got [${shown.join(', ')}]`);
    });
  }

  it("an expert's warning is commentary, not a threat", () => {
    assert.ok(!run('Solberg warned Peru on Monday.', [['solberg', 'analyst']]).some((e) => e.startsWith('THREATEN')));
    assert.ok(run('Solberg warned Peru on Monday.', [['solberg', 'prime minister']]).includes('THREATEN solberg>peru'));
  });

  it('with no target the evidence runs to the end of the object', () => {
    const doc = docWith('Solberg called for the immediate release of all activists, officials said.', CAST4);
    events.run(doc, testContext());
    const request = doc.events.find((e) => e.type === 'REQUEST');
    assert.equal(request && doc.text.slice(request.evidence.start, request.evidence.end), 'Solberg called for the immediate release of all activists');
  });

  it('a title may open a later conjunct of the subject (whole pipeline)', () => {
    const out = analyze('Chilean President Gabriel Boric and Norwegian Prime Minister Erna Solberg told Sanna Marin in phone conversations that talks would resume.');
    const name = (id: string | null) => out.entities.find((e) => e.id === id)?.name;
    const calls = out.events.filter((e) => e.type === 'CONSULT').map((e) => `${name(e.source)}>${name(e.target)}`);
    assert.ok(calls.includes('Gabriel Boric>Sanna Marin') && calls.includes('Erna Solberg>Sanna Marin'), `got [${calls.join(', ')}]`);
  });

  it('"declared X persona non grata and barred him, accusing him of ...": one subject, and "him" is X (whole pipeline)', () => {
    const out = analyze('Chilean Foreign Minister Alberto van Klaveren declared Pedro Rivas persona non grata and barred him from entering the country, accusing him of spying for Peru.');
    const name = (id: string | null) => out.entities.find((e) => e.id === id)?.name;
    const shown = out.events.map((e) => `${e.type} ${name(e.source)}>${name(e.target)}`);
    assert.ok(shown.includes('ACCUSE Alberto van Klaveren>Pedro Rivas'), `got [${shown.join(', ')}]`);
    assert.ok(shown.includes('COERCE Alberto van Klaveren>Pedro Rivas'), `got [${shown.join(', ')}]`);
  });

  it('a group noun with no group named before stays unnamed', () => {
    const shown = run('The two ministers signed a trade agreement.');
    assert.ok(!shown.some((s) => /^AGREE \w+>/.test(s) && !s.startsWith('AGREE -')), `got [${shown.join(', ')}]`);
  });
});
