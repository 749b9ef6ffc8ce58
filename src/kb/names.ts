// Loose matching of person and office names as news writes them:
// "Ebrahim Raisi" / "Ebrahim Raeisi", "Faisal al-Mekdad" / "Faisal Mekdad", "Erdoğan" / "Erdogan".

// Arabic article prefixes dropped from a token: "al-Assad" -> "assad", "el-Sisi" -> "sisi".
const ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an)-/;
// Whole tokens that carry no identity: "Sheikh Tamim", "bin"/"ibn" kept (they distinguish "Mohammed bin Salman").
const HONORIFICS = new Set(['sheikh', 'shaikh', 'sayyed', 'sayyid', 'mr', 'dr']);

/** Folds case, diacritics, apostrophes and "al-" prefixes: "Faisal al-Miqdad" -> ["faisal", "miqdad"]. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`'.]/g, '')
    .split(/\s+/)
    .map((t) => t.replace(ARTICLE, '').replace(/-/g, ''))
    .filter((t) => t.length > 0 && !HONORIFICS.has(t) && t !== 'al' && t !== 'el');
}

/** One string per name for exact lookups: "Recep Tayyip Erdoğan" -> "recep tayyip erdogan". */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ');
}

/**
 * True when a query names the same person as one of a holder's names.
 * Same tokens in any order ("Jinping Xi"), or two or more query tokens all found in the name
 * ("Tayyip Erdogan" in "Recep Tayyip Erdogan"), or a lone surname ("Pezeshkian").
 */
export function namesMatch(query: string, names: readonly string[]): boolean {
  const q = nameTokens(query);
  if (q.length === 0) return false;
  return names.some((n) => tokensMatch(q, nameTokens(n)));
}

function tokensMatch(q: string[], n: string[]): boolean {
  if (n.length === 0) return false;
  if (q.length === 1) return n.length === 1 ? n[0] === q[0] : n[n.length - 1] === q[0];
  return q.every((t) => n.includes(t));
}

/** Folds an office name for lookup: "Defence Secretary" -> "defense secretary". */
export function officeKey(office: string): string {
  return office
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\s+/g, ' ')
    .trim();
}
