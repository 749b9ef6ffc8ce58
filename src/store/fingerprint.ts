// Fingerprints of an article's text: an exact hash after normalisation, and a 64-bit SimHash that
// stays close when a syndicated copy changes a few words.
import { createHash } from 'node:crypto';

// "Iran’s  FM\r\nsaid" and "Iran's FM said" are the same text: fold quotes, dashes, case, spacing
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** SHA-256 of the normalised text, hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex');
}

function hash64(s: string): bigint {
  return createHash('md5').update(s).digest().readBigUInt64BE(0);
}

const MASK = (1n << 64n) - 1n;

/** SimHash over word 3-shingles, as 64 bits. */
export function simhash(text: string): bigint {
  const words = normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Array<number>(64).fill(0);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const h = hash64(words.slice(i, i + 3).join(' '));
    for (let b = 0; b < 64; b++) counts[b] += (h >> BigInt(b)) & 1n ? 1 : -1;
  }
  let out = 0n;
  for (let b = 0; b < 64; b++) if (counts[b] > 0) out |= 1n << BigInt(b);
  return out & MASK;
}

/** Number of differing bits. */
export function hamming(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

// six bands of 11, 11, 11, 11, 10 and 10 bits
const BAND_BITS = [11, 11, 11, 11, 10, 10];

/** The six bands of a SimHash: two hashes within 5 bits share at least one band (pigeonhole). */
export function bands(h: bigint): number[] {
  let shift = 0n;
  return BAND_BITS.map((bits) => {
    const band = Number((h >> shift) & ((1n << BigInt(bits)) - 1n));
    shift += BigInt(bits);
    return band;
  });
}

/** Hamming distance up to which two texts count as near-duplicates: a syndicated copy with a few
 * words changed differs by 0-4 bits, unrelated articles by about 30. */
export const NEAR_DUPLICATE_BITS = 5;
