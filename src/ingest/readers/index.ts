// Picks the reader for a file: by extension first, then by sniffing its first bytes.
import { open, stat } from 'node:fs/promises';
import { readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { readHtmlFile, readPlain } from './text.js';
import { readWarc } from './warc.js';
import type { ReadItem } from '../types.js';

export type Format = 'text' | 'html' | 'jsonl' | 'feed' | 'warc';
type Reader = (path: string) => AsyncGenerator<ReadItem>;

export const readers: Record<Format, Reader> = { text: readPlain, html: readHtmlFile, jsonl: readJsonl, feed: readFeed, warc: readWarc };

const BY_EXTENSION: Array<[RegExp, Format]> = [
  [/\.(txt|text|md)$/i, 'text'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.(rss|atom)$/i, 'feed'],
  [/\.warc(\.gz)?$/i, 'warc'],
];

/** The format a file's first characters suggest: "WARC/1.1", "<rss", "<feed", "<html", "{". */
export function sniff(head: string): Format {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(s) || /^<(rss|feed)\b/i.test(s)) return 'feed';
  if (s.startsWith('<')) return 'html';
  if (s.startsWith('{')) return 'jsonl';
  return 'text';
}

async function head(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buf = new Uint8Array(512);
    const { bytesRead } = await file.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The format of a file on disk. */
export async function formatOf(path: string): Promise<Format> {
  const known = BY_EXTENSION.find(([re]) => re.test(path));
  if (known) return known[1];
  try {
    const bytes = await head(path);
    // gzip magic: a compressed WARC without the .warc.gz name
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'warc';
    return sniff(new TextDecoder().decode(bytes));
  } catch {
    return 'text'; // the text reader reports it as unreadable
  }
}

/** Reads every article of one file; `bytes` on the items add up to the file's size, for progress. */
export async function* readFile(path: string): AsyncGenerator<ReadItem> {
  const format = await formatOf(path);
  // JSON Lines and WARC readers count their own bytes, line by line and record by record
  if (format === 'jsonl' || format === 'warc') return yield* readers[format](path);
  let bytes = (await stat(path).catch(() => null))?.size ?? 0;
  for await (const item of readers[format](path)) {
    yield { ...item, bytes };
    bytes = 0;
  }
}
