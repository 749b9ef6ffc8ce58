// The behaviour every Store must have. Run it against an implementation with
// `runStoreContract(() => openMyStore())`; each test gets a fresh, empty store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildInput, type ArticleSpec } from './fixtures.js';
import type { Store } from './types.js';

const LONG = 'Officials from both governments met for several hours on Tuesday to discuss trade, energy and security, ' +
  'and agreed to hold further talks in the coming weeks, according to a joint statement released after the meeting ended. ';

const mekdad: ArticleSpec = {
  title: 'Mekdad meets Khaji', date: '2024-07-30', source: 'agency-a',
  text: 'Syrian Foreign Minister Faisal Mekdad met Ali Asghar Khaji in Damascus, Syria. ' + LONG,
  entities: [['Faisal Mekdad', 'PERSON', 'SYR'], ['Ali Asghar Khaji', 'PERSON', 'IRN'], ['Syria', 'GPE', 'SYR']],
  roles: [['Faisal Mekdad', 'foreign minister', 'Syria']],
  events: [['Ali Asghar Khaji', 'CONSULT', 'Faisal Mekdad', 'met Ali Asghar Khaji']],
  figures: ['Faisal Mekdad', 'Ali Asghar Khaji'],
};
const mekdadAgain: ArticleSpec = {
  title: 'Talks in Damascus', date: '2024-07-30', source: 'agency-b',
  text: 'Khaji held talks with Mekdad, the foreign minister of Syria, in the Syrian capital on Tuesday.',
  entities: [['Mekdad', 'PERSON', 'SYR'], ['Khaji', 'PERSON', 'IRN'], ['Syria', 'GPE', 'SYR']],
  roles: [['Mekdad', 'foreign minister', 'Syria']],
  events: [['Khaji', 'CONSULT', 'Mekdad', 'held talks with Mekdad']],
};

/** Runs the shared Store tests against fresh stores made by `newStore`. */
export function runStoreContract(name: string, newStore: () => Store | Promise<Store>): void {
  const withStore = (title: string, fn: (store: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await newStore();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore('stores an article once, whatever its spacing and case', async (store) => {
    const first = await store.put(buildInput(mekdad));
    assert.equal(first.status, 'stored');
    const again = await store.put(buildInput({ ...mekdad, text: '  ' + mekdad.text.toUpperCase().replace(/ /g, '  ') }));
    assert.deepEqual(again, { status: 'duplicate', id: first.status === 'stored' ? first.id : -1 });
    assert.equal(await store.hasText(mekdad.text), true);
    assert.equal((await store.counts()).articles, 1);
  });

  withStore('links a near-duplicate to its original', async (store) => {
    // a syndicated copy of a longer story with one word added
    const long = { ...mekdad, text: mekdad.text + LONG.replace('Tuesday', 'Wednesday') + LONG.replace('trade', 'water') + LONG.replace('weeks', 'months') };
    const first = await store.put(buildInput(long));
    const copy = await store.put(buildInput({ ...long, source: 'agency-c', text: long.text.replace('on Tuesday', 'on Tuesday morning') }));
    assert.equal(copy.status, 'stored');
    assert.equal(copy.status === 'stored' && copy.nearDuplicateOf, first.status === 'stored' && first.id);
    assert.equal((await store.counts()).near_duplicates, 1);
  });

  withStore('merges a person named by surname in another article, with one event reported twice', async (store) => {
    await store.put(buildInput(mekdad));
    await store.put(buildInput(mekdadAgain));
    const ids = await store.findEntity('Mekdad');
    assert.equal(ids.length, 1);
    const p = (await store.entity(ids[0]))!;
    assert.equal(p.name, 'Faisal Mekdad');
    assert.deepEqual(p.aliases, ['Faisal Mekdad', 'Mekdad']);
    assert.equal(p.articles, 2);
    assert.deepEqual(p.roles.map((r) => [r.role, r.first, r.articles]), [['foreign minister', '2024-07-30', 2]]);
    const events = await store.events({});
    assert.equal(events.length, 1);
    assert.deepEqual([events[0].num_articles, events[0].num_sources, events[0].source, events[0].target], [2, 2, 'Ali Asghar Khaji', 'Faisal Mekdad']);
  });

  withStore('keeps two people who share a surname apart', async (store) => {
    const spec = (first: string, date: string): ArticleSpec => ({
      date, text: `${first} Trump spoke in Washington about the economy and the coming election on ${date}.`,
      entities: [[`${first} Trump`, 'PERSON', 'USA']],
    });
    await store.put(buildInput(spec('Donald', '2024-01-01')));
    await store.put(buildInput(spec('Melania', '2024-01-02')));
    assert.equal((await store.findEntity('Trump')).length, 2);
    assert.equal((await store.findEntity('Melania Trump')).length, 1);
  });

  withStore('answers search, figures and relations', async (store) => {
    await store.put(buildInput(mekdad));
    await store.put(buildInput(mekdadAgain));
    assert.deepEqual((await store.search('Syrian capital')).map((h) => h.title), ['Talks in Damascus']);
    const figures = await store.figures({ country: 'SYR' });
    assert.deepEqual(figures.map((f) => [f.name, f.articles]), [['Faisal Mekdad', 2]]);
    assert.deepEqual(await store.figures({ since: '2025-01-01' }), []);
    const [a] = await store.findEntity('Khaji');
    const [b] = await store.findEntity('Faisal Mekdad');
    assert.deepEqual((await store.relations(b, a)).map((e) => e.type), ['CONSULT']);
  });

  withStore('flags two holders of one office on one date from different articles', async (store) => {
    await store.put(buildInput(mekdad));
    await store.put(buildInput({
      ...mekdadAgain, source: 'agency-z', text: 'Foreign Minister Bassam al-Sabbagh received the envoy on Tuesday.',
      entities: [['Bassam al-Sabbagh', 'PERSON', 'SYR'], ['Syria', 'GPE', 'SYR']], roles: [['Bassam al-Sabbagh', 'foreign minister', 'Syria']], events: [],
    }));
    // a deputy minister beside the minister is no conflict
    await store.put(buildInput({
      ...mekdadAgain, source: 'agency-y', text: 'Deputy Foreign Minister Ayman Sousan of Syria spoke on Tuesday.',
      entities: [['Ayman Sousan', 'PERSON', 'SYR'], ['Syria', 'GPE', 'SYR']], roles: [['Ayman Sousan', 'deputy foreign minister', 'Syria']], events: [],
    }));
    const conflicts = (await store.checks()).filter((c) => c.kind === 'office_conflict');
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0].message, /Faisal Mekdad vs Bassam al-Sabbagh each named foreign minister of Syria on 2024-07-30/);
  });

  withStore('writes nothing of an article whose write fails half-way', async (store) => {
    const input = buildInput(mekdad);
    // an event without evidence fails after the article row is written
    (input.dossier.events[0] as { evidence: unknown }).evidence = undefined;
    await assert.rejects(() => store.put(input));
    assert.deepEqual(await store.counts(), { articles: 0, near_duplicates: 0, entities: 0, events: 0, roles: 0 });
    assert.equal(await store.hasText(mekdad.text), false);
  });
}
