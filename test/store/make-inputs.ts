// Builds a temp folder of ingest inputs: the fixtures in test/fixtures/ingest plus the files that are
// better made than committed (a WARC, a binary file, invalid UTF-8).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { projectRoot } from '../../src/util/paths.js';

const PAGE = `<html><head><meta property="og:title" content="Mongolia opens rail link to China"></head><body><article>
<p>Mongolia opened a new rail link to the Chinese border on Friday, cutting the time needed to move coal from the Tavan Tolgoi mines to Chinese steel mills.</p>
<p>Mongolian officials said the line would carry thirty million tonnes of freight a year once it runs at full capacity.</p></article></body></html>`;

async function* bytes(s: string) {
  yield new TextEncoder().encode(s);
}

/** A WARC with a request, an HTML response (the article) and an image response. */
export async function warcFile(): Promise<Buffer> {
  const common = { date: '2024-03-01T10:00:00Z', warcVersion: 'WARC/1.1' as const };
  const records = [
    WARCRecord.create({ ...common, url: 'https://steppe.example/rail', type: 'request', httpHeaders: { Host: 'steppe.example' }, statusline: 'GET /rail HTTP/1.1' }, bytes('')),
    WARCRecord.create({ ...common, url: 'https://steppe.example/rail', type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, bytes(PAGE)),
    WARCRecord.create({ ...common, url: 'https://steppe.example/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, bytes('PNG')),
  ];
  const parts = [];
  for (const r of records) parts.push(Buffer.from(await WARCSerializer.serialize(r)));
  return Buffer.concat(parts);
}

/** A fresh folder holding good/ and broken/ inputs of every kind. */
export async function makeInputs(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  cpSync(join(projectRoot(), 'test', 'fixtures', 'ingest', 'good'), join(dir, 'good'), { recursive: true });
  cpSync(join(projectRoot(), 'test', 'fixtures', 'ingest', 'broken'), join(dir, 'broken'), { recursive: true });
  writeFileSync(join(dir, 'good', 'crawl.warc'), await warcFile());
  writeFileSync(join(dir, 'broken', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'broken', 'latin1.txt'), Buffer.from('Caf\xe9 au lait in S\xe3o Paulo, said the minister.', 'latin1'));
  writeFileSync(join(dir, 'broken', 'junk.warc'), 'this is not a WARC file\n');
  return dir;
}
