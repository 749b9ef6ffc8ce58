// The averaged structured perceptron: a weight per (feature bucket, tag) plus tag-to-tag
// transition weights; decode with Viterbi, and on a mistake move weights toward the gold
// sequence and away from the predicted one. Averaging uses the lazy "timestamp" trick.
import type { SentenceFeatures } from './features.js';
import { NUM_TAGS } from './tags.js';
import { viterbi } from './viterbi.js';

const K = NUM_TAGS;

/** Weights that can score a sentence: emissions from hashed features plus transitions. */
export interface Weights {
  bits: number;
  /** (2^bits) * K emission weights, bucket-major */
  emit: Float32Array | Float64Array | Int8Array | Int16Array;
  /** (K+1) * K transition weights; row K is the start row */
  trans: Float32Array | Float64Array;
}

/** Emission scores n*K for a sentence; with `into`, they are added to the scores already there. */
export function emissions(w: Weights, f: SentenceFeatures, into?: Float64Array): Float64Array {
  const n = f.offsets.length - 1;
  const scores = into ?? new Float64Array(n * K);
  const emit = w.emit;
  for (let i = 0; i < n; i++) {
    const base = i * K;
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) {
      const row = f.feats[j] * K;
      for (let t = 0; t < K; t++) scores[base + t] += emit[row + t];
    }
  }
  return scores;
}

/** Decode a sentence with the given weights. */
export function decode(w: Weights, f: SentenceFeatures): Uint8Array {
  const n = f.offsets.length - 1;
  return viterbi(emissions(w, f), n, w.trans);
}

/** A perceptron being trained: current weights plus the accumulators for averaging. */
export class Trainer {
  private readonly w: { bits: number; emit: Float64Array; trans: Float64Array };
  private readonly emitAcc: Float64Array;
  private readonly transAcc: Float64Array;
  private step = 1;

  constructor(readonly bits: number) {
    const size = (1 << bits) * K;
    this.w = { bits, emit: new Float64Array(size), trans: new Float64Array((K + 1) * K) };
    this.emitAcc = new Float64Array(size);
    this.transAcc = new Float64Array((K + 1) * K);
  }

  /** The raw (not averaged) weights being trained. */
  get current(): Weights {
    return this.w;
  }

  /** Learn from one sentence; returns true when the prediction was already right. */
  learn(f: SentenceFeatures, gold: Uint8Array): boolean {
    const pred = decode(this.w, f);
    let same = true;
    for (let i = 0; i < gold.length; i++) if (pred[i] !== gold[i]) { same = false; break; }
    if (!same) {
      for (let i = 0; i < gold.length; i++) {
        if (pred[i] !== gold[i]) {
          this.bumpEmissions(f, i, gold[i], 1);
          this.bumpEmissions(f, i, pred[i], -1);
        }
        const gp = i === 0 ? K : gold[i - 1];
        const pp = i === 0 ? K : pred[i - 1];
        if (gp !== pp || gold[i] !== pred[i]) {
          this.bump(this.w.trans, this.transAcc, gp * K + gold[i], 1);
          this.bump(this.w.trans, this.transAcc, pp * K + pred[i], -1);
        }
      }
    }
    this.step++;
    return same;
  }

  private bumpEmissions(f: SentenceFeatures, i: number, tag: number, d: number): void {
    for (let j = f.offsets[i]; j < f.offsets[i + 1]; j++) this.bump(this.w.emit, this.emitAcc, f.feats[j] * K + tag, d);
  }

  private bump(w: Float32Array | Float64Array, acc: Float64Array, k: number, d: number): void {
    w[k] += d;
    acc[k] += this.step * d;
  }

  /** The averaged weights (w - acc/step), as a fresh Float32 copy. */
  averaged(): Weights {
    const avg = (w: Float32Array | Float64Array, acc: Float64Array) => {
      const out = new Float32Array(w.length);
      for (let k = 0; k < w.length; k++) out[k] = w[k] - acc[k] / this.step;
      return out;
    };
    return { bits: this.bits, emit: avg(this.w.emit, this.emitAcc), trans: avg(this.w.trans, this.transAcc) };
  }
}
