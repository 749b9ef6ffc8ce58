// "-": read articles from standard input. JSON Lines are streamed; anything else is read whole.
import { Readable } from 'node:stream';
import { decodeText } from './bytes.js';
import { readFeedText } from './feed.js';
import { readHtml } from './html.js';
import { readJsonlStream } from './jsonl.js';
import { sniff } from './index.js';
import { MAX_BYTES, readError, type ReadItem } from '../types.js';

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** Reads stdin (or any byte stream) named `ref`. */
export async function* readStream(input: Readable, ref = '-'): AsyncGenerator<ReadItem> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await it.next();
  if (first.done) return yield readError(ref, 'empty', 'standard input is empty');
  const all = Readable.from(prepend(first.value, it));
  if (sniff(first.value.subarray(0, 512).toString('utf8')) === 'jsonl') return yield* readJsonlStream(all, ref);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of all) {
    size += chunk.length;
    if (size > MAX_BYTES) return yield readError(ref, 'too_large', `input is above the ${MAX_BYTES}-byte limit`);
    chunks.push(chunk);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if ('error' in decoded) return yield { ref, error: decoded.error };
  const format = sniff(decoded.text);
  if (format === 'feed') return yield* readFeedText(decoded.text, ref);
  if (format === 'html') {
    const page = readHtml(decoded.text);
    return yield 'error' in page ? { ref, error: page.error } : { ref, article: page.article };
  }
  yield { ref, article: { text: decoded.text } };
}
