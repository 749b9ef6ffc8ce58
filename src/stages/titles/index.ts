// Titles and roles. Each title phrase becomes a role claim on the person it belongs to; a title with
// no name stands for a person itself ("The Syrian President's remarks" -> a title mention) or
// describes one whose name comes later ("a senior advisor to ... visited" -> a description mention).
import { addMention, sortMentions, tokenOwners } from '../../doc/mentions.js';
import type { Doc, Mention, RoleClaim } from '../../doc/types.js';
import type { Context, Stage } from '../../pipeline/index.js';
import { attach } from './attach.js';
import { phraseAt, type PhraseContext, type TitlePhrase } from './phrase.js';

function run(doc: Doc, { knowledge }: Context): void {
  const c: PhraseContext = {
    doc, k: knowledge,
    keys: doc.tokens.map((t) => t.lower),
    owners: tokenOwners(doc),
    demonymAt: new Map(doc.demonyms.map((d) => [d.tokenIndex, d.country])),
  };
  const deputies: Array<[TitlePhrase, Mention]> = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (c.owners[i]) continue;
      const p = phraseAt(c, i, s.tokenEnd);
      if (!p) continue;
      i = Math.max(i, p.end - 1);
      const holder = attach(c, p, s.tokenStart, s.tokenEnd);
      if (holder) {
        if (holder.mention.source === 'shape') holder.mention.type = 'PERSON';
        if (holder.how === 'before-name') {
          holder.mention.titleStart = doc.tokens[p.start].start;
          p.ofMention ??= ownerAfterName(c, holder.mention, s.tokenEnd);
        }
        if (p.title && p.title.kind !== 'counterpart') claim(doc, p, holder.mention, holder.mention);
        else deputies.push([p, holder.mention]);
      } else if (p.title && (p.determiner === 'definite' || p.determiner === 'indefinite') && (p.ofMention || p.ofCountry || p.capitalised)) {
        // "The Syrian President", "a senior advisor to the Iranian Minister of Foreign Affairs"
        const kind = p.determiner === 'definite' ? 'title' : 'description';
        const m = addMention(doc, p.outerStart, p.end, 'PERSON', kind, 'title');
        claim(doc, p, m, m);
      }
    }
  }
  deputies.forEach(([p, m]) => claimDeputy(doc, p, m));
  sortMentions(doc);
}

// "lecturer Soli Ozel of Istanbul's Kadir Has University", "Mayor Ana Lopez of Quito"
function ownerAfterName(c: PhraseContext, name: Mention, end: number): Mention | null {
  if (c.keys[name.tokenEnd] !== 'of') return null;
  let j = name.tokenEnd + 1;
  if (c.keys[j] === 'the') j++;
  const first = c.owners[j];
  // "of Istanbul's Kadir Has University": the owner is what the possessive introduces
  const target = first && (c.keys[first.tokenEnd] === "'s" || c.keys[first.tokenEnd] === "'") ? c.owners[first.tokenEnd + 1] : first;
  return target && target.tokenEnd <= end && target.type !== 'PERSON' && target.kind === 'name' ? target : null;
}

function claim(doc: Doc, p: TitlePhrase, person: Mention, evidenceTo: Mention): void {
  if (p.title?.kind === 'rank') return; // "Colonel Abdoulaye Maiga": a rank, not an office
  const start = Math.min(doc.tokens[p.start].start, person.start);
  const end = Math.max(doc.tokens[p.end - 1].end, evidenceTo.end);
  // "Riyadh's ambassador": a capital standing for its state
  const capital = p.ofMention?.kbId?.startsWith('capital:') ? p.ofMention.kbId.split(':')[1] : null;
  doc.roleClaims.push({
    person: person.id, role: p.role, ofMention: capital ? null : p.ofMention?.id ?? null, ofCountry: capital ?? p.ofCountry,
    ofPerson: p.ofPerson?.id, status: p.status, kind: p.title?.kind ?? 'official', usualCountry: p.title?.usual_country, evidence: { start, end },
  });
}

// "Faisal Mekdad and his deputy, Bassam al-Sabbagh" -> deputy of the office of the person just named;
// "his Japanese counterpart, Yoko Kamikawa" -> the same office in the state named
function claimDeputy(doc: Doc, p: TitlePhrase, person: Mention): void {
  const before = doc.roleClaims
    .filter((r: RoleClaim) => doc.mentions[r.person].end <= doc.tokens[p.outerStart].start && doc.mentions[r.person].kind === 'name')
    .filter((r) => doc.tokens[p.start].sent - doc.tokens[doc.mentions[r.person].tokenStart].sent <= 1)
    .pop();
  if (!before) return;
  const start = doc.tokens[p.outerStart].start;
  const evidence = { start: Math.min(start, person.start), end: Math.max(person.end, doc.tokens[p.end - 1].end) };
  if (p.title?.kind === 'counterpart') {
    // "Foreign Minister Park Jin hosted his Japanese counterpart, Yoko Kamikawa": the same office, of the state named
    if (!p.ofCountry && !p.ofMention) return;
    doc.roleClaims.push({ ...before, person: person.id, ofCountry: p.ofCountry, ofMention: p.ofMention?.id ?? null, ofPerson: undefined, evidence });
    return;
  }
  if (before.role.startsWith('deputy')) return;
  doc.roleClaims.push({ ...before, person: person.id, role: `deputy ${before.role}`, evidence });
}

export const titles: Stage = { name: 'titles', requires: ['tokens', 'mentions', 'demonyms'], assigns: ['mentions', 'roleClaims'], run };
