// The trigger data itself: it loads, covers every PLOVER type, and lists no phrase twice.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataFile } from '../../knowledge/load-file.js';
import { loadLexicon } from './lexicon.js';
import { PLOVER_TYPES, TriggersFileSchema, TypesFileSchema } from './schema.js';

describe('data/events', () => {
  const groups = loadDataFile('events/triggers.yaml', TriggersFileSchema);
  const types = loadDataFile('events/types.yaml', TypesFileSchema);

  it('has types.yaml entries for all 16 PLOVER types with intensities in -10..10', () => {
    for (const t of PLOVER_TYPES) assert.ok(types[t], `types.yaml lacks ${t}`);
  });

  it('has verbal and nominal triggers for every type', () => {
    for (const t of PLOVER_TYPES) {
      const mine = groups.filter((g) => g.type === t);
      assert.ok(mine.some((g) => g.verbs.length + g.phrases.length > 0), `${t} has no verb or phrase`);
      assert.ok(mine.some((g) => g.nouns.length > 0), `${t} has no noun`);
    }
  });

  it('lists at least 300 triggers', () => {
    const n = groups.reduce((sum, g) => sum + g.verbs.length + g.phrases.length + g.nouns.length, 0);
    assert.ok(n >= 300, `only ${n} triggers`);
  });

  it('gives no word sequence two different meanings', () => {
    assert.deepEqual(loadLexicon().duplicates, []);
  });

  it('uses only modes that types.yaml defines (the loader checks this)', () => {
    assert.ok(loadLexicon().size > 1000);
  });
});
