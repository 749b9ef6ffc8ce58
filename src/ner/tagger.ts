// The public face of the named-entity tagger: load the committed model once per process and tag
// token sequences, alone or as whole documents (so "Clinton" can borrow from "Bill Clinton").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { caseStats, tagStats, type DocContext } from './doc-context.js';
import { secondPassFeatures, sentenceFeatures } from './features.js';
import { buildGazetteer } from './gazetteer.js';
import { parseGazetteer } from './gazetteer-sources.js';
import { decodeModel, type ModelHeader } from './model-io.js';
import { decode, emissions } from './perceptron.js';
import { tagDocumentIds, type PassModel } from './run.js';
import { spansFromTags, type NerSpan } from './tags.js';
import { viterbi } from './viterbi.js';

export type { NerSpan, NerType } from './tags.js';

/** What the tagger knows about a document beyond one sentence: build it with `documentContext`. */
export type NerDocContext = Pick<DocContext, 'caseStats' | 'tagStats'>;

export interface Tagger {
  readonly header: ModelHeader;
  /** Entity spans (token indices, end exclusive) of one sentence. */
  tag(tokens: readonly string[], docContext?: NerDocContext): NerSpan[];
  /** Entity spans of every sentence of a document, using document-level evidence. */
  tagDocument(sentences: readonly (readonly string[])[]): NerSpan[][];
  /** Evidence from a whole document, for tagging its sentences one at a time. */
  documentContext(sentences: readonly (readonly string[])[]): NerDocContext;
}

export type NerErrorCode = 'ner-model-unreadable' | 'ner-gazetteer-mismatch';

/** A model that cannot be used, with a stable code and the file concerned. */
export class NerError extends Error {
  constructor(readonly code: NerErrorCode, message: string, readonly path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NerError';
  }
}

/** Build a tagger from a model file's bytes and the frozen gazetteer text it was trained with. */
export function createTagger(modelBytes: Uint8Array, gazetteerText: string, path = '(memory)'): Tagger {
  let header: ModelHeader;
  let m: PassModel;
  try {
    const model = decodeModel(modelBytes);
    header = model.header;
    m = { bits: header.bits, passes: model.passes, gaz: buildGazetteer(parseGazetteer(gazetteerText)) };
  } catch (cause) {
    throw new NerError('ner-model-unreadable', `dossier ner: cannot read model ${path}: ${(cause as Error).message}`, path, { cause });
  }
  const digest = createHash('sha256').update(gazetteerText).digest('hex');
  if (digest !== header.gazetteer) {
    throw new NerError('ner-gazetteer-mismatch', `dossier ner: the gazetteer beside ${path} is not the one the model was trained with; retrain`, path);
  }
  const firstPass = (tokens: readonly string[], ctx: NerDocContext | undefined) => {
    const base = { caseStats: ctx?.caseStats ?? caseStats([tokens]) };
    const feats = sentenceFeatures(tokens, m.gaz, base, m.bits);
    return { feats, base, tags: decode(m.passes[0], feats) };
  };
  return {
    header,
    tag(tokens, ctx) {
      if (tokens.length === 0) return [];
      const { feats, base, tags } = firstPass(tokens, ctx);
      if (m.passes.length < 2) return spansFromTags(tags);
      const second = m.passes[1];
      const doc: DocContext = { ...base, tagStats: ctx?.tagStats ?? tagStats([tokens], [tags]), firstPass: [tags] };
      const scores = emissions(second, feats);
      emissions(second, secondPassFeatures(tokens, doc, 0, m.bits), scores);
      return spansFromTags(viterbi(scores, tokens.length, second.trans));
    },
    tagDocument(sentences) {
      return tagDocumentIds(m, sentences).map(spansFromTags);
    },
    documentContext(sentences) {
      const stats = { caseStats: caseStats(sentences) };
      const tags = sentences.map((s) => firstPass(s, stats).tags);
      return { caseStats: stats.caseStats, tagStats: tagStats(sentences, tags) };
    },
  };
}

let cached: Tagger | null = null;

/** The committed model (data/ner/model.bin.gz with data/ner/gazetteer.tsv), loaded once per process. */
export function loadTagger(): Tagger {
  if (cached) return cached;
  const path = dataPath('ner', 'model.bin.gz');
  let bytes: Buffer;
  let gazetteer: string;
  try {
    bytes = readFileSync(path);
    gazetteer = readFileSync(dataPath('ner', 'gazetteer.tsv'), 'utf8');
  } catch (cause) {
    throw new NerError('ner-model-unreadable', `dossier ner: cannot read ${path} or its gazetteer.tsv (${(cause as Error).message})`, path, { cause });
  }
  cached = createTagger(bytes, gazetteer, path);
  return cached;
}
