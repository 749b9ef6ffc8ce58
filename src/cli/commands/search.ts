// `dossier search "text" [--limit N] [--db FILE] [--json]`
import { renderSearch } from '../../query/render.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

/** Full-text search over stored articles. */
export function run(args: string[]): Promise<number> {
  return runCommand('search', 'search "text" [--limit N] [--db FILE] [--json]', async () => {
    const { values, positionals } = parseFlags(args, { ...storeOptions, limit: { type: 'string', default: '20' } }, [1, 1]);
    const hits = await withStore(values.db, (store) => store.search(positionals[0], Number(values.limit) || 20));
    print(values.json, hits, renderSearch);
    return 0;
  });
}
