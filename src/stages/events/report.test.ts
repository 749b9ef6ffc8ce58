import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeRelations } from '../../dossier/relations.js';
import { eventsOf } from './test-doc.js';
import { formatEvents, formatRelations } from './report.js';

const TEXT = 'Boric visited Norway, where he met with Solberg. Peru attacked Chile. Norway would sanction Peru.';

describe('events report', () => {
  const doc = eventsOf(TEXT);

  it('prints one line per event in reading order, with actors, states and the words', () => {
    assert.deepEqual(formatEvents(doc), [
      'CONSULT (visit)  Gabriel Boric [CHL] -> Erna Solberg [NOR]  "visited Norway, where he met with Solberg"',
      'ASSAULT  Peru [PER] -> Chile [CHL]  "attacked Chile"',
      'SANCTION  Norway [NOR] -> Peru [PER]  "sanction Peru"  (hypothetical)',
    ]);
  });

  it('sums what happened between states, leaving out the hypothetical', () => {
    assert.deepEqual(formatRelations(doc), ['Chile -> Norway: 1 cooperative, 0 conflictual', 'Peru -> Chile: 0 cooperative, 1 conflictual']);
  });

  it('computes relations per unordered pair of states and of actors', () => {
    const rel = computeRelations(doc);
    assert.deepEqual(rel.find((r) => r.level === 'state' && r.a === 'CHL' && r.b === 'PER'), { a: 'CHL', b: 'PER', level: 'state', events: 1, cooperation: 0, conflict: 1, score: -10 });
    assert.deepEqual(rel.find((r) => r.level === 'actor' && r.a === 'boric'), { a: 'boric', b: 'solberg', level: 'actor', events: 1, cooperation: 1, conflict: 0, score: 1.9 });
    // "Norway would sanction Peru" did not happen
    assert.equal(rel.some((r) => r.level === 'state' && r.a === 'NOR' && r.b === 'PER'), false);
  });
});
