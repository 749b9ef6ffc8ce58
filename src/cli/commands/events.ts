// `dossier events [--actor A] [--type T] [--country C] [--since D] [--until D] [--limit N] [--db FILE] [--json]`
import { renderEvents } from '../../query/render.js';
import { parseCountry, parseDate, resolveActor } from '../../query/resolve.js';
import { parseFlags, print, runCommand, storeOptions, withStore } from './shared/cli.js';

const USAGE = 'events [--actor A] [--type T] [--country C] [--since D] [--until D] [--limit N] [--db FILE] [--json]';
const FLAGS = { ...storeOptions, actor: { type: 'string' }, type: { type: 'string' }, country: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, limit: { type: 'string', default: '100' } } as const;

/** Events across the corpus, newest first, each stored once with how many articles report it. */
export function run(args: string[]): Promise<number> {
  return runCommand('events', USAGE, async () => {
    const { values } = parseFlags(args, FLAGS, [0, 0]);
    const rows = await withStore(values.db, async (store) => store.events({
      actor: values.actor === undefined ? undefined : await resolveActor(store, values.actor),
      type: values.type, country: parseCountry(values.country), since: parseDate(values.since), until: parseDate(values.until, true),
      limit: Number(values.limit) || 100,
    }));
    print(values.json, rows, renderEvents);
    return 0;
  });
}
