// RSS 2.0 and Atom feeds with full content: one article per <item> / <entry>.
import { XMLParser } from 'fast-xml-parser';
import { compact, hostOf, normalizeDate } from './bytes.js';
import { blockText } from './html.js';
import { readTextFile } from './text.js';
import { readError, type RawArticle, type ReadItem } from '../types.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true });

const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x): x is Node => !!x && typeof x === 'object');
// <title>Text</title> -> "Text"; <title type="html">…</title> -> {"#text": "…"}
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (v && typeof v === 'object') return textOf((v as Node)['#text']);
  return undefined;
}

function atomLink(entry: Node): string | undefined {
  const links = list(entry.link);
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return alt ? textOf(alt['@href']) : undefined;
}

function rssItem(item: Node, source: string | undefined): Partial<RawArticle> & { body?: string } {
  const url = textOf(item.link) ?? textOf(item.guid);
  return {
    id: textOf(item.guid), url, title: textOf(item.title), date: normalizeDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    source: source ?? hostOf(url), body: textOf(item['content:encoded']) ?? textOf(item.description),
  };
}

function atomEntry(entry: Node, source: string | undefined): Partial<RawArticle> & { body?: string } {
  const url = atomLink(entry);
  return {
    id: textOf(entry.id), url, title: textOf(entry.title), date: normalizeDate(textOf(entry.published) ?? textOf(entry.updated)),
    source: source ?? hostOf(url), body: textOf(entry.content) ?? textOf(entry.summary),
  };
}

/** The items of a parsed feed, or null when the document is neither RSS nor Atom. */
function feedItems(doc: Node): Array<Partial<RawArticle> & { body?: string }> | null {
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = list(rss.channel)[0] ?? {};
    return list(channel.item).map((i) => rssItem(i, textOf(channel.title)));
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') return list(feed.entry).map((e) => atomEntry(e, textOf(feed.title)));
  return null;
}

/** Reads a feed file; an item without content is an error item `path#n`. */
export async function* readFeed(path: string): AsyncGenerator<ReadItem> {
  const got = await readTextFile(path);
  if ('error' in got) return yield readError(path, got.error.code, got.error.message);
  yield* readFeedText(got.text, path);
}

/** Reads feed XML already in memory. */
export function* readFeedText(xml: string, path: string): Generator<ReadItem> {
  let items: ReturnType<typeof feedItems>;
  try {
    items = feedItems(parser.parse(xml, true) as Node);
  } catch (cause) {
    return yield readError(path, 'bad_feed', `feed XML does not parse: ${(cause as Error).message.split('\n')[0]}`);
  }
  if (!items) return yield readError(path, 'bad_feed', 'XML is neither an RSS 2.0 <rss> nor an Atom <feed> document');
  for (const [i, { body, ...meta }] of items.entries()) {
    const ref = `${path}#${i + 1}`;
    const text = body ? blockText(body) : '';
    yield text ? { ref, article: { ...compact(meta), text } } : readError(ref, 'no_text', 'feed item has no content');
  }
}
