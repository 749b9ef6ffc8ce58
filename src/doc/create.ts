import type { Doc, Span } from './types.js';

export interface DocOptions {
  /** overrides the headline found in the text */
  title?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
}

// "Iran, Syria, and the Strategic Alliance: Key Figures ... at the Forefront" -> a headline:
// a short first line, followed by more text, that does not end like a sentence of prose.
const MAX_HEADLINE = 250;
function headlineSpan(text: string): Span | null {
  const lead = text.match(/^\s*/)![0].length;
  const nl = text.indexOf('\n', lead);
  if (nl < 0) return null;
  const line = text.slice(lead, nl).trim();
  if (!line || line.length > MAX_HEADLINE || !text.slice(nl).trim()) return null;
  if (/[.;,]["”’']?$/.test(line) && !/\.\.\.$/.test(line)) return null;
  if (line.split(/\s+/).length < 3 && !/[A-Z]/.test(line[0])) return null;
  return { start: lead, end: lead + line.length };
}

/** A new, unannotated document over `text` (a BOM already removed). */
export function createDoc(text: string, options: DocOptions = {}): Doc {
  const titleSpan = headlineSpan(text);
  return {
    text,
    title: options.title ?? (titleSpan ? text.slice(titleSpan.start, titleSpan.end) : null),
    titleSpan,
    date: options.date ?? null,
    sentences: [],
    tokens: [],
    nerSpans: [],
    mentions: [],
    demonyms: [],
    entities: [],
    roleClaims: [],
    roles: [],
    keyFigures: [],
    events: [],
    inconsistencies: [],
    dateEstimate: null,
  };
}
