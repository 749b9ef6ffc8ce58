// Fast scoring for tagging (not training): the emission weights of all passes interleaved per
// bucket, so one memory access serves every pass, and the scores of the word-alone features
// (word, shape, affixes) cached per word form, since news repeats its words.
import type { DocContext } from './doc-context.js';
import { sentenceFeatures, wordFeatureIds, type SentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { Weights } from './perceptron.js';
import { NUM_TAGS } from './tags.js';
import type { WordInfo } from './word.js';
import { viterbi } from './viterbi.js';

const K = NUM_TAGS;
const CACHE_LIMIT = 100_000;

type Table = Float32Array | Float64Array | Int8Array | Int16Array;

export class Scorer {
  private readonly table: Table;
  private readonly width: number;
  private readonly words = new Map<WordInfo, Float64Array>();

  constructor(readonly bits: number, readonly gaz: Gazetteer, passes: readonly Weights[]) {
    const buckets = 1 << bits;
    this.width = passes.length * K;
    const Ctor = passes[0].emit.constructor as new (n: number) => Table;
    this.table = new Ctor(buckets * this.width);
    passes.forEach((w, p) => {
      if (w.emit.constructor !== Ctor) throw new Error('dossier ner: passes must store weights the same way');
      // copy row by row: subarray + set run as block copies, not element by element
      for (let b = 0; b < buckets; b++) this.table.set(w.emit.subarray(b * K, b * K + K) as never, b * this.width + p * K);
    });
  }

  /** Summed word-alone feature scores of a word, every pass side by side. */
  private wordScores(word: WordInfo): Float64Array {
    let v = this.words.get(word);
    if (v) return v;
    v = new Float64Array(this.width);
    for (const f of wordFeatureIds(word, this.bits)) this.addRow(v, 0, f);
    if (this.words.size >= CACHE_LIMIT) this.words.clear();
    this.words.set(word, v);
    return v;
  }

  private addRow(into: Float64Array, at: number, bucket: number): void {
    const table = this.table;
    const row = bucket * this.width;
    for (let k = 0; k < this.width; k++) into[at + k] += table[row + k];
  }

  /**
   * First-pass-feature emission scores of a sentence for every pass: n * (passes * K),
   * token-major, pass p's tag t at [i * width + p * K + t].
   */
  scoreSentence(tokens: readonly WordInfo[], doc: DocContext): Float64Array {
    const f = sentenceFeatures(tokens, this.gaz, doc, this.bits, false);
    const w = this.width;
    const scores = new Float64Array(tokens.length * w);
    for (let i = 0; i < tokens.length; i++) {
      if (w === 2 * K) this.addTwoPass(scores, i * w, this.wordScores(tokens[i]), f.feats, f.offsets[i], f.offsets[i + 1]);
      else {
        scores.set(this.wordScores(tokens[i]), i * w);
        for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) this.addRow(scores, i * w, f.feats[j]);
      }
    }
    return scores;
  }

  /** The hot loop for two-pass models, with the 18 running sums kept in registers. */
  private addTwoPass(scores: Float64Array, at: number, v: Float64Array, feats: Int32Array, from: number, to: number): void {
    const table = this.table;
    let s0 = v[0];
    let s1 = v[1];
    let s2 = v[2];
    let s3 = v[3];
    let s4 = v[4];
    let s5 = v[5];
    let s6 = v[6];
    let s7 = v[7];
    let s8 = v[8];
    let s9 = v[9];
    let s10 = v[10];
    let s11 = v[11];
    let s12 = v[12];
    let s13 = v[13];
    let s14 = v[14];
    let s15 = v[15];
    let s16 = v[16];
    let s17 = v[17];
    for (let j = from; j < to; j++) {
      const row = feats[j] * 18;
        s0 += table[row + 0];
        s1 += table[row + 1];
        s2 += table[row + 2];
        s3 += table[row + 3];
        s4 += table[row + 4];
        s5 += table[row + 5];
        s6 += table[row + 6];
        s7 += table[row + 7];
        s8 += table[row + 8];
        s9 += table[row + 9];
        s10 += table[row + 10];
        s11 += table[row + 11];
        s12 += table[row + 12];
        s13 += table[row + 13];
        s14 += table[row + 14];
        s15 += table[row + 15];
        s16 += table[row + 16];
        s17 += table[row + 17];
    }
    scores[at + 0] = s0;
    scores[at + 1] = s1;
    scores[at + 2] = s2;
    scores[at + 3] = s3;
    scores[at + 4] = s4;
    scores[at + 5] = s5;
    scores[at + 6] = s6;
    scores[at + 7] = s7;
    scores[at + 8] = s8;
    scores[at + 9] = s9;
    scores[at + 10] = s10;
    scores[at + 11] = s11;
    scores[at + 12] = s12;
    scores[at + 13] = s13;
    scores[at + 14] = s14;
    scores[at + 15] = s15;
    scores[at + 16] = s16;
    scores[at + 17] = s17;
  }

  /** Add pass p's weights for extra features (the second pass's own) into scores from scoreSentence. */
  addPass(scores: Float64Array, f: SentenceFeatures, p: number): void {
    const n = f.offsets.length - 1;
    for (let i = 0; i < n; i++) {
      for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) {
        const row = f.feats[j] * this.width + p * K;
        const at = i * this.width + p * K;
        for (let t = 0; t < K; t++) scores[at + t] += this.table[row + t];
      }
    }
  }

  /** Decode pass p from scores (scoreSentence, plus addPass for the second pass). */
  decode(scores: Float64Array, n: number, p: number, transitions: Float32Array | Float64Array): Uint8Array {
    return viterbi(scores, n, transitions, this.width, p * K);
  }
}
