import type { z } from 'zod';

/** How staff read what a schema refused: the one place zod's issues are put into words. */

export type Issue = z.core.$ZodIssue;

/** An issue as a clinic would say it; the schema's own message where it already reads well. */
export function issueMessage(issue: Issue): string {
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return 'This cannot be empty.';
    if (issue.origin === 'array') return 'Choose at least one.';
    if (issue.origin === 'number') return `Use ${String(issue.minimum)} or more.`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `Keep it to ${String(issue.maximum)} characters or fewer.`;
    if (issue.origin === 'array') return `Use ${String(issue.maximum)} at most.`;
    if (issue.origin === 'number') return `Use ${String(issue.maximum)} or less.`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number.';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number.';
  if (issue.code === 'invalid_value') return 'Choose one of the options.';
  return issue.message;
}

/** Turns zod issues into one sentence a clinic can act on, e.g. "phases.1.durationSec must ...". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'value'} ${issue.message}`)
    .join('; ');
}
