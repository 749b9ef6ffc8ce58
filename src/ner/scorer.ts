// Fast scoring for tagging (not training): the emission weights of all passes interleaved per
// bucket, so one memory access serves every pass, and the scores of the word-alone features
// (word, shape, affixes) cached per word form, since news repeats its words.
import type { DocContext } from './doc-context.js';
import { sentenceFeatures, wordFeatureIds } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { Weights } from './perceptron.js';
import { NUM_TAGS } from './tags.js';

const K = NUM_TAGS;
const CACHE_LIMIT = 100_000;

type Table = Float32Array | Float64Array | Int8Array | Int16Array;

export class Scorer {
  private readonly table: Table;
  private readonly width: number;
  private readonly words = new Map<string, Float64Array>();

  constructor(readonly bits: number, readonly gaz: Gazetteer, passes: readonly Weights[]) {
    const buckets = 1 << bits;
    this.width = passes.length * K;
    const Ctor = passes[0].emit.constructor as new (n: number) => Table;
    this.table = new Ctor(buckets * this.width);
    passes.forEach((w, p) => {
      if (w.emit.constructor !== Ctor) throw new Error('dossier ner: passes must store weights the same way');
      for (let b = 0; b < buckets; b++) {
        for (let t = 0; t < K; t++) this.table[b * this.width + p * K + t] = w.emit[b * K + t];
      }
    });
  }

  /** Summed word-alone feature scores of a word, every pass side by side. */
  private wordScores(word: string): Float64Array {
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
  scoreSentence(tokens: readonly string[], doc: DocContext): Float64Array {
    const f = sentenceFeatures(tokens, this.gaz, doc, this.bits, false);
    const w = this.width;
    const scores = new Float64Array(tokens.length * w);
    for (let i = 0; i < tokens.length; i++) {
      scores.set(this.wordScores(tokens[i]), i * w);
      for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) this.addRow(scores, i * w, f.feats[j]);
    }
    return scores;
  }

  /** Pass p's n*K slice of the scores from scoreSentence. */
  passScores(scores: Float64Array, n: number, p: number): Float64Array {
    const w = this.width;
    if (w === K) return scores;
    const out = new Float64Array(n * K);
    for (let i = 0; i < n; i++) for (let t = 0; t < K; t++) out[i * K + t] = scores[i * w + p * K + t];
    return out;
  }
}
