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

/** SimHash over word 3-shingles, as 64 bits (computed as two 32-bit halves: BigInt per bit is slow). */
export function simhash(text: string): bigint {
  const words = normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Int32Array(64);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const digest = createHash('md5').update(words.slice(i, i + 3).join(' ')).digest();
    const hi = digest.readUInt32BE(0);
    const lo = digest.readUInt32BE(4);
    for (let b = 0; b < 32; b++) {
      counts[b] += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b] > 0) lo |= 1 << b;
    if (counts[b + 32] > 0) hi |= 1 << b;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

const popcount32 = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** Number of differing bits. */
export function hamming(a: bigint, b: bigint): number {
  const x = a ^ b;
  return popcount32(Number(x & 0xffffffffn)) + popcount32(Number(x >> 32n));
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
