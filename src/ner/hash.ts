// 32-bit string hashing for hashed features: FNV-1a over UTF-16 code units, mixed with a murmur3 finaliser.

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: fold one code unit into the running hash. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a hash of a whole string. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h | 0;
}

/** Combine two hashes (order matters) so that (a, b) and (b, a) differ. */
export function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) | 0;
}

/** Final avalanche so the low bits used as a bucket index are well spread. */
export function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
