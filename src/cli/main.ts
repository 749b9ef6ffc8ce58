// `dossier COMMAND ...`: one table of commands, each loaded only when it is run.
const COMMANDS: Record<string, { module: string; summary: string }> = {
  analyze: { module: './commands/analyze.js', summary: 'analyze FILE|- [--json] [--format text|json|events-tsv|plover-jsonl] [--title T] [--date YYYY-MM-DD] [--kb FILE]' },
  ner: { module: './commands/ner.js', summary: 'ner --conll FILE [--out PREDS.jsonl]    tag a CoNLL file with the learned recognizer' },
  ingest: { module: './commands/ingest.js', summary: 'ingest PATH... [--db FILE] [--jobs N]   analyse and store articles (text, HTML, JSONL, RSS, Atom, WARC)' },
  figures: { module: './commands/figures.js', summary: 'figures [--since D] [--until D] [--country C]   key figures across the corpus' },
  entity: { module: './commands/entity.js', summary: 'entity NAME                       profile of one person, organisation or place' },
  events: { module: './commands/events.js', summary: 'events [--actor A] [--type T] [--country C] [--since D] [--until D]' },
  relations: { module: './commands/relations.js', summary: 'relations A B                     events between two actors over time' },
  timeline: { module: './commands/timeline.js', summary: 'timeline [--actor A]' },
  search: { module: './commands/search.js', summary: 'search "text"                     full-text search over stored articles' },
  checks: { module: './commands/checks.js', summary: 'checks                            inconsistencies across the corpus' },
  export: { module: './commands/export.js', summary: 'export --format jsonl|csv|events-tsv|graphml|gexf [--out FILE]' },
};

const usage = (): string =>
  ['usage: dossier COMMAND [options]', '', ...Object.values(COMMANDS).map((c) => `  dossier ${c.summary}`), '',
    'Corpus commands take --db FILE (default ./dossier.db) and --json. Exit codes: 0 ok, 1 bad input, 2 usage error.'].join('\n');

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`dossier: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const mod = (await import(command.module)) as { run(args: string[]): Promise<number> };
    return await mod.run(args);
  } catch (e) {
    // a bug, not bad input: say what failed in one line; DOSSIER_DEBUG=1 shows the stack
    console.error(`dossier ${name}: internal error: ${(e as Error).message}`);
    if (process.env.DOSSIER_DEBUG) console.error(e);
    return 70;
  }
}
