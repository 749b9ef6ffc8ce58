import type { Doc, EntityType, Mention, MentionKind, MentionSource } from './types.js';

/** Adds a mention over tokens [tokenStart, tokenEnd) and returns it. */
export function addMention(doc: Doc, tokenStart: number, tokenEnd: number, type: EntityType, kind: MentionKind, source: MentionSource, kbId?: string): Mention {
  const start = doc.tokens[tokenStart].start;
  const end = doc.tokens[tokenEnd - 1].end;
  const mention: Mention = { id: doc.mentions.length, start, end, tokenStart, tokenEnd, text: doc.text.slice(start, end), type, kind, source };
  if (kbId) mention.kbId = kbId;
  doc.mentions.push(mention);
  return mention;
}

/** For each token, the mention that covers it (or undefined). */
export function tokenOwners(doc: Doc): Array<Mention | undefined> {
  const owners = new Array<Mention | undefined>(doc.tokens.length);
  for (const m of doc.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) owners[i] = m;
  return owners;
}

/** Keeps mentions in reading order with ids equal to their index; role claims follow the new ids. */
export function sortMentions(doc: Doc): void {
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const newId = new Map<number, number>();
  doc.mentions.forEach((m, i) => { newId.set(m.id, i); m.id = i; });
  for (const c of doc.roleClaims) {
    c.person = newId.get(c.person)!;
    if (c.ofMention !== null) c.ofMention = newId.get(c.ofMention)!;
    if (c.ofPerson !== undefined) c.ofPerson = newId.get(c.ofPerson)!;
  }
}

/** True when a token begins with a capital letter ("Mekdad", "U.S."). */
export const isCapitalized = (text: string): boolean => /^\p{Lu}/u.test(text);
