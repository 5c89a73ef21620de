import { issueMessage, type Issue } from '@domain/zod-issues';
import { describeLength } from '@domain/session/format';

/**
 * The schema counts seconds and fractions; the editor shows minutes and percentages. These
 * word a program's issues in the unit of the field they are shown beside.
 */

type Unit = 'minutes' | 'seconds' | 'percent' | 'fraction';

const UNIT_OF: Record<string, Unit> = {
  durationSec: 'minutes',
  atSec: 'minutes',
  minimumObservationSec: 'minutes',
  fadeSec: 'seconds',
  levelPct: 'percent',
  volume: 'fraction',
};

/** A limit in seconds as the field shows it: "480 minutes (8 h)", "1800 seconds (30 min)". */
function limit(seconds: number, unit: 'minutes' | 'seconds'): string {
  const amount = unit === 'minutes' ? `${seconds / 60} minutes` : `${seconds} seconds`;
  return seconds >= 3600 || unit === 'seconds' ? `${amount} (${describeLength(seconds)})` : amount;
}

function timeMessage(issue: Issue, unit: 'minutes' | 'seconds'): string {
  if (issue.code === 'invalid_type') return `Enter a number of ${unit}.`;
  if (issue.code === 'too_small') {
    return issue.inclusive === false ? `Make it longer than 0 ${unit}.` : `Use 0 ${unit} or more.`;
  }
  if (issue.code === 'too_big') return `Use ${limit(Number(issue.maximum), unit)} or less.`;
  return issueMessage(issue);
}

/** An issue with a program, worded for the field it belongs to. */
export function programIssueMessage(issue: Issue): string {
  const field = String(issue.path.at(-1) ?? '');
  const unit = UNIT_OF[field];
  if (unit === 'minutes' || unit === 'seconds') return timeMessage(issue, unit);
  if (unit === 'percent' || unit === 'fraction') {
    if (issue.code === 'invalid_type') return 'Enter a percentage.';
    if (issue.code === 'too_small' || issue.code === 'too_big') return 'Use a value from 0 to 100 %.';
  }
  if (issue.path[0] === 'phases' && issue.path.length === 1 && issue.code === 'too_big') {
    return `A program can have ${String(issue.maximum)} phases at most.`;
  }
  return issueMessage(issue);
}
