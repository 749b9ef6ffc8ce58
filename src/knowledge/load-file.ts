import type { z } from 'zod';
import { dataPath } from '../util/paths.js';
import { readYamlFile } from '../util/yaml-file.js';

/** Reads a YAML or JSON data file under data/ and checks it against its schema; errors name the file and the entry. */
export function loadDataFile<S extends z.ZodTypeAny>(relative: string, schema: S): z.infer<S> {
  const path = dataPath(relative);
  const raw = readYamlFile(path);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`dossier: bad data file ${path}: at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return result.data;
}
