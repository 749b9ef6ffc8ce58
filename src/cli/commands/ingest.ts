// `dossier ingest PATH... [--db FILE] [--jobs N] [--json]`
import { inlineAnalyzer, poolAnalyzer } from '../../ingest/analyzer.js';
import { ProgressBar } from '../../ingest/progress.js';
import { ingest } from '../../ingest/run.js';
import { formatSummary } from '../../ingest/summary.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import { parseFlags, runCommand, storeOptions, UsageError } from './shared/cli.js';

const USAGE = 'ingest PATH... [--db FILE] [--jobs N] [--json]   (PATH: file, folder, glob or - for stdin)';

/** Reads, analyses and stores every article under the paths; prints a summary to stderr. */
export function run(args: string[]): Promise<number> {
  return runCommand('ingest', USAGE, async () => {
    const { values, positionals } = parseFlags(args, { ...storeOptions, jobs: { type: 'string', default: '1' } }, [1, Infinity]);
    const jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${values.jobs}"`);
    const store = new SqliteStore(values.db);
    const analyzer = jobs > 1 ? poolAnalyzer(jobs) : inlineAnalyzer();
    try {
      const summary = await ingest(positionals, { store, analyzer, inFlight: jobs * 4, progress: new ProgressBar() });
      if (values.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      process.stderr.write(formatSummary(summary) + '\n');
      // bad articles are reported, not fatal; fail only when nothing could be read at all
      return summary.failed > 0 && summary.stored + summary.duplicate === 0 ? 1 : 0;
    } finally {
      await analyzer.close();
      await store.close();
    }
  });
}
