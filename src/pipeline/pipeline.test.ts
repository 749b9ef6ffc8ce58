import assert from 'node:assert/strict';
import test from 'node:test';
import { defaultStages } from '../analyze.js';
import { checkOrder, type Stage } from './index.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({ name, requires, assigns, run: () => {} });

test('the default pipeline is in a valid order', () => {
  assert.doesNotThrow(() => checkOrder(defaultStages));
});

test('a stage that needs a layer no earlier stage gives is refused', () => {
  assert.throws(() => checkOrder([stage('coref', ['mentions'], ['entities']), stage('names', ['tokens'], ['mentions'])]), /stage "coref" requires mentions/);
});
