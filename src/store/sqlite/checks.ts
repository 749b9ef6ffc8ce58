// Inconsistencies: those each article's analysis found, and claims that disagree between articles.
import type Database from 'better-sqlite3';
import type { CheckRow } from '../types.js';

// offices one person holds at a time: "president", "prime minister", "foreign minister",
// "secretary of state"; "deputy foreign minister" or "leader" may have several holders at once
const SINGLE_HOLDER = /^(?:(?:vice )?president|prime minister|premier|chancellor|(?:[a-z]+ )?minister|secretary of state|secretary-general|king|queen|governor|mayor)$/;
const isSingleHolder = (role: string) => SINGLE_HOLDER.test(role) && !/^(?:deputy|assistant|junior) /.test(role);

interface Holder { role: string; office: string; date: string; person: string; article_id: number; source: string | null; text: string }

// "Foreign Minister Faisal Mekdad" (source A, 2024-07-30) vs "Foreign Minister Bassam al-Sabbagh"
// (source B, 2024-07-30): one office, one date, two current holders
function officeConflicts(db: Database.Database): CheckRow[] {
  const rows = db.prepare(`SELECT r.role, COALESCE(CAST(r.of_id AS TEXT), r.of_name, '') AS office, r.date, e.name AS person,
      r.article_id, r.source, r.text
    FROM roles r JOIN entities e ON e.id = r.entity_id
    WHERE r.status = 'current' AND r.date IS NOT NULL AND (r.of_id IS NOT NULL OR r.of_name IS NOT NULL) AND (r.role, COALESCE(CAST(r.of_id AS TEXT), r.of_name, ''), r.date) IN (
      SELECT role, COALESCE(CAST(of_id AS TEXT), of_name, ''), date FROM roles WHERE status = 'current' AND date IS NOT NULL
      GROUP BY role, COALESCE(CAST(of_id AS TEXT), of_name, ''), date HAVING COUNT(DISTINCT entity_id) > 1)
    ORDER BY r.date, r.role, r.article_id`).all() as Holder[];
  const offices = rows.filter((r) => isSingleHolder(r.role));
  const groups = new Map<string, Holder[]>();
  for (const r of offices) {
    const k = `${r.role}|${r.office}|${r.date}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: CheckRow[] = [];
  for (const holders of groups.values()) {
    const people = [...new Set(holders.map((h) => h.person))];
    const articles = [...new Set(holders.map((h) => h.article_id))];
    const sources = new Set(holders.map((h) => h.source ?? `#${h.article_id}`));
    // two holders in one article is usually a successor named beside the holder, and one outlet
    // repeating itself is no second opinion: flag only claims from different sources
    if (articles.length < 2 || sources.size < 2) continue;
    const { role, date } = holders[0];
    const of = holderOffice(db, holders[0]);
    out.push({
      kind: 'office_conflict', severity: 'warning', articles,
      message: `${people.join(' vs ')} each named ${role}${of} on ${date} by different sources`,
      evidence: holders.map((h) => `#${h.article_id}${h.source ? ` (${h.source})` : ''}: ${h.text}`),
    });
  }
  return out;
}

function holderOffice(db: Database.Database, h: Holder): string {
  const name = !h.office ? undefined : /^\d+$/.test(h.office) ? (db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(Number(h.office)) as string | undefined) : h.office;
  return name ? ` of ${name}` : '';
}

/** Every inconsistency in the store: cross-article conflicts first, then per-article findings. */
export function checks(db: Database.Database): CheckRow[] {
  const own = db.prepare('SELECT kind, severity, message, article_id, evidence FROM checks ORDER BY article_id').all() as
    Array<{ kind: string; severity: string; message: string; article_id: number; evidence: string }>;
  return [
    ...officeConflicts(db),
    ...own.map((c) => ({
      kind: c.kind, severity: c.severity, message: c.message, articles: [c.article_id],
      evidence: (JSON.parse(c.evidence) as Array<{ text: string }>).map((e) => e.text),
    })),
  ];
}
