import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nounForms, verbForms } from './inflect.js';

describe('verbForms', () => {
  const rows: Array<[string, string[]]> = [
    ['visit', ['visit', 'visits', 'visited', 'visited', 'visiting']],
    ['meet:met', ['meet', 'meets', 'met', 'met', 'meeting']],
    ['withdraw:withdrew:withdrawn', ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']],
    ['criticize', ['criticize', 'criticizes', 'criticized', 'criticized', 'criticizing']],
    ['deny', ['deny', 'denies', 'denied', 'denied', 'denying']],
    ['ban', ['ban', 'bans', 'banned', 'banned', 'banning']],
    ['push', ['push', 'pushes', 'pushed', 'pushed', 'pushing']],
    ['free', ['free', 'frees', 'freed', 'freed', 'freeing']],
  ];
  for (const [spec, forms] of rows) {
    it(spec, () => assert.deepEqual(verbForms(spec).map(([w]) => w), forms));
  }
});

describe('nounForms', () => {
  const rows: Array<[string, string[]]> = [
    ['visit', ['visit', 'visits']],
    ['talks', ['talks']],
    ['ally', ['ally', 'allies']],
    ['phone call', ['phone call', 'phone calls']],
  ];
  for (const [noun, forms] of rows) it(noun, () => assert.deepEqual(nounForms(noun), forms));
});
