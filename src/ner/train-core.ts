// Training on parsed CoNLL documents: feature extraction, seeded-shuffle perceptron epochs, and
// jackknifed first-pass tags so the second pass learns from first-pass output that is as
// imperfect on training text as it will be on new text.
import type { ConllDoc } from './conll.js';
import { firstPassContext, secondPassContext } from './doc-context.js';
import { concatFeatures, secondPassFeatures, sentenceFeatures, type SentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { decode, Trainer, type Weights } from './perceptron.js';
import { tagsFromSpans } from './tags.js';
import { wordInfo } from './word.js';

export interface Example {
  features: SentenceFeatures;
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
}

/** Deterministic PRNG (mulberry32): same seed, same shuffles, same model. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsOf = (doc: ConllDoc) => doc.map((s) => s.tokens.map(wordInfo));

/** First-pass examples of every sentence of every document. */
export function firstPassExamples(docs: readonly ConllDoc[], gaz: Gazetteer, bits: number): Example[][] {
  return docs.map((doc) => {
    const words = wordsOf(doc);
    const ctx = firstPassContext(words);
    return doc.map((s, i) => ({ features: sentenceFeatures(words[i], gaz, ctx, bits), gold: tagsFromSpans(s.spans, s.tokens.length) }));
  });
}

/** Second-pass examples: first-pass features joined with features of the given first-pass tags. */
export function secondPassExamples(docs: readonly ConllDoc[], first: Example[][], tags: Uint8Array[][], bits: number): Example[][] {
  return docs.map((doc, d) => {
    const sentences = wordsOf(doc);
    const ctx = secondPassContext(firstPassContext(sentences), sentences, tags[d]);
    return doc.map((s, i) => ({
      features: concatFeatures(first[d][i].features, secondPassFeatures(sentences[i], ctx, i, bits)),
      gold: first[d][i].gold,
    }));
  });
}

/** Train an averaged perceptron; `onEpoch` sees the averaged weights after each epoch. */
export function trainPerceptron(examples: readonly Example[], opts: TrainOptions, onEpoch?: (epoch: number, weights: Weights, errors: number) => void): Weights {
  const trainer = new Trainer(opts.bits);
  const random = rng(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const k of order) if (!trainer.learn(examples[k].features, examples[k].gold)) errors++;
    if (onEpoch) onEpoch(epoch, trainer.averaged(), errors);
  }
  return trainer.averaged();
}

/** First-pass tags for each training document from models that did not see its fold. */
export function jackknifeTags(first: Example[][], folds: number, opts: TrainOptions, log: (line: string) => void): Uint8Array[][] {
  const tags: Uint8Array[][] = first.map(() => []);
  for (let f = 0; f < folds; f++) {
    const started = Date.now();
    const train = first.filter((_, d) => d % folds !== f).flat();
    const weights = trainPerceptron(train, { ...opts, seed: opts.seed + f + 1 });
    first.forEach((doc, d) => {
      if (d % folds === f) tags[d] = doc.map((e) => decode(weights, e.features));
    });
    log(`jackknife fold ${f + 1}/${folds}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
  return tags;
}
