// `dossier checks [--db FILE] [--json]`
import { renderChecks } from '../../query/render.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

/** Inconsistencies: per article, and claims that disagree between articles. */
export function run(args: string[]): Promise<number> {
  return runCommand('checks', 'checks [--db FILE] [--json]', async () => {
    const { values } = parseFlags(args, storeOptions, [0, 0]);
    print(values.json, await withStore(values.db, (store) => store.checks()), renderChecks);
    return 0;
  });
}
