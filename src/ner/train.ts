// Trains the tagger on a CoNLL file, reports dev F1 per epoch, and writes the model plus the
// frozen gazetteer it was trained with:
//   node dist/src/ner/train.js --train train.txt --dev dev.txt [--out data/ner/model.bin.gz]
//     [--epochs 8] [--epochs2 5] [--bits 18] [--quant 8] [--passes 2] [--folds 4] [--seed 1]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPath } from '../util/paths.js';
import { parseConll, type ConllDoc } from './conll.js';
import { formatScores, f1, scoreSentences, type Scores } from './evaluate.js';
import { buildGazetteer } from './gazetteer.js';
import { formatGazetteer } from './gazetteer-file.js';
import { collectGazetteer } from './gazetteer-sources.js';
import { decodeModel, encodeModel } from './model-io.js';
import { decode, type Weights } from './perceptron.js';
import { ready, tagDocumentIds } from './run.js';
import { spansFromTags } from './tags.js';
import { firstPassExamples, jackknifeTags, secondPassExamples, trainPerceptron, type Example } from './train-core.js';

interface Args { train: string; dev: string; out: string; epochs: number; epochs2: number; bits: number; quant: number; passes: number; folds: number; seed: number }

function parseArgs(argv: string[]): Args {
  const get = (name: string, fallback?: string): string => {
    const i = argv.indexOf('--' + name);
    const v = i >= 0 ? argv[i + 1] : fallback;
    if (v === undefined) throw new Error(`missing --${name}`);
    return v;
  };
  const num = (name: string, fallback: number) => {
    const v = Number(get(name, String(fallback)));
    if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
    return v;
  };
  return {
    train: get('train'), dev: get('dev'), out: get('out', dataPath('ner', 'model.bin.gz')),
    epochs: num('epochs', 8), epochs2: num('epochs2', 5), bits: num('bits', 18), quant: num('quant', 8), passes: num('passes', 2), folds: num('folds', 4), seed: num('seed', 1),
  };
}

const gold = (docs: ConllDoc[]) => docs.flat().map((s) => s.spans);
const seconds = (t: number) => ((Date.now() - t) / 1000).toFixed(1) + 's';

function devScores(weights: Weights, dev: Example[][]): Scores {
  return scoreSentences(dev.flat().map((e) => spansFromTags(e.gold)), dev.flat().map((e) => spansFromTags(decode(weights, e.features))));
}

function trainPass(name: string, train: Example[][], dev: Example[][], a: Args, epochs: number, seed: number): Weights {
  const started = Date.now();
  return trainPerceptron(train.flat(), { bits: a.bits, epochs, seed }, (epoch, w, errors) => {
    console.log(`${name} epoch ${epoch}/${epochs}  sentence errors ${errors}  dev ${formatScores(devScores(w, dev))}  ${seconds(started)}`);
  });
}

/** Train, evaluate the quantised model on dev, write model and gazetteer; returns the dev scores. */
export function trainModel(a: Args, log = console.log): Scores {
  const started = Date.now();
  const trainDocs = parseConll(readFileSync(a.train, 'utf8'));
  const devDocs = parseConll(readFileSync(a.dev, 'utf8'));
  const entries = collectGazetteer(dataPath());
  const gazText = formatGazetteer(entries);
  const gaz = buildGazetteer(entries);
  const first = firstPassExamples(trainDocs, gaz, a.bits);
  const firstDev = firstPassExamples(devDocs, gaz, a.bits);
  log(`features ready: ${trainDocs.length} train docs, ${devDocs.length} dev docs, ${seconds(started)}`);
  const passes = [trainPass('pass 1', first, firstDev, a, a.epochs, a.seed)];
  if (a.passes > 1) {
    const tags = jackknifeTags(first, a.folds, { bits: a.bits, epochs: a.epochs, seed: a.seed }, log);
    const devTags = firstDev.map((doc) => doc.map((e) => decode(passes[0], e.features)));
    passes.push(trainPass('pass 2', secondPassExamples(trainDocs, first, tags, a.bits), secondPassExamples(devDocs, firstDev, devTags, a.bits), a, a.epochs2, a.seed + 100));
  }
  const header = {
    version: 1 as const, bits: a.bits, quantBits: a.quant,
    gazetteer: createHash('sha256').update(gazText).digest('hex'),
    training: { epochs: a.epochs, epochs2: a.epochs2, bits: a.bits, passes: a.passes, folds: a.folds, seed: a.seed, trainSentences: first.flat().length, seconds: Math.round((Date.now() - started) / 1000) },
  };
  const bytes = encodeModel(header, passes);
  const model = decodeModel(bytes);
  const tagger = ready({ bits: a.bits, gaz, passes: model.passes });
  const pred = devDocs.flatMap((doc) => tagDocumentIds(tagger, doc.map((s) => s.tokens)).map(spansFromTags));
  const scores = scoreSentences(gold(devDocs), pred);
  writeFileSync(a.out, bytes);
  writeFileSync(join(dirname(a.out), 'gazetteer.tsv'), gazText);
  log(`quantised model (${a.quant}-bit, ${(bytes.length / 1e6).toFixed(2)} MB) dev ${formatScores(scores)}; total ${seconds(started)}`);
  return scores;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const scores = trainModel(parseArgs(process.argv.slice(2)));
    process.exitCode = f1(scores.all) > 0 ? 0 : 1;
  } catch (e) {
    console.error(`dossier ner train: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
