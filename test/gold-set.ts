// The gold test set: our own articles (test/articles + test/gold) and VOA stories whose text is read
// from ../shared/corpus at run time, never stored here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, sharedDir } from '../src/util/paths.js';

export interface GoldCase {
  name: string;
  goldPath: string;
  text: string;
  title: string | null;
  date: string | null;
}

/** Every gold case whose text is available; VOA cases are left out when ../shared is absent. */
export function goldCases(): GoldCase[] {
  const root = projectRoot();
  const cases: GoldCase[] = [];
  const goldDir = join(root, 'test', 'gold');
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'))) {
    const name = file.replace(/\.gold\.json$/, '');
    const textPath = join(root, 'test', 'articles', `${name}.txt`);
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
    if (existsSync(textPath)) cases.push({ name, goldPath: join(goldDir, file), text: readFileSync(textPath, 'utf8'), title: null, date: gold.date ?? null });
  }
  const voa = voaRecords();
  const voaDir = join(goldDir, 'voa');
  if (voa && existsSync(voaDir)) {
    for (const file of readdirSync(voaDir).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(voaDir, file), 'utf8'));
      const record = voa.get(String(gold.voa_id));
      if (record) cases.push({ name: `voa-${gold.voa_id}`, goldPath: join(voaDir, file), text: record.text, title: record.title, date: gold.date ?? null });
    }
  }
  return cases;
}

function voaRecords(): Map<string, { text: string; title: string }> | null {
  const shared = sharedDir();
  const path = shared && join(shared, 'corpus', 'voa.jsonl');
  if (!path || !existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  return new Map(lines.map((l) => JSON.parse(l)).map((r) => [String(r.id), { text: r.text, title: r.title }]));
}
