#!/usr/bin/env node
// The `dossier` command: runs the compiled CLI (npm install compiles the TypeScript into dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('dossier: the compiled program is missing (dist/); run `npm install` or `npm run build` first');
  process.exit(70);
}
const { main: run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
