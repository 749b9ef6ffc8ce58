import type { Doc } from '../doc/types.js';
import type { Context, Layer, Stage } from './stage.js';

export type { Context, Layer, Stage } from './stage.js';

/** Throws when a stage requires a layer that no earlier stage assigns. */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>(['date']);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !have.has(layer));
    if (missing.length) throw new Error(`dossier: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    stage.assigns.forEach((layer) => have.add(layer));
  }
}

/** Runs the stages in order over the document. */
export function runPipeline(doc: Doc, stages: readonly Stage[], context: Context): Doc {
  for (const stage of stages) stage.run(doc, context);
  return doc;
}
