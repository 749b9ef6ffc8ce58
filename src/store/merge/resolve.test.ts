import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseEntity, type Candidate, type LocalEntity } from './resolve.js';
import { normName } from './names.js';

const person = (name: string, country: string | null = null, roles: string[] = []): LocalEntity => ({ name, type: 'PERSON', country, roles });
const cand = (id: number, aliases: string[], country: string | null = null, extra: Partial<Candidate> = {}): Candidate =>
  ({ id, type: 'PERSON', country, aliases, roles: [], mentions: 1, ...extra });

test('normName folds honorifics, the Arabic article and diacritics', () => {
  const rows: Array<[string, string]> = [
    ['Bashar al-Assad', 'bashar assad'],
    ['Dr. Masoud Pezeshkian', 'masoud pezeshkian'],
    ['José Mujica', 'jose mujica'],
  ];
  for (const [name, want] of rows) assert.equal(normName(name), want, name);
});

test('chooseEntity merges aliases and keeps namesakes apart', () => {
  const mekdad = cand(1, ['Faisal Mekdad'], 'SYR');
  const donald = cand(2, ['Donald Trump'], 'USA', { mentions: 50 });
  const melania = cand(3, ['Melania Trump'], 'USA', { mentions: 3 });
  const assad = cand(4, ['Bashar al-Assad'], 'SYR');
  const rows: Array<[string, LocalEntity, Candidate[], number | null]> = [
    ['exact name', person('Faisal Mekdad'), [mekdad], 1],
    ['surname alone, same country', person('Mekdad', 'SYR'), [mekdad], 1],
    ['surname alone, other country', person('Mekdad', 'IRN'), [mekdad], null],
    ['"al-" optional', person('Bashar Assad', 'SYR'), [assad], 4],
    ['different first name stays apart', person('Melania Trump', 'USA'), [donald], null],
    ['bare surname goes to the better-known namesake', person('Trump', 'USA'), [melania, donald], 2],
    ['shared role breaks the tie', person('Trump', 'USA', ['first lady']), [donald, { ...melania, roles: ['first lady'] }], 3],
    ['nothing alike', person('Vladimir Putin', 'RUS'), [mekdad, donald], null],
  ];
  for (const [why, local, cands, want] of rows) assert.equal(chooseEntity(local, cands), want, why);
});

test('chooseEntity merges places by country and organisations by acronym', () => {
  const syria: Candidate = { id: 7, type: 'GPE', country: 'SYR', aliases: ['Syria'], roles: [], mentions: 9 };
  const un: Candidate = { id: 8, type: 'ORG', country: null, aliases: ['United Nations'], roles: [], mentions: 9 };
  const rows: Array<[LocalEntity, Candidate[], number | null]> = [
    [{ name: 'Syrian Arab Republic', type: 'GPE', country: 'SYR', roles: [] }, [syria], 7],
    [{ name: 'Iran', type: 'GPE', country: 'IRN', roles: [] }, [syria], null],
    [{ name: 'UN', type: 'ORG', country: null, roles: [] }, [un], 8],
    [{ name: 'U.N.', type: 'ORG', country: null, roles: [] }, [un], 8],
    [{ name: 'United Nations', type: 'ORG', country: null, roles: [] }, [{ ...un, aliases: ['UN'] }], 8],
    [{ name: 'European Union', type: 'ORG', country: null, roles: [] }, [un], null],
  ];
  for (const [local, cands, want] of rows) assert.equal(chooseEntity(local, cands), want, local.name);
});
