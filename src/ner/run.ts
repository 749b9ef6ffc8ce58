// Tagging a document with a trained model: the first pass reads each sentence with
// document-level case evidence; the second pass (when the model has one) also sees how the
// first pass tagged the same words across the whole document.
import { firstPassContext, secondPassContext } from './doc-context.js';
import { secondPassFeatures, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { decode, emissions, type Weights } from './perceptron.js';
import { viterbi } from './viterbi.js';

export interface PassModel {
  bits: number;
  gaz: Gazetteer;
  /** one or two passes */
  passes: readonly Weights[];
}

/** Tag ids for every sentence of one document. */
export function tagDocumentIds(m: PassModel, sentences: readonly (readonly string[])[]): Uint8Array[] {
  const base = firstPassContext(sentences);
  const feats = sentences.map((s) => sentenceFeatures(s, m.gaz, base, m.bits));
  const first = feats.map((f) => decode(m.passes[0], f));
  if (m.passes.length < 2) return first;
  const second = m.passes[1];
  const ctx = secondPassContext(base, sentences, first);
  return sentences.map((s, i) => {
    const scores = emissions(second, feats[i]);
    emissions(second, secondPassFeatures(s, ctx, i, m.bits), scores);
    return viterbi(scores, s.length, second.trans);
  });
}
