// One JSON record ({id?, url?, title?, date?|published?, source?, text|html}) -> article.
import { compact, hostOf, normalizeDate } from './bytes.js';
import { readHtml } from './html.js';
import type { RawArticle, ReadError } from '../types.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** Checks a parsed record and turns it into an article, or says what is wrong with it. */
export function readRecord(value: unknown): { article: RawArticle } | { error: ReadError } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: { code: 'bad_record', message: 'record is not a JSON object' } };
  const r = value as Record<string, unknown>;
  const url = str(r.url);
  const meta = compact({
    id: str(r.id),
    url,
    title: str(r.title),
    // crawl exports name the date differently: VOA's "published", others "date" or "datePublished"
    date: normalizeDate(r.date ?? r.published ?? r.datePublished ?? r.pubDate),
    source: str(r.source) ?? str(r.site) ?? hostOf(url),
  });
  if (typeof r.text === 'string' && r.text.trim()) return { article: { ...meta, text: r.text.replace(/^\uFEFF/, '') } };
  if (typeof r.html === 'string' && r.html.trim()) {
    const page = readHtml(r.html, meta);
    return 'error' in page ? page : { article: { ...page.article, ...meta, text: page.article.text } };
  }
  return { error: { code: 'bad_record', message: 'record has no "text" or "html" field with content' } };
}
