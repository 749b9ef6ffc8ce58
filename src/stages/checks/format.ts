// The "Checks" lines of the text report.
import type { Doc } from '../../doc/types.js';

/** One line per inconsistency, with the words that show it, and a line for the date estimate. */
export function formatChecks(doc: Doc): string[] {
  const lines = doc.inconsistencies.map((x) => {
    const words = x.evidence.map((e) => `"${doc.text.slice(e.start, e.end)}"`).join(' / ');
    return `${x.severity} ${x.kind}: ${x.message} [${words}]`;
  });
  if (doc.dateEstimate) {
    const d = doc.dateEstimate;
    lines.push(`date estimate: ${d.from} .. ${d.to} (${d.reasons.join('; ')})`);
  }
  return lines;
}
