// `dossier timeline [--actor A] [--db FILE] [--json]`
import { resolveActor } from '../../query/resolve.js';
import { renderTimeline, timeline } from '../../query/timeline.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

/** Dated events in order, oldest first; one actor's with --actor. */
export function run(args: string[]): Promise<number> {
  return runCommand('timeline', 'timeline [--actor A] [--limit N] [--db FILE] [--json]', async () => {
    const { values } = parseFlags(args, { ...storeOptions, actor: { type: 'string' }, limit: { type: 'string', default: '500' } }, [0, 0]);
    const rows = await withStore(values.db, async (store) =>
      store.events({ actor: values.actor === undefined ? undefined : await resolveActor(store, values.actor), limit: Number(values.limit) || 500 }));
    print(values.json, timeline(rows), renderTimeline);
    return 0;
  });
}
