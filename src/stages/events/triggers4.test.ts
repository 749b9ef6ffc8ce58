// Trigger patterns added in the fourth round (data/events/triggers.yaml), on sentences written for this
// test: each shape of news English with its active, passive, nominal, negated or hypothetical form where
// English has one; then words that must not fire.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, eventsOf, show } from './test-doc.js';

// [shape, sentence, "TYPE source>target" with "-" for no actor, then optional flags: neg, hyp]
type Row = [string, string, string];
const ROWS: Row[] = [
  // SANCTION: diplomatic, aid cuts, suspension from a body, export controls
  ['SANCTION recall from', 'Chile recalled its ambassador from Peru.', 'SANCTION chile>peru'],
  ['SANCTION withdraw ambassador, negated', 'Chile did not withdraw its ambassador from Peru.', 'SANCTION chile>peru neg'],
  ['SANCTION order envoy to leave', "Chile ordered Peru's ambassador to leave.", 'SANCTION chile>peru'],
  ['SANCTION suspend relations, negated', 'Chile has not suspended diplomatic relations with Peru.', 'SANCTION chile>peru neg'],
  ['SANCTION vote to suspend', 'Norway voted to suspend Peru from the council.', 'SANCTION norway>peru'],
  ['SANCTION aid cut, hypothetical', 'Norway will cut off aid to Peru.', 'SANCTION norway>peru hyp'],
  ['SANCTION aid cut, adjective skipped', 'Norway ceased military aid to Peru.', 'SANCTION norway>peru'],
  ['SANCTION withhold aid', 'Chile withheld aid from Peru.', 'SANCTION chile>peru'],
  ['SANCTION export controls', 'Norway imposed export controls on Peru.', 'SANCTION norway>peru'],
  ['SANCTION raised tariffs', 'Norway raised tariffs on Peru.', 'SANCTION norway>peru'],
  ['SANCTION doubled its tariffs', 'Norway doubled its tariffs on Peru.', 'SANCTION norway>peru'],
  ['SANCTION ceased aid, object after a coordination', 'Norway ceased military aid and intelligence sharing with Peru.', 'SANCTION norway>peru'],
  // COERCE: arrest warrants, custody, sentences, entry bans
  ['COERCE arrest warrant', 'Peru issued an arrest warrant for Solberg.', 'COERCE peru>solberg'],
  ['COERCE order the arrest of', 'Peru ordered the arrest of Solberg.', 'COERCE peru>solberg'],
  ['COERCE held in custody, passive', 'Solberg was held in custody by Peru.', 'COERCE peru>solberg'],
  ['COERCE held in detention: the one held is the target', 'Peru ordered Solberg held in pretrial detention.', 'COERCE ->solberg'],
  ['COERCE sentence', 'Peru sentenced Solberg to ten years in prison.', 'COERCE peru>solberg'],
  ['COERCE sentence, negated', 'Peru did not sentence Solberg.', 'COERCE peru>solberg neg'],
  ['COERCE deny entry, hypothetical', 'Peru may deny entry to Solberg.', 'COERCE peru>solberg hyp'],
  ['COERCE revoke accreditation', 'Peru revoked the accreditation of Solberg.', 'COERCE peru>solberg'],
  ['COERCE tighten restrictions', 'Peru tightened restrictions on Chile.', 'COERCE peru>chile'],
  ['COERCE forcibly return', 'Peru forcibly returned Solberg to Chile.', 'COERCE peru>solberg'],
  ['COERCE besieged', 'The Peruvian Army has besieged Chile since August.', 'COERCE army>chile'],
  ['COERCE siege, nominal', 'The siege of Oslo by the Peruvian Army ended.', 'COERCE army>norway'],
  // MOBILIZE
  ['MOBILIZE dispatch troops', 'Peru dispatched troops to the border with Chile.', 'MOBILIZE peru>chile'],
  ['MOBILIZE dispatch troops, negated', 'Peru has not dispatched troops to Chile.', 'MOBILIZE peru>chile neg'],
  ['MOBILIZE put its army on alert', 'Peru put its army on high alert.', 'MOBILIZE peru>-'],
  ['MOBILIZE warships', 'Chile sent warships to Peru.', 'MOBILIZE chile>peru'],
  ['MOBILIZE scramble jets', 'Chile scrambled jets.', 'MOBILIZE chile>-'],
  ['MOBILIZE stepped up patrols', 'Peru stepped up border patrols.', 'MOBILIZE peru>-'],
  ['MOBILIZE standby force', 'Peru ordered the activation of its standby force.', 'MOBILIZE peru>-'],
  // ASSAULT
  ['ASSAULT claimed responsibility', 'The Peruvian Army claimed responsibility for the attack on Chile.', 'ASSAULT army>chile'],
  ['ASSAULT claimed responsibility, negated', 'The Peruvian Army did not claim responsibility for the attack on Chile.', 'ASSAULT army>chile neg'],
  ['ASSAULT began attacking (tagged an adjective)', 'Chile began attacking Peru.', 'ASSAULT chile>peru'],
  ['ASSAULT retaliated against', 'Peru retaliated against Chile.', 'ASSAULT peru>chile'],
  ['ASSAULT resume hostilities, hypothetical', 'Peru could resume hostilities against Chile.', 'ASSAULT peru>chile hyp'],
  ['ASSAULT targeted a military position', 'The Peruvian Army targeted a Chilean military position.', 'ASSAULT army>-'],
  ['ASSAULT opened fire at', 'The Peruvian Army opened fire at Chile.', 'ASSAULT army>chile'],
  ['ASSAULT rained rockets on', 'The Peruvian Army rained rockets on Chile.', 'ASSAULT army>chile'],
  ['ASSAULT gunned down, passive', 'Solberg was gunned down by the Peruvian Army.', 'ASSAULT army>solberg'],
  // RETREAT
  ['RETREAT drawdown, nominal', "Chile's drawdown in Peru ended.", 'RETREAT chile>-'],
  // CONCEDE
  ['CONCEDE exempted', 'Boric exempted Peru from the tariffs.', 'CONCEDE boric>peru'],
  ['CONCEDE exempted, passive', 'Peru was exempted from the tariffs by Chile.', 'CONCEDE chile>peru'],
  ['CONCEDE delayed the tariffs on', 'Boric delayed the tariffs on Peru.', 'CONCEDE boric>peru'],
  ['CONCEDE drop charges', 'Peru dropped all charges against Solberg.', 'CONCEDE peru>solberg'],
  ['CONCEDE drop charges, hypothetical', 'Peru might drop the charges against Solberg.', 'CONCEDE peru>solberg hyp'],
  ['CONCEDE repatriated', 'Norway repatriated Solberg.', 'CONCEDE norway>solberg'],
  ['CONCEDE release, nominal', 'The release of Solberg by Peru surprised Chile.', 'CONCEDE peru>solberg'],
  ['CONCEDE reopened the border', 'Peru reopened its border with Chile.', 'CONCEDE peru>chile'],
  ['CONCEDE safe passage', 'Peru granted safe passage to Solberg.', 'CONCEDE peru>solberg'],
  ['ASSAULT attacked, passive (a phrase trigger)', 'Chile was attacked by Peru.', 'ASSAULT peru>chile'],
  // REQUEST
  ['REQUEST renewed call for', 'Solberg renewed her call for a ceasefire.', 'REQUEST solberg>-'],
  ['REQUEST reiterated call for', 'Norway reiterated its call for Peru to withdraw.', 'REQUEST norway>peru'],
  // REJECT
  ['REJECT suspended a clause of the accord', 'Peru suspended a key clause of the accord with Chile.', 'REJECT peru>chile'],
  ['REJECT withdrew from the treaty', 'Peru withdrew from the treaty with Chile.', 'REJECT peru>chile'],
  ['REJECT scrapped the deal, hypothetical', 'Chile may scrap the deal with Peru.', 'REJECT chile>peru hyp'],
  ['REJECT ruled out talks', 'Peru ruled out talks with Chile.', 'REJECT peru>chile'],
  ['REJECT walked away from', 'Chile walked away from the deal with Peru.', 'REJECT chile>peru'],
  ['REJECT voted against', 'Chile voted against Peru.', 'REJECT chile>peru'],
  ['REJECT no longer bound by (a modal in reported speech)', 'Peru said it would no longer be bound by the accord with Chile.', 'REJECT peru>chile hyp'],
  // ACCUSE
  ['ACCUSE alleged that', 'Amnesty International alleged that Peru tortured prisoners.', 'ACCUSE amnesty>peru'],
  ['ACCUSE drew criticism from', 'Chile drew criticism from Norway.', 'ACCUSE norway>chile'],
  ['ACCUSE drew sharp criticism from', 'Chile drew sharp criticism from Norway.', 'ACCUSE norway>chile'],
  ['ACCUSE came under fire from', 'Boric came under fire from Solberg.', 'ACCUSE solberg>boric'],
  ['ACCUSE pointed the finger at', 'Boric pointed the finger at Peru.', 'ACCUSE boric>peru'],
  // THREATEN
  ['THREATEN warned of consequences', 'Peru warned of serious consequences.', 'THREATEN peru>-'],
  ['THREATEN threatened retaliation', 'Peru threatened retaliation against Chile.', 'THREATEN peru>chile'],
  // CONSULT
  ['CONSULT in talks with', 'Peru was in talks with Chile.', 'CONSULT peru>chile'],
  ['CONSULT in advanced talks with', 'Peru is in advanced talks with Chile.', 'CONSULT peru>chile'],
  ['CONSULT led talks with', 'Boric led talks with Solberg.', 'CONSULT boric>solberg'],
  ['CONSULT had lunch with', 'Boric had lunch with Solberg.', 'CONSULT boric>solberg'],
  ['CONSULT led a delegation to', 'Boric led a delegation to Oslo.', 'CONSULT boric>norway'],
  ['CONSULT held phone talks (symmetric)', 'Chile and Peru held phone talks.', 'CONSULT chile>peru'],
  ['CONSULT received a phone call from', 'Boric received a phone call from Solberg.', 'CONSULT solberg>boric'],
  ['CONSULT received a call, negated', 'Boric did not receive a phone call from Solberg.', 'CONSULT solberg>boric neg'],
  // COOPERATE
  ['COOPERATE in coordination with', 'Chile acted in coordination with Peru.', 'COOPERATE chile>peru'],
  ['COOPERATE coordinated patrols (symmetric)', 'Chile and Peru coordinated patrols along the border.', 'COOPERATE chile>peru'],
  ['COOPERATE coordinated patrols, nominal', 'The coordinated patrols between Chile and Peru began.', 'COOPERATE chile>peru'],
  ['COOPERATE resume cooperation, hypothetical', 'Chile will resume cooperation with Peru.', 'COOPERATE chile>peru hyp'],
  ['COOPERATE deepened cooperation', 'Chile deepened cooperation with Peru.', 'COOPERATE chile>peru'],
  // AGREE, AID, SUPPORT
  ['AGREE reached an understanding', 'Chile reached an understanding with Peru.', 'AGREE chile>peru'],
  ['AID delivered food aid', 'Norway delivered food aid to Peru.', 'AID norway>peru'],
  ['AID food assistance, nominal', "Norway's food assistance to Peru arrived.", 'AID norway>peru'],
  ['AID airlifted aid', 'Norway airlifted aid to Peru.', 'AID norway>peru'],
  ['AID received aid from', 'Chile received aid from Norway.', 'AID norway>chile'],
  ['SUPPORT supportive of', 'Chile was fully supportive of Peru.', 'SUPPORT chile>peru'],
  ['SUPPORT voted in favor of', 'Norway voted in favor of Chile.', 'SUPPORT norway>chile'],
  ['SUPPORT voted for, negated', 'Chile never voted for Peru.', 'SUPPORT chile>peru neg'],
  ['SUPPORT stood by', 'Boric stood by Solberg.', 'SUPPORT boric>solberg'],
];

// [why, sentence, type that must not be coded]
const NONE: Array<[string, string, string]> = [
  ['"flushed out" needs a named target', 'The Peruvian Army flushed out the tunnels.', 'ASSAULT'],
  ['"received weapons" needs a named giver', 'Chile received weapons.', 'AID'],
  ['"came under fire" with no critic is no accusation', 'Chile came under fire.', 'ACCUSE'],
  ['"repatriated" needs a named person or group', 'Norway repatriated the funds.', 'CONCEDE'],
  ['"exempted" needs a named party', 'The law exempted small farms from the tax.', 'CONCEDE'],
  ['"targeted" a group of voters is no attack', 'Boric targeted young voters in Oslo.', 'ASSAULT'],
  ['"ruled out" a possibility is no rejection', 'Peru has not ruled out an attack on Chile.', 'REJECT'],
  ['"supportive of" a thing names no one supported', 'Norway was supportive of narrower spreads.', 'SUPPORT'],
  ['"stood by" a decision names no one supported', 'Boric stood by the decision.', 'SUPPORT'],
  ['a press release frees no one', 'Amnesty International issued a release on Friday.', 'CONCEDE'],
  ['"cooperation" alone is a state of relations, not an event', "Chile's cooperation with Peru will develop slowly.", 'COOPERATE'],
];

describe('events: fourth-round trigger patterns', () => {
  for (const [name, text, expect] of ROWS) {
    it(`${name}: ${text}`, () => {
      assertEvent(text, expect);
    });
  }
});

describe('events: fourth-round triggers that must not fire', () => {
  for (const [why, text, type] of NONE) {
    it(`${why}: ${text}`, () => {
      const got = eventsOf(text).events;
      assert.ok(!got.some((e) => e.type === type), `unexpected ${type} in [${got.map(show).join(', ')}]`);
    });
  }
});
