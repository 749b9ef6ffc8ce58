// What the readers yield: one article with its metadata, or a typed error naming the input.

/** An article as read from an input, before analysis. */
export interface RawArticle {
  id?: string;
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  source?: string;
  text: string;
}

export type ReadErrorCode =
  | 'empty' | 'binary' | 'invalid_utf8' | 'no_text' | 'bad_json' | 'bad_record'
  | 'bad_feed' | 'bad_warc' | 'too_large' | 'unreadable' | 'not_found';

/** A bad input, reported and skipped: never thrown. */
export interface ReadError {
  code: ReadErrorCode;
  message: string;
}

/** One item from a reader: `ref` is the path, or `path:line` / `path#n` inside a container. */
export interface ReadItem {
  ref: string;
  article?: RawArticle;
  error?: ReadError;
  /** input bytes this item used up, for progress */
  bytes?: number;
}

/** Inputs above this size are refused (one article, one JSON line, one feed file). */
export const MAX_BYTES = 20 * 1024 * 1024;

export const readError = (ref: string, code: ReadErrorCode, message: string): ReadItem => ({ ref, error: { code, message } });
