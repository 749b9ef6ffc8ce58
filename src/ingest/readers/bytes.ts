// Bytes -> text, with the checks every reader needs: empty, binary, invalid UTF-8, too large.
import { MAX_BYTES, type ReadError } from '../types.js';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 bytes (BOM removed), or says why they are not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: ReadError } {
  if (bytes.length > MAX_BYTES) return { error: { code: 'too_large', message: `input is ${bytes.length} bytes, above the ${MAX_BYTES}-byte limit` } };
  if (bytes.length === 0) return { error: { code: 'empty', message: 'input is empty' } };
  // a NUL byte in the first 8 KiB: an image, a PDF, a zip — not text
  if (bytes.subarray(0, 8192).includes(0)) return { error: { code: 'binary', message: 'input looks binary (NUL bytes)' } };
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    return { error: { code: 'invalid_utf8', message: 'input is not valid UTF-8' } };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: { code: 'empty', message: 'input holds only whitespace' } };
  return { text };
}

/** A date string in any common form ("2025-03-14 20:30:26Z", "Fri, 14 Mar 2025 20:30:26 GMT") -> YYYY-MM-DD. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** The host of a URL without "www.", used as the source when none is given. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Drops undefined fields so that articles compare and serialise cleanly. */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}
