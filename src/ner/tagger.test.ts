import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dataPath, sharedDir } from '../util/paths.js';
import { parseConll } from './conll.js';
import { f1, scoreSentences } from './evaluate.js';
import { createTagger, loadTagger, NerError } from './tagger.js';

const words = (s: string) => s.split(' ');

test('the committed model loads once and tags a hand-written sentence sensibly', () => {
  const tagger = loadTagger();
  assert.equal(loadTagger(), tagger);
  const rows: Array<[string, Array<[number, number, string]>]> = [
    ['Angela Merkel met officials in Paris', [[0, 2, 'PER'], [5, 6, 'LOC']]],
    ['The United Nations sent envoys to Kenya and Somalia .', [[1, 3, 'ORG'], [6, 7, 'LOC'], [8, 9, 'LOC']]],
    ['nothing here is a name .', []],
  ];
  for (const [sentence, want] of rows) {
    assert.deepEqual(tagger.tag(words(sentence)).map((s) => [s.start, s.end, s.type]), want, sentence);
  }
  assert.deepEqual(tagger.tag([]), []);
});

test('tagDocument and tag with a document context agree', () => {
  const tagger = loadTagger();
  const doc = ['Angela Merkel arrived in Paris on Monday .', 'Merkel later flew to Berlin .'].map(words);
  const whole = tagger.tagDocument(doc);
  const ctx = tagger.documentContext(doc);
  assert.deepEqual(doc.map((s) => tagger.tag(s, ctx)), whole);
  assert.deepEqual(whole[1].map((s) => [s.start, s.end, s.type]), [[0, 1, 'PER'], [4, 5, 'LOC']]);
});

test('a gazetteer other than the one the model was trained with is refused', () => {
  const bytes = readFileSync(dataPath('ner', 'model.bin.gz'));
  assert.throws(() => createTagger(bytes, 'paris\tcapital\n'), (e: unknown) => e instanceof NerError && e.code === 'ner-gazetteer-mismatch');
  assert.throws(() => createTagger(Buffer.from('junk'), ''), (e: unknown) => e instanceof NerError && e.code === 'ner-model-unreadable');
});

test('on the first CoNLL dev documents the model scores like its README says', (t) => {
  const shared = sharedDir();
  const dev = shared && join(shared, 'ner', 'conll2003', 'dev.txt');
  if (!dev || !existsSync(dev)) return t.skip('shared CoNLL data not present');
  const docs = parseConll(readFileSync(dev, 'utf8')).slice(0, 20);
  const tagger = loadTagger();
  const pred = docs.flatMap((d) => tagger.tagDocument(d.map((s) => s.tokens)));
  const score = f1(scoreSentences(docs.flat().map((s) => s.spans), pred).all);
  assert.ok(score > 0.85, `F1 ${score}`);
});
