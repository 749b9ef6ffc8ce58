// The frozen gazetteer a model was trained with (data/ner/gazetteer.tsv): one
// "phrase<TAB>category,category" line per phrase, sorted, so its hash identifies it.
import type { GazetteerEntries } from './gazetteer.js';

/** Serialise as sorted "phrase<TAB>cat,cat" lines. */
export function formatGazetteer(entries: GazetteerEntries): string {
  const keys = [...entries.keys()].sort();
  return keys.map((k) => `${k}\t${[...entries.get(k)!].sort().join(',')}`).join('\n') + '\n';
}

/** Parse the frozen copy written by formatGazetteer. */
export function parseGazetteer(text: string): GazetteerEntries {
  const entries: GazetteerEntries = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1).split(','));
  }
  return entries;
}

