// Article metadata from a page's <head>: og:/article: meta tags and JSON-LD NewsArticle.
import { normalizeDate, hostOf } from './bytes.js';

export interface PageMeta {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

interface DomLike {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

function metaContent(doc: DomLike, names: string[]): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    if (key && names.includes(key.toLowerCase())) {
      const value = el.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

const NEWS_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting']);

// JSON-LD may be one object, an array, or {"@graph": [...]}; "@type" may itself be an array
function findNewsArticle(node: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findNewsArticle(item);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const obj = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && NEWS_TYPES.has(t))) return obj;
  return findNewsArticle(obj['@graph']);
}

function jsonLd(doc: DomLike): Record<string, unknown> | undefined {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findNewsArticle(JSON.parse(el.textContent ?? ''));
      if (found) return found;
    } catch {
      // a broken JSON-LD block is common and harmless: the meta tags still count
    }
  }
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const publisherName = (v: unknown): string | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? str((v as Record<string, unknown>).name) : str(v);

/** Title, date, URL and source of a page; JSON-LD wins over meta tags, meta tags over <title>. */
export function pageMeta(doc: DomLike): PageMeta {
  const ld = jsonLd(doc) ?? {};
  const url = str(ld.url) ?? metaContent(doc, ['og:url']) ?? canonical(doc);
  return {
    title: str(ld.headline) ?? metaContent(doc, ['og:title', 'twitter:title']),
    date: normalizeDate(str(ld.datePublished) ?? metaContent(doc, ['article:published_time', 'datepublished', 'date', 'dc.date'])),
    url,
    source: publisherName(ld.publisher) ?? metaContent(doc, ['og:site_name']) ?? hostOf(url),
  };
}

function canonical(doc: DomLike): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('link[rel="canonical"]'))) {
    const href = el.getAttribute('href');
    if (href) return href;
  }
  return undefined;
}
