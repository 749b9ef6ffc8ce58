// First-order Viterbi decoding over BIO tags, with illegal transitions ("O" -> "I-PER",
// "B-LOC" -> "I-ORG") excluded, so the output always reads as well-formed spans.
import { allowed, NUM_TAGS } from './tags.js';

const K = NUM_TAGS;

/** For each tag, the tags that may precede it (computed once: the inner loop skips the rest). */
const PREVIOUS: Uint8Array[] = Array.from({ length: K }, (_, t) => Uint8Array.from({ length: K }, (_, p) => p).filter((p) => allowed(p, t)));
const START_OK: boolean[] = Array.from({ length: K }, (_, t) => allowed(0, t));

let score = new Float64Array(64 * K);
let back = new Uint8Array(64 * K);

/**
 * Best tag sequence. `emissions` holds n*K scores (token-major); `transitions` holds (K+1)*K
 * scores, row K being the start-of-sentence row.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (score.length < n * K) {
    score = new Float64Array(2 * n * K);
    back = new Uint8Array(2 * n * K);
  }
  for (let t = 0; t < K; t++) score[t] = START_OK[t] ? emissions[t] + transitions[K * K + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * K;
    for (let t = 0; t < K; t++) {
      const candidates = PREVIOUS[t];
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c];
        const s = score[prevRow + p] + transitions[p * K + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * K + t] = best + emissions[i * K + t];
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
