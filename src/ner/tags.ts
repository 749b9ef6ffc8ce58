// The tag set: BIO over four entity types, as small integers for the decoder.

export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A token span, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

export const TYPES: readonly NerType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Tag ids: 0 = O, then B-/I- for each type in TYPES order: 1 B-PER, 2 I-PER, 3 B-LOC, ... */
export const NUM_TAGS = 1 + 2 * TYPES.length;

export const O = 0;

export const beginTag = (typeIndex: number): number => 1 + 2 * typeIndex;
export const insideTag = (typeIndex: number): number => 2 + 2 * typeIndex;
export const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0;
export const typeOfTag = (tag: number): number => (tag - 1) >> 1;

/** Printable tag name: "B-PER", "O". */
export function tagName(tag: number): string {
  if (tag === O) return 'O';
  return (isInside(tag) ? 'I-' : 'B-') + TYPES[typeOfTag(tag)];
}

/** May `next` follow `prev`? I-X only continues B-X or I-X ("O I-PER" is illegal). */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== O && typeOfTag(prev) === typeOfTag(next);
}

/** Spans from a tag sequence (assumed legal; a stray I- opens a span). */
export function spansFromTags(tags: ArrayLike<number>): NerSpan[] {
  const out: NerSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : O;
    const continues = start >= 0 && isInside(t) && typeOfTag(t) === type;
    if (continues) continue;
    if (start >= 0) out.push({ start, end: i, type: TYPES[type] });
    start = t === O ? -1 : i;
    type = t === O ? -1 : typeOfTag(t);
  }
  return out;
}

/** Tag ids from spans over n tokens. */
export function tagsFromSpans(spans: readonly NerSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    const ti = TYPES.indexOf(s.type);
    tags[s.start] = beginTag(ti);
    for (let i = s.start + 1; i < s.end; i++) tags[i] = insideTag(ti);
  }
  return tags;
}
