// `dossier relations A B [--db FILE] [--json]`
import { renderRelations, summarizePair } from '../../query/relations.js';
import { resolveActor } from '../../query/resolve.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

/** The events between two actors over time: cooperation against conflict. */
export function run(args: string[]): Promise<number> {
  return runCommand('relations', 'relations A B [--db FILE] [--json]', async () => {
    const { values, positionals } = parseFlags(args, storeOptions, [2, 2]);
    const [a, b] = positionals;
    const events = await withStore(values.db, async (store) => store.relations(await resolveActor(store, a), await resolveActor(store, b)));
    const summary = summarizePair(events);
    print(values.json, { a, b, ...summary, list: events }, () => renderRelations(a, b, summary, events));
    return 0;
  });
}
