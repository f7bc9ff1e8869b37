import { chalkStderr as chalk } from 'chalk';
import { EXIT } from './exit-codes.js';
import { IssueLog, type Issue, type IssueCode, type Severity } from '../contract/issues.js';
import { SEVERITY_LABEL, expectedText, issueFix, issueMessage, issuePosition, issueRepeats, issueTotals, issuesHidden } from '../contract/messages-fr.js';

/**
 * Issues for people, bounded whatever their number: identical issues (same file, code, column
 * and value) are printed once with their count, their first positions and the fix when there
 * is one; at most MAX_GROUPS_PER_CODE groups per code (but every missing or unread text) and
 * MAX_GROUPS per severity are shown,
 * then the total per code. `--json` keeps every issue (issuesJsonLines).
 */
export const MAX_GROUPS_PER_CODE = 10;
export const MAX_GROUPS = 50;
/**
 * Codes with one issue per text of the report (a few dozen at most): each names a file the
 * analyst must write or reread, so none is hidden by the per-code cap.
 */
const ONE_PER_TEXT: ReadonlySet<IssueCode> = new Set(['text.missing', 'text.unchanged']);
/** Positions listed for a group of identical issues. */
export const GROUP_POSITIONS = 5;

interface Group {
  first: Issue;
  count: number;
  lines: number[];
}

function groupKey(issue: Issue): string {
  return `${issue.file}\u0000${issue.code}\u0000${issue.excelNumber ? 'E' : ''}\u0000${issue.field ?? ''}\u0000${issue.value ?? ''}\u0000${expectedText(issue) ?? ''}\u0000${issue.suggestion ?? ''}`;
}

/** A run's IssueLog, or a short list of issues (configuration, --previous). */
export type Issues = IssueLog | readonly Issue[];

const asLog = (issues: Issues): IssueLog => (issues instanceof IssueLog ? issues : new IssueLog(issues));

/** What is printed of one severity: the groups shown, what the caps hid, the totals per code. */
interface SeverityReport {
  shown: Map<string, Group>;
  shownPerCode: Map<IssueCode, number>;
  hidden: number;
  totals: Map<IssueCode, number>;
  /** A shown group has several issues: the totals are worth printing (always when some are hidden). */
  repeats: boolean;
}

/**
 * One pass over the issues in display order. A group is shown or hidden when its first issue
 * comes (the groups are ranked by their first issue), so only the shown groups are kept:
 * memory stays bounded however many issues and distinct values there are.
 */
function reportBySeverity(log: IssueLog): Record<Severity, SeverityReport> {
  const empty = (): SeverityReport => ({ shown: new Map(), shownPerCode: new Map(), hidden: 0, totals: new Map(), repeats: false });
  const reports: Record<Severity, SeverityReport> = { info: empty(), warning: empty(), error: empty() };
  for (const issue of log.sorted()) {
    const report = reports[issue.severity];
    const { code } = issue;
    report.totals.set(code, (report.totals.get(code) ?? 0) + 1);
    const key = groupKey(issue);
    const group = report.shown.get(key);
    if (group !== undefined) {
      group.count++;
      report.repeats = true;
      if (issue.line !== undefined && group.lines.length < GROUP_POSITIONS) group.lines.push(issue.line);
      continue;
    }
    const forCode = report.shownPerCode.get(code) ?? 0;
    if (report.shown.size >= MAX_GROUPS || (forCode >= MAX_GROUPS_PER_CODE && !ONE_PER_TEXT.has(code))) {
      // Its group is not kept: the caps only fill up, so its later issues are hidden too.
      report.hidden++;
      continue;
    }
    report.shownPerCode.set(code, forCode + 1);
    report.shown.set(key, { first: issue, count: 1, lines: issue.line === undefined ? [] : [issue.line] });
  }
  return reports;
}

/** Prints issues for people (warnings first, errors last so that they stay on screen). */
export function printIssues(issues: Issues, write: (line: string) => void): void {
  const reports = reportBySeverity(asLog(issues));
  for (const severity of ['info', 'warning', 'error'] as const) {
    const label = (severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.cyan)(SEVERITY_LABEL[severity]);
    const { shown, hidden, totals, repeats } = reports[severity];
    for (const group of shown.values()) {
      write(`${issuePosition(group.first)} ${label} [${group.first.code}] ${issueMessage(group.first)}`);
      if (group.count > 1) write(`  ${issueRepeats(group.count, group.lines)}`);
      const fix = issueFix(group.first);
      if (fix !== undefined) write(`  ${fix}`);
    }
    if (hidden > 0 || repeats) {
      if (hidden > 0) write(issuesHidden(hidden, severity));
      write(issueTotals([...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), severity));
    }
  }
}

/**
 * A JSON document with every issue, as lines of text: the issues one per line, never the
 * whole list in one string (a million issues would exceed V8's longest string).
 * `before` and `after` are the document's other fields, around "issues".
 */
export function* issuesJsonLines(before: Record<string, unknown>, issues: Issues, after: Record<string, unknown>): Generator<string> {
  const fields = (value: Record<string, unknown>) => {
    const text = JSON.stringify(value, null, 2);
    return text === '{}' ? '' : text.slice(2, -2);
  };
  const head = fields(before);
  const tail = fields(after);
  yield `{\n${head === '' ? '' : `${head},\n`}  "issues": [`;
  const log = asLog(issues);
  // In batches: one write per issue would cost more than the issue.
  let batch: string[] = [];
  let left = log.length;
  for (const json of log.sortedJson(issueMessage)) {
    batch.push(`    ${json}${--left === 0 ? '' : ','}`);
    if (batch.length === 1000) {
      yield batch.join('\n');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('\n');
  yield `  ]${tail === '' ? '' : `,\n${tail}`}\n}`;
}

/** Exit code for data with errors: 7 when a file could not be read at all, else 3. */
export function dataErrorExit(issues: Issues): number {
  return issues.some((issue) => issue.code === 'file.unreadable') ? EXIT.inputUnreadable : EXIT.invalidData;
}

export function countBySeverity(issues: Issues): { errors: number; warnings: number } {
  const log = asLog(issues);
  return { errors: log.count('error'), warnings: log.count('warning') };
}
