// Plain text and HTML files: one article per file.
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from './bytes.js';
import { readHtml } from './html.js';
import { MAX_BYTES, readError, type ReadItem } from '../types.js';

/** Reads a whole file as text, refusing huge, empty, binary and non-UTF-8 files. */
export async function readTextFile(path: string): Promise<{ text: string } | { error: ReadItem['error'] & {} }> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_BYTES) return { error: { code: 'too_large', message: `file is ${size} bytes, above the ${MAX_BYTES}-byte limit` } };
    return decodeText(await readFile(path));
  } catch (cause) {
    return { error: { code: 'unreadable', message: `cannot read: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}` } };
  }
}

/** A plain-text article: the file's text as is. */
export async function* readPlain(path: string): AsyncGenerator<ReadItem> {
  const got = await readTextFile(path);
  yield 'error' in got ? readError(path, got.error.code, got.error.message) : { ref: path, article: { text: got.text } };
}

/** An HTML page, through Readability. */
export async function* readHtmlFile(path: string): AsyncGenerator<ReadItem> {
  const got = await readTextFile(path);
  if ('error' in got) return yield readError(path, got.error.code, got.error.message);
  const page = readHtml(got.text);
  yield 'error' in page ? { ref: path, error: page.error } : { ref: path, article: page.article };
}
