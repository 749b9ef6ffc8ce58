// Exports: one dossier's events (for `dossier analyze --format`), and a whole store (`dossier export`).
export { eventsToGdeltTsv, gdeltRow, dossierEvents, type ExportEvent } from './gdelt.js';
export { eventsToPloverJsonl, ploverRecords, type PloverRecord } from './plover.js';
export { networkToGexf, networkToGraphml } from './graph.js';
export { exportStore, FORMATS, type ExportFormat } from './store.js';
