// number-mismatch: the same quantity stated twice with different values, caught only where the second
// statement points back to the first with a definite article.
import type { Doc, Inconsistency, Span } from '../../doc/types.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUM = `(\\d[\\d,.]*|${WORDS.join('|')})`;
// nouns that name one agreement: "a $35 billion deal" ... "the $45 billion agreement"
const DEAL = '(deal|agreement|accord|contract|package)';

interface Statement extends Span {
  value: number;
  /** what is counted: "billion deal", "soldiers" */
  what: string;
  definite: boolean;
}

// "a $35 billion deal", "the $45 billion agreement"
const MONEY = new RegExp(`\\b(a|an|the)\\s+([$€£])${NUM}\\s*(million|billion|trillion)?(?:-dollar)?\\s+${DEAL}\\b`, 'gi');
// "killed seven soldiers" ... "the attack that killed nine soldiers"
const KILLED = new RegExp(`\\b(?:(the\\s+(?:attack|strike|bombing|blast|explosion|raid|assault|ambush)\\s+(?:that|which)\\s+))?killed\\s+${NUM}\\s+([a-z]+)`, 'gi');

function valueOf(s: string): number {
  const i = WORDS.indexOf(s.toLowerCase());
  return i >= 0 ? i : Number(s.replace(/,/g, ''));
}

/** Every countable statement the patterns know. */
export function statements(text: string): Statement[] {
  const out: Statement[] = [];
  for (const m of text.matchAll(MONEY)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: valueOf(m[3]), what: `${m[2]} ${(m[4] ?? '').toLowerCase()} deal`, definite: m[1].toLowerCase() === 'the' });
  }
  for (const m of text.matchAll(KILLED)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, value: valueOf(m[2]), what: `killed ${m[3].toLowerCase()}`, definite: !!m[1] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A definite back-reference whose value differs from an earlier statement of the same thing. */
export function numberMismatches(doc: Doc): Inconsistency[] {
  const found: Inconsistency[] = [];
  const all = statements(doc.text);
  for (const later of all.filter((s) => s.definite)) {
    const earlier = all.find((s) => s.start < later.start && s.what === later.what);
    if (!earlier || earlier.value === later.value || Number.isNaN(earlier.value) || Number.isNaN(later.value)) continue;
    found.push({
      kind: 'number-mismatch',
      severity: 'warning',
      message: `"${doc.text.slice(earlier.start, earlier.end)}" and later "${doc.text.slice(later.start, later.end)}" give the same quantity two values`,
      evidence: [{ start: earlier.start, end: earlier.end }, { start: later.start, end: later.end }],
    });
  }
  return found;
}
