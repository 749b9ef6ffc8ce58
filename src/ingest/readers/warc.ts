// WARC files (e.g. CC-NEWS crawls, plain or gzipped): each HTTP response holding HTML is one article.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { decodeText, normalizeDate } from './bytes.js';
import { readHtml } from './html.js';
import { MAX_BYTES, readError, type ReadItem } from '../types.js';

const isHtml = (record: WARCRecord): boolean => /html/i.test(record.httpHeaders?.headers.get('content-type') ?? '');

async function recordItem(record: WARCRecord, ref: string): Promise<ReadItem> {
  if (record.warcContentLength > MAX_BYTES) return readError(ref, 'too_large', `record is ${record.warcContentLength} bytes, above the limit`);
  const decoded = decodeText(await record.readFully(true));
  if ('error' in decoded) return { ref, error: decoded.error };
  const url = record.warcTargetURI ?? undefined;
  const page = readHtml(decoded.text, { url, date: normalizeDate(record.warcDate ?? undefined) });
  return 'error' in page ? { ref, error: page.error } : { ref, article: page.article };
}

// "WARC/1.0" or "WARC/1.1" opens a WARC file; 1f 8b opens a gzipped one
async function looksLikeWarc(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = new Uint8Array(5);
    await file.read(head, 0, 5, 0);
    return (head[0] === 0x1f && head[1] === 0x8b) || new TextDecoder().decode(head) === 'WARC/';
  } finally {
    await file.close();
  }
}

/** Reads the response records of a WARC file; `path#n` counts records from 1. */
export async function* readWarc(path: string): AsyncGenerator<ReadItem> {
  const ok = await looksLikeWarc(path).catch(() => null);
  if (ok === null) return yield readError(path, 'unreadable', 'cannot read the file');
  if (!ok) return yield readError(path, 'bad_warc', 'not a WARC file (it does not start with "WARC/" nor with gzip)');
  const input = createReadStream(path);
  let n = 0;
  let found = 0;
  try {
    for await (const record of new WARCParser(input)) {
      n++;
      if (record.warcType !== 'response' || !isHtml(record)) {
        // the parser needs each record's payload consumed before it moves on
        await record.skipFully();
        continue;
      }
      found++;
      yield { ...(await recordItem(record, `${path}#${n}`)), bytes: record.warcContentLength };
    }
  } catch (cause) {
    yield readError(n ? `${path}#${n + 1}` : path, 'bad_warc', `WARC does not parse: ${(cause as Error).message}`);
    return;
  } finally {
    input.destroy();
  }
  if (n === 0) yield readError(path, 'bad_warc', 'file holds no WARC records');
  else if (found === 0) yield readError(path, 'no_text', 'WARC holds no HTML response records');
}
