import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, normalizeDate } from './bytes.js';
import { MAX_BYTES } from '../types.js';
import { readFeedText } from './feed.js';
import { readHtml } from './html.js';
import { sniff } from './index.js';
import { readRecord } from './record.js';
import { globToRegExp } from '../paths.js';
import { Readable } from 'node:stream';
import { readStream } from './stdin.js';

test('decodeText refuses empty, binary and invalid UTF-8 input', () => {
  const rows: Array<[Uint8Array, string]> = [
    [new Uint8Array(), 'empty'],
    [new TextEncoder().encode(' \n\t '), 'empty'],
    [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]), 'binary'],
    [new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'invalid_utf8'],
    [new Uint8Array(MAX_BYTES + 1).fill(0x61), 'too_large'],
  ];
  for (const [bytes, code] of rows) assert.equal('error' in decodeText(bytes) && (decodeText(bytes) as { error: { code: string } }).error.code, code);
  assert.deepEqual(decodeText(new TextEncoder().encode('\uFEFFCafé')), { text: 'Café' });
});

test('normalizeDate reads ISO, VOA and RSS dates', () => {
  const rows: Array<[unknown, string | undefined]> = [
    ['2025-03-14 20:30:26Z', '2025-03-14'], ['2024-05-06T09:30:00-03:00', '2024-05-06'],
    ['Tue, 14 May 2024 08:00:00 GMT', '2024-05-14'], ['soon', undefined], [42, undefined],
  ];
  for (const [value, want] of rows) assert.equal(normalizeDate(value), want, String(value));
});

test('sniff tells formats apart by their first characters', () => {
  const rows: Array<[string, string]> = [
    ['WARC/1.1\r\n', 'warc'], ['<?xml version="1.0"?>\n<rss version="2.0">', 'feed'], ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<!doctype html><html>', 'html'], ['{"text": "x"}', 'jsonl'], ['Kenya and Tanzania agree', 'text'],
  ];
  for (const [head, want] of rows) assert.equal(sniff(head), want, head);
});

test('globToRegExp: "*" within a folder, "**/" across folders', () => {
  const rows: Array<[string, string, boolean]> = [
    ['corpus/*.jsonl', 'corpus/voa.jsonl', true], ['corpus/*.jsonl', 'corpus/a/voa.jsonl', false],
    ['corpus/**/*.jsonl', 'corpus/voa.jsonl', true], ['corpus/**/*.jsonl', 'corpus/a/b/voa.jsonl', true], ['a/?.txt', 'a/bb.txt', false],
  ];
  for (const [glob, path, want] of rows) assert.equal(globToRegExp(glob).test(path), want, `${glob} ~ ${path}`);
});

test('readRecord accepts text or html and the usual date fields', () => {
  assert.deepEqual(readRecord({ id: 7, published: '2025-03-14 20:30:26Z', url: 'https://www.voanews.com/a/1', text: 'Body.' }),
    { article: { id: '7', url: 'https://www.voanews.com/a/1', date: '2025-03-14', source: 'voanews.com', text: 'Body.' } });
  const rows: Array<[unknown, string]> = [[[1, 2], 'bad_record'], [{ title: 'no body' }, 'bad_record'], [{ html: '<div></div>' }, 'no_text']];
  for (const [value, code] of rows) assert.equal((readRecord(value) as { error: { code: string } }).error.code, code);
});

test('readHtml keeps paragraphs apart and drops navigation', () => {
  const page = readHtml('<html><body><nav>Home | World</nav><article><p>First paragraph of the story, long enough to count as text.</p><p>Second paragraph, with <b>bold</b> words.</p></article><footer>©</footer></body></html>');
  assert.ok('article' in page);
  assert.equal(page.article.text, 'First paragraph of the story, long enough to count as text.\n\nSecond paragraph, with bold words.');
});

test('readFeedText: RSS items and Atom entries, with an error per empty item', () => {
  const rss = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://t.example/a</link><description>&lt;p&gt;Body A.&lt;/p&gt;</description></item><item><title>B</title></item></channel></rss>';
  const items = [...readFeedText(rss, 'f.rss')];
  assert.deepEqual(items.map((i) => [i.ref, i.article?.text ?? i.error?.code]), [['f.rss#1', 'Body A.'], ['f.rss#2', 'no_text']]);
  assert.equal(items[0].article?.source, 'T');
  assert.equal([...readFeedText('<html><body>x</body></html>', 'p.xml')][0].error?.code, 'bad_feed');
});

test('readStream ("-"): JSON Lines streamed line by line, anything else read whole', async () => {
  const collect = async (chunks: string[]) => {
    const out = [];
    for await (const item of readStream(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push([item.ref, item.article?.text ?? item.error?.code]);
    return out;
  };
  assert.deepEqual(await collect(['{"text": "One."}\n{"te', 'xt": "Two."}\nnot json\n']), [['-:1', 'One.'], ['-:2', 'Two.'], ['-:3', 'bad_json']]);
  assert.deepEqual(await collect(['Plain text ', 'in two chunks.']), [['-', 'Plain text in two chunks.']]);
  assert.deepEqual(await collect([]), [['-', 'empty']]);
});
