// `dossier export`: the whole store in one format, written piece by piece.
import type { EventRow, Store } from '../store/types.js';
import { csvHeader, csvLine } from './csv.js';
import { gdeltRow, type ExportEvent } from './gdelt.js';
import { networkToGexf, networkToGraphml } from './graph.js';

export const FORMATS = ['jsonl', 'csv', 'events-tsv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const LEAD = 500;

/** A stored event for the GDELT columns: its counts are the store's, across articles. */
export const storedEvent = (e: EventRow): ExportEvent => ({
  id: e.id, date: e.date, cameo: e.cameo, quad: e.quad, intensity: e.intensity, source: e.source, source_country: e.source_country,
  target: e.target, target_country: e.target_country, place: e.place, num_mentions: e.num_articles, num_sources: e.num_sources,
  num_articles: e.num_articles, root: e.start < LEAD, url: e.url,
});

/** Writes the store in `format` through `write`. */
export async function exportStore(store: Store, format: ExportFormat, write: (chunk: string) => void | Promise<void>, added = new Date()): Promise<void> {
  if (format === 'jsonl') {
    for await (const a of store.articles()) await write(JSON.stringify(a) + '\n');
    return;
  }
  if (format === 'graphml' || format === 'gexf') {
    const net = await store.network();
    return write(format === 'graphml' ? networkToGraphml(net) : networkToGexf(net));
  }
  const events = (await store.events({ limit: -1 })).sort((a, b) => a.id - b.id);
  if (format === 'csv') {
    await write(csvHeader());
    for (const e of events) await write(csvLine(e));
    return;
  }
  const stamp = added.toISOString().replace(/\D/g, '').slice(0, 14);
  for (const e of events) if (!e.negated && !e.hypothetical) await write(gdeltRow(storedEvent(e), stamp).join('\t') + '\n');
}
