import { chalkStderr as chalk } from 'chalk';
import { sortIssues, type Issue } from '../contract/issues.js';
import { issueMessage, issuePosition } from '../contract/messages-fr.js';

/** Prints issues for people (grouped by severity, errors last so they stay on screen). */
export function printIssues(issues: readonly Issue[], write: (line: string) => void): void {
  const sorted = sortIssues(issues);
  for (const severity of ['info', 'warning', 'error'] as const) {
    for (const issue of sorted.filter((candidate) => candidate.severity === severity)) {
      const label = severity === 'error' ? chalk.red('erreur') : severity === 'warning' ? chalk.yellow('avertissement') : chalk.cyan('à relire');
      write(`${issuePosition(issue)} ${label} [${issue.code}] ${issueMessage(issue)}`);
    }
  }
}

export function issuesAsJson(issues: readonly Issue[]): object[] {
  return sortIssues(issues).map((issue) => ({ ...issue, message: issueMessage(issue) }));
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return { errors, warnings: issues.filter((issue) => issue.severity === 'warning').length };
}
