// `npm run bench`: every benchmark of the project, one section each, in one process.
import { benchAnalyze, generateCorpus } from './analyze.js';

// each section is loaded only when it runs, so one that fails to load is reported, not fatal
const load = (file: string) => import(file) as Promise<Record<string, (...args: unknown[]) => Promise<string[]>>>;
const sections: Array<[string, () => Promise<string[]> | string[]]> = [
  ['analyze', () => benchAnalyze()],
  ['ner', async () => (await load('./ner.js')).benchNer(generateCorpus(200).join('\n'))],
  ['ingest', async () => (await load('./ingest.js')).benchIngest()],
];

for (const [name, run] of sections) {
  try {
    console.log((await run()).join('\n'));
  } catch (e) {
    console.log(`${name}: not run (${(e as Error).message})`);
  }
  console.log('');
}
