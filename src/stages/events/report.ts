// The events and relations sections of the text report, one line each, in reading order.
import type { Doc, DossierEvent } from '../../doc/types.js';

const QUOTE_LENGTH = 60;

function actor(doc: Doc, id: string | null, country: string | null): string {
  const name = id === null ? '(unnamed)' : doc.entities.find((e) => e.id === id)?.name ?? id;
  return country ? `${name} [${country}]` : name;
}

// "visited Syria, where he met with..." : the words from the trigger on, cut at a word boundary
function quote(doc: Doc, e: DossierEvent): string {
  const words = doc.text.slice(Math.min(e.trigger.start, e.evidence.end), e.evidence.end).replace(/\s+/g, ' ');
  if (words.length <= QUOTE_LENGTH) return `"${words}"`;
  const cut = words.slice(0, QUOTE_LENGTH).replace(/\s+\S*$/, '');
  return `"${cut}..."`;
}

function flags(doc: Doc, e: DossierEvent): string {
  const out: string[] = [];
  if (e.negated) out.push('negated');
  if (e.hypothetical) out.push('hypothetical');
  if (e.reported_by) out.push(`reported by ${actor(doc, e.reported_by, null)}`);
  if (e.date) out.push(e.date);
  if (e.place) out.push(`in ${actor(doc, e.place, null)}`);
  return out.length ? `  (${out.join(', ')})` : '';
}

/** One line per event: `CONSULT (visit)  Ali Asghar Khaji [IRN] -> Bashar al-Assad [SYR]  "visited Syria, ..."`. */
export function formatEvents(doc: Doc): string[] {
  return doc.events.map((e) => {
    const head = e.mode ? `${e.type} (${e.mode})` : e.type;
    return `${head}  ${actor(doc, e.source, e.source_country)} -> ${actor(doc, e.target, e.target_country)}  ${quote(doc, e)}${flags(doc, e)}`;
  });
}

// "IRN" -> "Iran" through the article's own entity for that state, else the code
function stateName(doc: Doc, iso3: string): string {
  return doc.entities.find((e) => e.type === 'GPE' && e.country === iso3 && e.kbId === iso3)?.name ?? iso3;
}

/** Directed state pairs with the events that happened: `Iran -> Syria: 9 cooperative, 0 conflictual`. */
export function formatRelations(doc: Doc): string[] {
  const pairs = new Map<string, { from: string; to: string; coop: number; conflict: number }>();
  for (const e of doc.events) {
    if (e.negated || e.hypothetical || !e.source_country || !e.target_country || e.source_country === e.target_country) continue;
    const key = `${e.source_country}>${e.target_country}`;
    const p = pairs.get(key) ?? { from: e.source_country, to: e.target_country, coop: 0, conflict: 0 };
    if (e.quad <= 2) p.coop++;
    else p.conflict++;
    pairs.set(key, p);
  }
  return [...pairs.values()]
    .sort((x, y) => y.coop + y.conflict - (x.coop + x.conflict))
    .map((p) => `${stateName(doc, p.from)} -> ${stateName(doc, p.to)}: ${p.coop} cooperative, ${p.conflict} conflictual`);
}
