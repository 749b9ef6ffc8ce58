// `dossier entity NAME`: one entity's profile as text.
import type { EntityProfile } from '../store/types.js';
import { renderEvents } from './render.js';
import { table } from './table.js';

/** The profile: header, aliases, roles over time, counterparts, recent events, mentions per week. */
export function renderProfile(p: EntityProfile): string {
  return [
    `${p.name} (${p.type}${p.country ? `, ${p.country}` : ''}) — ${p.articles} articles, ${p.mentions} mentions`,
    `aliases: ${p.aliases.join('; ')}`,
    '', 'roles over time:',
    table(['role', 'of', 'status', 'first', 'last', 'articles'], p.roles.map((r) => [r.role, r.of, r.status, r.first, r.last, r.articles])),
    '', 'top counterparts:',
    table(['name', 'events', 'cooperation', 'conflict'], p.counterparts.map((c) => [c.name, c.events, c.cooperation, c.conflict])),
    '', 'recent events:',
    renderEvents(p.recent),
    '', 'mentions per week:',
    table(['week', 'mentions'], p.perWeek.map((w) => [w.week, w.mentions])),
  ].join('\n');
}
