// Checks every gold annotation under test/gold/**: the shape of the JSON, that each mention and evidence
// string occurs in its article, and that roles, events and key figures name entities of the same file.
// A gold file's article is either a VOA record ("voa_id": "8005899", text read from the shared corpus
// at run time, skipped when absent) or test/articles/<name>.txt beside test/gold/<name>.gold.json.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { EntityType, PloverType, RoleStatus } from '../src/doc/types.js';
import { projectRoot, sharedDir } from '../src/util/paths.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC'] as const satisfies readonly EntityType[];
const STATUSES = ['current', 'former', 'elect', 'acting'] as const satisfies readonly RoleStatus[];
const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const satisfies readonly PloverType[];

const actor = z.string().min(1).nullable();
const GoldFile = z.object({
  document: z.string().min(1),
  title: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  voa_id: z.string().optional(),
  entities: z.array(z.object({
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    mentions: z.array(z.string().min(1)),
    optional: z.boolean().optional(),
  })),
  roles: z.array(z.object({
    person: z.string().min(1),
    role: z.string().min(1),
    of: actor,
    status: z.enum(STATUSES),
    also_accept: z.array(z.enum(STATUSES)).optional(),
    also_accept_role: z.array(z.string()).optional(),
    also_accept_of: z.array(actor).optional(),
    optional: z.boolean().optional(),
  })),
  events: z.array(z.object({
    source: actor,
    type: z.enum(PLOVER),
    target: actor,
    evidence: z.string().min(1).max(300),
    symmetric: z.boolean().optional(),
    optional: z.boolean().optional(),
    also_accept_types: z.array(z.enum(PLOVER)).optional(),
    also_accept_sources: z.array(actor).optional(),
    also_accept_targets: z.array(actor).optional(),
  })),
  negatives: z.array(z.object({ evidence: z.string().min(1), why: z.string().min(1) })),
  key_figures: z.array(z.string().min(1)),
  inconsistencies: z.array(z.object({
    kind: z.string().min(1),
    evidence: z.array(z.string().min(1)).min(1),
    why: z.string().min(1),
    optional: z.boolean().optional(),
  })),
});
type Gold = z.infer<typeof GoldFile>;

const root = projectRoot();
const goldDir = join(root, 'test', 'gold');

/** Every *.gold.json below dir, as paths. */
function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return goldFiles(p);
    return d.name.endsWith('.gold.json') ? [p] : [];
  });
}

interface VoaRecord { id: string; title: string; published: string; text: string }

/** The VOA corpus by id, or null when shared/ is not beside the project. */
function loadVoa(): Map<string, VoaRecord> | null {
  const shared = sharedDir();
  const file = shared && join(shared, 'corpus', 'voa.jsonl');
  if (!file || !existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  return new Map(lines.map((l) => JSON.parse(l) as VoaRecord).map((r) => [String(r.id), r]));
}

/** Strings that must name an entity of the file: role holders and offices, actors, key figures. */
function namedActors(g: Gold): Array<[where: string, name: string | null]> {
  return [
    ...g.roles.flatMap((r) => [[`role person`, r.person], [`role of`, r.of], ...(r.also_accept_of ?? []).map((o) => [`role also_accept_of`, o])]),
    ...g.events.flatMap((e) => [
      [`event source`, e.source], [`event target`, e.target],
      ...(e.also_accept_sources ?? []).map((s) => [`event also_accept_sources`, s]),
      ...(e.also_accept_targets ?? []).map((s) => [`event also_accept_targets`, s]),
    ]),
  ] as Array<[string, string | null]>;
}

/** Every problem found in one gold file against its article text (an empty list when all is well). */
function goldProblems(g: Gold, text: string): string[] {
  const problems: string[] = [];
  const names = new Map(g.entities.map((e) => [e.name, e]));
  if (names.size !== g.entities.length) problems.push('two entities share a name');
  const inText = (s: string) => text.includes(s);
  for (const e of g.entities) {
    for (const m of e.mentions) if (!inText(m)) problems.push(`mention of ${e.name} not in text: "${m}"`);
    if (new Set(e.mentions).size !== e.mentions.length) problems.push(`mention listed twice for ${e.name}`);
    if (!e.optional && e.mentions.length === 0) problems.push(`required entity without mentions: ${e.name}`);
  }
  for (const [where, name] of namedActors(g)) {
    if (name !== null && !names.has(name)) problems.push(`${where} is not an entity: "${name}"`);
  }
  for (const r of g.roles) if (names.get(r.person)?.type !== 'PERSON') problems.push(`role holder is not a PERSON: ${r.person}`);
  for (const k of g.key_figures) if (names.get(k)?.type !== 'PERSON') problems.push(`key figure is not a PERSON entity: ${k}`);
  for (const e of g.events) if (!inText(e.evidence)) problems.push(`event evidence not in text: "${e.evidence}"`);
  for (const n of g.negatives) if (!inText(n.evidence)) problems.push(`negative evidence not in text: "${n.evidence}"`);
  for (const i of g.inconsistencies) {
    // a headline-body mismatch quotes the title, which the system is also given
    for (const ev of i.evidence) if (!inText(ev) && !(g.title ?? '').includes(ev)) problems.push(`inconsistency evidence not in text: "${ev}"`);
  }
  return problems;
}

describe('goldProblems', () => {
  const tiny: Gold = {
    document: 'tiny', title: 'Tiny', date: null,
    entities: [{ name: 'Ann Lee', type: 'PERSON', mentions: ['Ann Lee', 'Lee'] }, { name: 'Chad', type: 'GPE', mentions: ['Chad'] }],
    roles: [{ person: 'Ann Lee', role: 'president', of: 'Chad', status: 'current' }],
    events: [{ source: 'Ann Lee', type: 'CONSULT', target: null, evidence: 'Lee met envoys' }],
    negatives: [], key_figures: ['Ann Lee'], inconsistencies: [],
  };
  const text = 'Chad President Ann Lee spoke. Lee met envoys.';
  const cases: Array<[string, (g: Gold) => Gold, RegExp | null]> = [
    ['a correct file', (g) => g, null],
    ['a mention missing from the text', (g) => ({ ...g, entities: [{ ...g.entities[0]!, mentions: ['Ms. Lee'] }, g.entities[1]!] }), /mention of Ann Lee/],
    ['an evidence missing from the text', (g) => ({ ...g, events: [{ ...g.events[0]!, evidence: 'Lee met envoys today' }] }), /event evidence/],
    ['an actor that is no entity', (g) => ({ ...g, events: [{ ...g.events[0]!, target: 'Niger' }] }), /event target is not an entity: "Niger"/],
    ['a role of a non-entity', (g) => ({ ...g, roles: [{ ...g.roles[0]!, of: 'Mali' }] }), /role of is not an entity/],
    ['a place as key figure', (g) => ({ ...g, key_figures: ['Chad'] }), /key figure is not a PERSON/],
  ];
  for (const [name, edit, want] of cases) {
    it(name, () => {
      const got = goldProblems(edit(tiny), text);
      if (want === null) assert.deepEqual(got, []);
      else assert.ok(got.some((p) => want.test(p)), `expected ${want} in ${JSON.stringify(got)}`);
    });
  }
});

describe('gold files under test/gold', () => {
  const files = goldFiles(goldDir);
  const voa = loadVoa();
  it('exist', () => assert.ok(files.length > 0, `no *.gold.json under ${goldDir}`));
  // issue 4: the gold set covers each of PLOVER's 16 types at least twice (required events only)
  it('cover every PLOVER type at least twice', () => {
    const count = new Map<string, number>(PLOVER.map((p) => [p, 0]));
    for (const file of files) {
      const g = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<{ type: string; optional?: boolean }> };
      for (const e of g.events) if (!e.optional) count.set(e.type, (count.get(e.type) ?? 0) + 1);
    }
    const thin = [...count].filter(([, n]) => n < 2).map(([type, n]) => `${type} ${n}`);
    assert.deepEqual(thin, []);
  });
  for (const file of files) {
    const name = relative(goldDir, file);
    it(name, (t) => {
      const parsed = GoldFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      assert.ok(parsed.success, `${name}: ${parsed.success ? '' : z.prettifyError(parsed.error)}`);
      const g = parsed.data;
      let text: string;
      if (g.voa_id !== undefined) {
        assert.equal(g.document, `voa:${g.voa_id}`);
        const rec = voa?.get(g.voa_id);
        if (!voa) return t.skip('shared/corpus/voa.jsonl is absent');
        assert.ok(rec, `voa id ${g.voa_id} is not in the corpus`);
        assert.equal(g.title, rec.title);
        assert.equal(g.date, rec.published.slice(0, 10));
        text = rec.text;
      } else {
        const article = join(root, 'test', 'articles', name.replace(/\.gold\.json$/, '.txt'));
        assert.ok(existsSync(article), `${name}: its article ${relative(root, article)} is missing`);
        text = readFileSync(article, 'utf8');
      }
      assert.deepEqual(goldProblems(g, text), []);
    });
  }
});
