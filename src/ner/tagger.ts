// The public face of the named-entity tagger: load the committed model once per process and tag
// token sequences, alone or as whole documents (so "Clinton" can borrow from "Bill Clinton").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { caseStats, tagStats, type DocContext } from './doc-context.js';
import { buildGazetteer } from './gazetteer.js';
import { parseGazetteer } from './gazetteer-file.js';
import { decodeModel, type ModelHeader } from './model-io.js';
import { firstPassIds, ready, tagDocumentIds, type ReadyModel } from './run.js';
import { spansFromTags, type NerSpan } from './tags.js';
import { wordInfo } from './word.js';

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
  let m: ReadyModel;
  try {
    const model = decodeModel(modelBytes);
    header = model.header;
    m = ready({ bits: header.bits, passes: model.passes, gaz: buildGazetteer(parseGazetteer(gazetteerText)) });
  } catch (cause) {
    throw new NerError('ner-model-unreadable', `dossier ner: cannot read model ${path}: ${(cause as Error).message}`, path, { cause });
  }
  const digest = createHash('sha256').update(gazetteerText).digest('hex');
  if (digest !== header.gazetteer) {
    throw new NerError('ner-gazetteer-mismatch', `dossier ner: the gazetteer beside ${path} is not the one the model was trained with; retrain`, path);
  }
  return {
    header,
    tag(tokens, ctx) {
      if (tokens.length === 0) return [];
      return spansFromTags(tagDocumentIds(m, [tokens], ctx && { caseStats: ctx.caseStats, tagStats: ctx.tagStats })[0]);
    },
    tagDocument(sentences) {
      return tagDocumentIds(m, sentences).map(spansFromTags);
    },
    documentContext(sentences) {
      const words = sentences.map((s) => s.map(wordInfo));
      const base = { caseStats: caseStats(words) };
      return { caseStats: base.caseStats, tagStats: tagStats(words, firstPassIds(m, words, base)) };
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
