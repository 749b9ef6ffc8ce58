// `dossier entity NAME [--db FILE] [--json]`
import { renderProfile } from '../../query/profile.js';
import { resolveActor } from '../../query/resolve.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

/** One entity's profile: aliases, roles over time, counterparts, recent events, mentions per week. */
export function run(args: string[]): Promise<number> {
  return runCommand('entity', 'entity NAME [--db FILE] [--json]', async () => {
    const { values, positionals } = parseFlags(args, storeOptions, [1, 1]);
    const profile = await withStore(values.db, async (store) => store.entity(await resolveActor(store, positionals[0])));
    print(values.json, profile, (p) => (p ? renderProfile(p) : '(none)'));
    return 0;
  });
}
