// Errors of the office knowledge base as data: a stable code, the file, the entry, and a message to act on.

export type KbIssueCode = 'kb/read-failed' | 'kb/parse-failed' | 'kb/invalid' | 'kb/bad-term';

export interface KbIssue {
  code: KbIssueCode;
  file: string;
  /** where in the file: "offices.president.holders[3] (Ebrahim Raisi)" */
  entry: string;
  message: string;
}

/** Thrown by loadOfficeKb when a file cannot be used; `issues` lists every problem found. */
export class KbLoadError extends Error {
  readonly code = 'kb/load-failed';
  constructor(readonly issues: KbIssue[], options?: { cause?: unknown }) {
    super('dossier kb: ' + issues.map(formatIssue).join('\n  '), options);
    this.name = 'KbLoadError';
  }
}

/** "data/kb/offices/IRN.yaml: offices.president.holders[3] (Ebrahim Raisi): end: expected ..." */
export function formatIssue(issue: KbIssue): string {
  return `${issue.file}: ${issue.entry ? issue.entry + ': ' : ''}${issue.message}`;
}
