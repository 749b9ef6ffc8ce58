// Locates the hand-written test fixtures in src/ner/fixtures, from src/ or from dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';

/** Text of a fixture file (tests only). */
export function readFixture(name: string): string {
  return readFileSync(join(projectRoot(), 'src', 'ner', 'fixtures', name), 'utf8');
}
