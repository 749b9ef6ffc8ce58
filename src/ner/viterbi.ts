// First-order Viterbi decoding over BIO tags, with illegal transitions ("O" -> "I-PER",
// "B-LOC" -> "I-ORG") excluded, so the output always reads as well-formed spans.
import { allowed, isInside, NUM_TAGS } from './tags.js';

const K = NUM_TAGS;

// BIO's only constraint: I-X follows B-X or I-X. So O and B-X may follow any tag, and I-X
// has exactly two candidates: its own B-X (tag - 1) and itself.
const INSIDE: boolean[] = Array.from({ length: K }, (_, t) => isInside(t));
const START_OK: boolean[] = Array.from({ length: K }, (_, t) => allowed(0, t));

let score = new Float64Array(64 * K);
let back = new Uint8Array(64 * K);

/**
 * Best tag sequence. Token i's score for tag t is emissions[i * stride + offset + t] (by default
 * n*K scores, token-major); `transitions` holds (K+1)*K scores, row K being the start row.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array, stride = K, offset = 0): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (score.length < n * K) {
    score = new Float64Array(2 * n * K);
    back = new Uint8Array(2 * n * K);
  }
  for (let t = 0; t < K; t++) score[t] = START_OK[t] ? emissions[offset + t] + transitions[K * K + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * K;
    for (let t = 0; t < K; t++) {
      let best: number;
      let arg: number;
      if (INSIDE[t]) {
        const fromBegin = score[prevRow + t - 1] + transitions[(t - 1) * K + t];
        const fromInside = score[prevRow + t] + transitions[t * K + t];
        best = fromBegin >= fromInside ? fromBegin : fromInside;
        arg = fromBegin >= fromInside ? t - 1 : t;
      } else {
        best = -Infinity;
        arg = 0;
        for (let p = 0; p < K; p++) {
          const s = score[prevRow + p] + transitions[p * K + t];
          if (s > best) { best = s; arg = p; }
        }
      }
      score[i * K + t] = best + emissions[i * stride + offset + t];
      back[i * K + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < K; t++) {
    const s = score[(n - 1) * K + t];
    if (s > best) { best = s; arg = t; }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * K + out[i]];
  return out;
}
