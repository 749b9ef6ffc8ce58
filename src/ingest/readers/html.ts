// HTML page -> article: main text through Readability on a linkedom DOM, paragraphs kept apart.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { compact } from './bytes.js';
import { pageMeta } from './html-meta.js';
import type { RawArticle, ReadError } from '../types.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

// "<p>One.</p><p>Two.</p>" -> "One.\n\nTwo." — block text joined by blank lines, inner whitespace folded
/** The text of an HTML fragment, one paragraph per block element. */
export function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS))
    // a <p> inside an <li> or <blockquote> would be counted twice: keep only the innermost blocks
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (blocks.length) return blocks.join('\n\n');
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** Reads one HTML page; `fallback` fills what the page does not say (a feed item's date, a WARC URL). */
export function readHtml(html: string, fallback: Partial<RawArticle> = {}): { article: RawArticle } | { error: ReadError } {
  let parsed: ReturnType<Readability['parse']> = null;
  let meta = {};
  try {
    const { document } = parseHTML(html);
    meta = pageMeta(document as never);
    parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  } catch (cause) {
    return { error: { code: 'no_text', message: `HTML could not be parsed: ${(cause as Error).message}` } };
  }
  const text = parsed?.content ? blockText(parsed.content) : '';
  if (!text.trim()) return { error: { code: 'no_text', message: 'HTML page holds no article text' } };
  const title = parsed?.title?.trim() || undefined;
  return { article: compact({ ...fallback, title, ...compact(meta), text }) as RawArticle };
}
