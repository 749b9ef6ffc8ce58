// `npm run bench`: every benchmark of the project, one section each, in one process.
import { benchAnalyze, generateCorpus } from './analyze.js';

const sections: Array<[string, () => Promise<string[]> | string[]]> = [
  ['analyze', () => benchAnalyze()],
  ['ner', async () => (await import('./ner.js')).benchNer(generateCorpus(200).join('\n'))],
  ['ingest', async () => (await import('./ingest.js')).benchIngest()],
];

for (const [name, run] of sections) {
  try {
    console.log((await run()).join('\n'));
  } catch (e) {
    console.log(`${name}: not run (${(e as Error).message})`);
  }
  console.log('');
}
