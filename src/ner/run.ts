// Tagging a document with a trained model: the first pass reads each sentence with
// document-level case evidence; the second pass (when the model has one) also sees how the
// first pass tagged the same words across the whole document.
import { firstPassContext, secondPassContext, type DocContext } from './doc-context.js';
import { secondPassFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { Weights } from './perceptron.js';
import { Scorer } from './scorer.js';
import { wordInfo, type WordInfo } from './word.js';

export interface PassModel {
  bits: number;
  gaz: Gazetteer;
  /** one or two passes */
  passes: readonly Weights[];
}

/** A model ready to tag: its weights plus the fast scorer built from them. */
export interface ReadyModel extends PassModel {
  scorer: Scorer;
}

/** Build the fast scorer: once per model, as it copies every weight. */
export function ready(m: PassModel): ReadyModel {
  return { ...m, scorer: new Scorer(m.bits, m.gaz, m.passes) };
}

/** First-pass scores (all passes) and first-pass tags of each sentence. */
function firstPass(m: ReadyModel, sentences: readonly (readonly WordInfo[])[], base: DocContext) {
  const scores = sentences.map((s) => m.scorer.scoreSentence(s, base));
  const tags = scores.map((sc, i) => m.scorer.decode(sc, sentences[i].length, 0, m.passes[0].trans));
  return { scores, tags };
}

/** Tag ids for every sentence of one document. `base` overrides the document's own case evidence. */
export function tagDocumentIds(m: ReadyModel, tokens: readonly (readonly string[])[], base?: DocContext): Uint8Array[] {
  // look every word up once; all steps below read the same WordInfo arrays
  const sentences = tokens.map((s) => s.map(wordInfo));
  const baseCtx = base ?? firstPassContext(sentences);
  const { scores, tags } = firstPass(m, sentences, baseCtx);
  if (m.passes.length < 2) return tags;
  const second = m.passes[1];
  const ctx = base?.tagStats ? { ...baseCtx, firstPass: tags } : secondPassContext(baseCtx, sentences, tags);
  return sentences.map((s, i) => {
    m.scorer.addPass(scores[i], secondPassFeatures(s, ctx, i, m.bits), 1);
    return m.scorer.decode(scores[i], s.length, 1, second.trans);
  });
}

/** First-pass tags only (used to build a document context). */
export function firstPassIds(model: ReadyModel, sentences: readonly (readonly WordInfo[])[], base: DocContext): Uint8Array[] {
  return firstPass(model, sentences, base).tags;
}
