import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../store/fixtures.js';
import { csvLine } from './csv.js';
import { eventsToGdeltTsv } from './gdelt.js';
import { networkToGraphml } from './graph.js';
import { eventsToPloverJsonl } from './plover.js';
import type { EventRow } from '../store/types.js';

const dossier = buildDossier({
  date: '2024-07-30',
  text: 'Iran\'s envoy Ali Khaji met Faisal Mekdad in Damascus. Israel threatened Hezbollah.',
  entities: [['Ali Khaji', 'PERSON', 'IRN'], ['Faisal Mekdad', 'PERSON', 'SYR'], ['Israel', 'GPE', 'ISR'], ['Hezbollah', 'ORG', 'LBN']],
  events: [['Ali Khaji', 'CONSULT', 'Faisal Mekdad', 'met Faisal Mekdad'], ['Israel', 'THREATEN', 'Hezbollah', 'threatened Hezbollah']],
});

test('eventsToGdeltTsv: one row of 61 GDELT 2.0 columns per event', () => {
  const rows = eventsToGdeltTsv([{ dossier, url: 'https://x.example/a' }], new Date('2024-08-01T12:00:00Z')).trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 2);
  const cols = (r: string[]) => ({ id: r[0], day: r[1], month: r[2], year: r[3], a1: r[5], a1name: r[6], a2name: r[16], root: r[25], code: r[26], base: r[27], rootCode: r[28], quad: r[29], goldstein: r[30], articles: r[33], added: r[59], url: r[60] });
  assert.deepEqual(rows.map((r) => r.length), [61, 61]);
  assert.deepEqual(cols(rows[0]), { id: '1', day: '20240730', month: '202407', year: '2024', a1: 'IRN', a1name: 'ALI KHAJI', a2name: 'FAISAL MEKDAD', root: '1', code: '040', base: '040', rootCode: '04', quad: '1', goldstein: '2', articles: '1', added: '20240801120000', url: 'https://x.example/a' });
  assert.equal(cols(rows[1]).goldstein, '-6', 'conflict is negative on the Goldstein scale');
  assert.equal(eventsToGdeltTsv([{ dossier: { ...dossier, events: [] } }]), '');
});

test('eventsToPloverJsonl: one record per event with actor names and evidence', () => {
  const lines = eventsToPloverJsonl([{ dossier, url: 'https://x.example/a' }]).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((r) => [r.event_type, r.actor, r.recipient, r.recipient_country, r.date, r.text]), [
    ['CONSULT', 'Ali Khaji', 'Faisal Mekdad', 'SYR', '2024-07-30', 'met Faisal Mekdad'],
    ['THREATEN', 'Israel', 'Hezbollah', 'LBN', '2024-07-30', 'threatened Hezbollah'],
  ]);
  const two = eventsToPloverJsonl([{ dossier, id: 'a' }, { dossier, id: 'b' }]).trimEnd().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(two, ['a-ev1', 'a-ev2', 'b-ev1', 'b-ev2']);
});

test('csv quotes cells holding commas, quotes and newlines', () => {
  const row = { id: 1, date: '2024-01-01', type: 'ACCUSE', evidence: 'said "no", then\nleft', source: null } as unknown as EventRow;
  assert.match(csvLine(row), /^1,2024-01-01,ACCUSE,.*,"said ""no"", then\nleft",\r\n$/s);
});

test('graphml escapes names', () => {
  const xml = networkToGraphml({ nodes: [{ id: 1, name: 'AT&T <"x">', type: 'ORG', country: null }], edges: [] });
  assert.match(xml, /<data key="name">AT&amp;T &lt;&quot;x&quot;&gt;<\/data>/);
});
