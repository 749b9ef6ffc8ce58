// The report a person reads in a terminal: headline, key figures, then people, organisations and places.
import type { Doc, Entity, EntityType } from '../doc/types.js';
import { formatChecks } from '../stages/checks/index.js';
import { formatEvents, formatRelations } from '../stages/events/report.js';

const SECTIONS: Array<[string, EntityType[]]> = [['People', ['PERSON']], ['Organisations', ['ORG']], ['Places', ['GPE', 'LOC']]];

/** Renders an analysed document as plain text. */
export function textReport(doc: Doc): string {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const rolesOf = (e: Entity): string => {
    const roles = doc.roles.filter((r) => r.person === e.id).map((r) => roleText(r.role, r.status, r.of ? byId.get(r.of)?.name : undefined));
    return [...new Set(roles)].join('; ');
  };
  const out: string[] = [];
  out.push(doc.title ?? '(no headline)');
  out.push(`date: ${doc.date ?? 'not given'}` + (doc.dateEstimate ? `   estimated ${doc.dateEstimate.from} .. ${doc.dateEstimate.to}` : ''));
  out.push('', 'Key figures');
  doc.keyFigures.forEach((k, i) => {
    const e = byId.get(k.entity)!;
    const roles = rolesOf(e);
    out.push(`  ${i + 1}. ${e.name}${roles ? ` (${roles})` : ''}: ${k.why}`);
  });
  if (!doc.keyFigures.length) out.push('  (none)');
  for (const [heading, types] of SECTIONS) {
    const list = doc.entities.filter((e) => types.includes(e.type)).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!list.length) continue;
    out.push('', heading);
    for (const e of list) {
      const roles = e.type === 'PERSON' ? rolesOf(e) : '';
      const country = e.country ? ` [${e.country}]` : '';
      out.push(`  ${String(e.mentions.length).padStart(3)}  ${e.name}${country}${roles ? ` - ${roles}` : ''}`);
    }
  }
  const events = formatEvents(doc);
  if (events.length) out.push('', 'Events', ...events.map((line) => `  ${line}`));
  const relations = formatRelations(doc);
  if (relations.length) out.push('', 'Relations', ...relations.map((line) => `  ${line}`));
  const checks = formatChecks(doc);
  if (checks.length) out.push('', 'Checks', ...checks.map((line) => `  ${line}`));
  return out.join('\n') + '\n';
}

function roleText(role: string, status: string, of: string | undefined): string {
  // "former ambassador", "acting president", "president-elect"
  const named = status === 'elect' ? `${role}-elect` : status === 'current' ? role : `${status} ${role}`;
  return `${named}${of ? ` of ${of}` : ''}`;
}
