// Reads one article as UTF-8 text, turning every way a file can be wrong into a typed error.
import { readFileSync, statSync } from 'node:fs';
import { inputError, type ReadResult } from './errors.js';

/** Articles larger than this are refused: news stories are kilobytes, not tens of megabytes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Decodes bytes as an article's text: BOM removed, NUL bytes and invalid UTF-8 refused. */
export function decodeText(bytes: Uint8Array, input: string): ReadResult {
  if (bytes.length > MAX_INPUT_BYTES) return inputError('too-large', input, `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  if (bytes.includes(0)) return inputError('binary', input, 'looks like a binary file (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return inputError('invalid-utf8', input, 'is not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return inputError('empty', input, 'is empty');
  return { ok: true, text };
}

/** Reads a file path, or standard input for "-". */
export function readText(path: string): ReadResult {
  if (path === '-') return decodeText(readFileSync(0), 'stdin');
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return inputError('is-directory', path, 'is a directory, not a file');
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? inputError('not-found', path, 'no such file') : inputError('unreadable', path, `cannot be read (${code})`);
  }
  if (size > MAX_INPUT_BYTES) return inputError('too-large', path, `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  try {
    return decodeText(readFileSync(path), path);
  } catch (e) {
    return inputError('unreadable', path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
