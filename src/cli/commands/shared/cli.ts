// What the corpus commands share: flag parsing, opening the store, printing a table or JSON,
// and turning errors into one line on stderr with an exit code (2 usage, 1 failure).
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { QueryError } from '../../../query/resolve.js';
import { SqliteStore } from '../../../store/sqlite/store.js';
import type { Store } from '../../../store/types.js';

/** A command line that does not fit the command's usage. */
export class UsageError extends Error {}
/** A failure the user can act on (missing store, bad file). */
export class CommandError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export const DEFAULT_DB = './dossier.db';
export const storeOptions = { db: { type: 'string', default: DEFAULT_DB }, json: { type: 'boolean', default: false } } satisfies Options;

/** Parses flags, turning unknown or malformed ones into a UsageError. */
export function parseFlags<O extends Options>(args: string[], options: O, positionals: [min: number, max: number]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const n = parsed.positionals.length;
  if (n < positionals[0] || n > positionals[1]) throw new UsageError(n < positionals[0] ? 'missing argument' : `unexpected argument "${parsed.positionals[positionals[1]]}"`);
  return parsed;
}

/** Opens an existing store for a query; a missing file is an error, not a new empty store. */
export function openExisting(db: string): Store {
  if (db !== ':memory:' && !existsSync(db)) throw new CommandError(`no store at ${db}: run \`dossier ingest PATH --db ${db}\` first`);
  return new SqliteStore(db);
}

/** Prints `value` as JSON or through `render`. */
export function print<T>(json: boolean, value: T, render: (v: T) => string): void {
  process.stdout.write((json ? JSON.stringify(value, null, 2) : render(value)) + '\n');
}

/** Runs a command body, mapping errors to exit codes with one line on stderr. */
export async function runCommand(name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const message = (e as Error).message;
    if (e instanceof UsageError) {
      process.stderr.write(`dossier ${name}: ${message}\nusage: dossier ${usage}\n`);
      return 2;
    }
    if (e instanceof CommandError || e instanceof QueryError) {
      process.stderr.write(`dossier ${name}: ${message}\n`);
      return 1;
    }
    process.stderr.write(`dossier ${name}: ${message}\n`);
    return 1;
  }
}

/** Runs `fn` with a store that is closed afterwards. */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openExisting(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
