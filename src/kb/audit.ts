// Checks across terms that a file-by-file schema cannot see: overlapping holders of a single-holder office.
import { mayPrecede } from './dates.js';
import type { KbIssue } from './errors.js';
import type { OfficeKb } from './kb.js';

/** Lists terms of a single-holder office that overlap (a same-day handover is allowed). */
export function auditOfficeKb(kb: OfficeKb): KbIssue[] {
  const issues: KbIssue[] = [];
  for (const country of kb.countries()) {
    for (const office of kb.offices(country)) {
      if (!office.single_holder) continue;
      office.terms.forEach((t, i) => {
        const next = office.terms[i + 1];
        if (!next) return;
        if (t.end === null || !mayPrecede(t.end, next.start))
          issues.push({
            code: 'kb/bad-term',
            file: next.source,
            entry: `${country} ${office.name}: ${next.name} from ${next.start}`,
            message: `overlaps ${t.name} (${t.start} to ${t.end ?? 'now'})`,
          });
      });
    }
  }
  return issues;
}
