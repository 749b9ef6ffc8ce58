// The main job: text in, dossier out, through the pipeline of named stages.
import { createDoc, type DocOptions } from './doc/create.js';
import type { Doc } from './doc/types.js';
import { toDossier } from './dossier/output.js';
import type { DossierJson } from './dossier/schema.js';
import { loadOfficeKb } from './kb/index.js';
import { PersonIndex } from './kb/person-index.js';
import { loadKnowledge } from './knowledge/index.js';
import { checkOrder, runPipeline, type Context, type Stage } from './pipeline/index.js';
import { checks } from './stages/checks/index.js';
import { coref } from './stages/coref/index.js';
import { dateline } from './stages/dateline/index.js';
import { events } from './stages/events/index.js';
import { knownNames } from './stages/known-names/index.js';
import { names } from './stages/names/index.js';
import { salience } from './stages/salience/index.js';
import { segment } from './stages/segment/index.js';
import { tagger } from './stages/tagger/index.js';
import { titles } from './stages/titles/index.js';

/** The stages of `dossier analyze`, in order. */
export const defaultStages: readonly Stage[] = [segment, dateline, tagger, knownNames, names, titles, coref, salience, events, checks];
checkOrder(defaultStages);

const contexts = new Map<string, Context>();
/** The shared resources, loaded on first use and kept for the process; `kbFiles` adds the user's office facts. */
export function defaultContext(kbFiles: readonly string[] = []): Context {
  const key = kbFiles.join('\n');
  let context = contexts.get(key);
  if (!context) {
    const offices = loadOfficeKb([...kbFiles]);
    context = { knowledge: loadKnowledge(), offices, people: new PersonIndex(offices) };
    contexts.set(key, context);
  }
  return context;
}

/** Runs the whole pipeline over one article's text. */
export function analyzeDoc(text: string, options: DocOptions & { kb?: readonly string[] } = {}, stages: readonly Stage[] = defaultStages): Doc {
  return runPipeline(createDoc(text, options), stages, defaultContext(options.kb));
}

/** Analyses one article and returns its dossier JSON. */
export function analyze(text: string, options: DocOptions & { kb?: readonly string[] } = {}): DossierJson {
  return toDossier(analyzeDoc(text, options));
}
