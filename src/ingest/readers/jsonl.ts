// JSON Lines: one record a line, streamed so that a corpus of any size keeps memory flat.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { readRecord } from './record.js';
import { MAX_BYTES, readError, type ReadItem } from '../types.js';

/** Reads records from a stream of lines; a bad line is an error item with its line number. */
export async function* readJsonlStream(input: Readable, name: string): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const ref = `${name}:${n}`;
    const bytes = Buffer.byteLength(raw) + 1;
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    if (line.length > MAX_BYTES) {
      yield { ...readError(ref, 'too_large', `line is ${line.length} characters, above the limit`), bytes };
      continue;
    }
    // the stream decodes bad UTF-8 bytes to U+FFFD: a line holding one was not valid UTF-8
    if (line.includes('\uFFFD')) {
      yield { ...readError(ref, 'invalid_utf8', 'line is not valid UTF-8'), bytes };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      yield { ...readError(ref, 'bad_json', `line does not parse as JSON: ${(cause as Error).message}`), bytes };
      continue;
    }
    const got = readRecord(value);
    yield 'error' in got ? { ref, error: got.error, bytes } : { ref, article: got.article, bytes };
  }
}

/** A .jsonl file. */
export async function* readJsonl(path: string): AsyncGenerator<ReadItem> {
  const input = createReadStream(path, { encoding: 'utf8' });
  try {
    yield* readJsonlStream(input, path);
  } catch (cause) {
    yield readError(path, 'unreadable', `cannot read: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
  } finally {
    input.destroy();
  }
}
