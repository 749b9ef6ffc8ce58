// Hashed features of each token in a sentence: the word, its shape and affixes, its neighbours
// at -2..+2, gazetteer matches, and document-level evidence. Each feature is a template id
// combined with a value hash, then reduced to a bucket index of the weight table.
import { combine, finalize, hashString } from './hash.js';
import { type Gazetteer, matchGazetteer } from './gazetteer.js';
import { type DocContext, isHeadline } from './doc-context.js';
import { O, typeOfTag } from './tags.js';
import type { WordInfo } from './word.js';

/** Features of one sentence in CSR form: token i owns feats[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  offsets: Int32Array;
  feats: Int32Array;
}

const enum T {
  Bias = 1, Word, Low, Shape, LongShape, Prefix, Suffix = Prefix + 4,
  LowM1 = Suffix + 4, LowP1, LowM2, LowP2, ShapeM1, ShapeP1, ShapeM1_0, Shape0_P1, ShapeTri,
  LowM1_0, Low0_P1, First, Headline, Gaz, GazM1, GazP1, DocCase, LowM1_Shape, ShapeLowP1,
  FirstPassTag, FirstPassM1, FirstPassP1, DocTag, DocTagMajority,
}

const BOS = describePad('<s>');
const EOS = describePad('</s>');

function describePad(s: string): WordInfo {
  const h = hashString(s);
  return { lower: s, word: h, low: h, shape: h, longShape: h, affixes: new Int32Array(8).fill(h), cap: 0, capitalized: false };
}

// One scratch buffer for all builders: each builder's result is copied out (slice) before the
// next builder starts, so no two sentences ever share live data.
let scratch = new Int32Array(4096);

/** A growable buffer of feature values for one sentence. */
class Builder {
  feats = scratch;
  n = 0;
  constructor(readonly mask: number) {}
  add(template: number, value: number): void {
    if (this.n === this.feats.length) {
      const next = new Int32Array(this.feats.length * 2);
      next.set(this.feats);
      this.feats = scratch = next;
    }
    this.feats[this.n++] = finalize(combine(template, value)) & this.mask;
  }
}

/**
 * Extract features for every token of a sentence. `bits` sets the table size (2^bits buckets).
 * With `withWord` false the word-alone features are left out (the caller scores them from a cache).
 */
export function sentenceFeatures(infos: readonly WordInfo[], gaz: Gazetteer, doc: DocContext | undefined, bits: number, withWord = true): SentenceFeatures {
  const n = infos.length;
  const at = (i: number): WordInfo => (i < 0 ? BOS : i >= n ? EOS : infos[i]);
  const gazHits = matchGazetteer(gaz, infos.map((w) => w.lower));
  const headline = isHeadline(infos) ? 1 : 0;
  const b = new Builder((1 << bits) - 1);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = b.n;
    if (withWord) wordFeatures(b, infos[i]);
    localFeatures(b, at, i, headline);
    gazetteerFeatures(b, gazHits, i);
    if (doc) docFeatures(b, doc, infos[i]);
  }
  offsets[n] = b.n;
  return { offsets, feats: b.feats.slice(0, b.n) };
}

/** Features of the word alone (the same wherever it stands), so a tagger can cache their scores. */
function wordFeatures(b: Builder, w: WordInfo): void {
  b.add(T.Bias, 0);
  b.add(T.Word, w.word);
  b.add(T.Low, w.low);
  b.add(T.Shape, w.shape);
  b.add(T.LongShape, w.longShape);
  for (let k = 0; k < 4; k++) {
    b.add(T.Prefix + k, w.affixes[k]);
    b.add(T.Suffix + k, w.affixes[4 + k]);
  }
}

/** Bucket indices of the word-alone features of `word`. */
export function wordFeatureIds(word: WordInfo, bits: number): Int32Array {
  const b = new Builder((1 << bits) - 1);
  wordFeatures(b, word);
  return b.feats.slice(0, b.n);
}

function localFeatures(b: Builder, at: (i: number) => WordInfo, i: number, headline: number): void {
  const w = at(i);
  const m1 = at(i - 1);
  const p1 = at(i + 1);
  b.add(T.LowM1, m1.low);
  b.add(T.LowP1, p1.low);
  b.add(T.LowM2, at(i - 2).low);
  b.add(T.LowP2, at(i + 2).low);
  b.add(T.ShapeM1, m1.shape);
  b.add(T.ShapeP1, p1.shape);
  b.add(T.ShapeM1_0, combine(m1.shape, w.shape));
  b.add(T.Shape0_P1, combine(w.shape, p1.shape));
  b.add(T.ShapeTri, combine(combine(m1.shape, w.shape), p1.shape));
  b.add(T.LowM1_0, combine(m1.low, w.low));
  b.add(T.Low0_P1, combine(w.low, p1.low));
  b.add(T.LowM1_Shape, combine(m1.low, w.shape));
  b.add(T.ShapeLowP1, combine(w.shape, p1.low));
  // "BRUSSELS 1996-08-22": sentence-initial and headline words are capitalised for other reasons
  b.add(T.First, combine(i === 0 ? 1 : 0, w.shape));
  b.add(T.Headline, combine(headline, w.shape));
}

function gazetteerFeatures(b: Builder, hits: Array<number[] | null>, i: number): void {
  const here = hits[i];
  if (here) for (const h of here) b.add(T.Gaz, h);
  const before = i > 0 ? hits[i - 1] : null;
  if (before) for (const h of before) b.add(T.GazM1, h);
  const after = i + 1 < hits.length ? hits[i + 1] : null;
  if (after) for (const h of after) b.add(T.GazP1, h);
}

function docFeatures(b: Builder, doc: DocContext, w: WordInfo): void {
  if (w.cap !== 0) b.add(T.DocCase, (doc.caseStats.get(w.lower) ?? 0) * 8 + w.cap);
}

/**
 * Second-pass features of a sentence: the first pass's tag here and next door, and how the
 * same capitalised word was tagged across the document ("Clinton" after "Bill Clinton").
 */
export function secondPassFeatures(infos: readonly WordInfo[], doc: DocContext, s: number, bits: number): SentenceFeatures {
  const tags = doc.firstPass?.[s];
  if (!tags) throw new Error('dossier ner: second-pass features need first-pass tags');
  const b = new Builder((1 << bits) - 1);
  const n = infos.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = b.n;
    b.add(T.FirstPassTag, tags[i]);
    b.add(T.FirstPassM1, combine(i > 0 ? tags[i - 1] : 99, tags[i]));
    b.add(T.FirstPassP1, combine(tags[i], i + 1 < n ? tags[i + 1] : 99));
    const w = infos[i];
    const counts = w.capitalized ? doc.tagStats?.get(w.lower) : undefined;
    if (!counts) continue;
    let best = 4;
    for (let t = 0; t < 5; t++) {
      if (counts[t] > 0 && t < 4) b.add(T.DocTag, t);
      if (counts[t] > counts[best]) best = t;
    }
    b.add(T.DocTagMajority, combine(best, tags[i] === O ? 4 : typeOfTag(tags[i])));
  }
  offsets[n] = b.n;
  return { offsets, feats: b.feats.slice(0, b.n) };
}

/** Join two feature sets of the same sentence token by token. */
export function concatFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const feats = new Int32Array(a.feats.length + b.feats.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    feats.set(a.feats.subarray(a.offsets[i], a.offsets[i + 1]), k);
    k += a.offsets[i + 1] - a.offsets[i];
    feats.set(b.feats.subarray(b.offsets[i], b.offsets[i + 1]), k);
    k += b.offsets[i + 1] - b.offsets[i];
  }
  offsets[n] = k;
  return { offsets, feats };
}
