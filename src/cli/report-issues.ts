import { chalkStderr as chalk } from 'chalk';
import { EXIT } from './exit-codes.js';
import { sortIssues, type Issue, type IssueCode, type Severity } from '../contract/issues.js';
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

/** Groups in the order of their first issue (issues sorted by file, line, column). */
function groupIssues(sorted: readonly Issue[], severity: Severity): Group[] {
  const groups = new Map<string, Group>();
  for (const issue of sorted) {
    if (issue.severity !== severity) continue;
    const key = groupKey(issue);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { first: issue, count: 0, lines: [] }));
    group.count++;
    if (issue.line !== undefined && group.lines.length < GROUP_POSITIONS) group.lines.push(issue.line);
  }
  return [...groups.values()];
}

/** Prints issues for people (warnings first, errors last so that they stay on screen). */
export function printIssues(issues: readonly Issue[], write: (line: string) => void): void {
  const sorted = sortIssues(issues);
  for (const severity of ['info', 'warning', 'error'] as const) {
    const label = (severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.cyan)(SEVERITY_LABEL[severity]);
    const groups = groupIssues(sorted, severity);
    const shownPerCode = new Map<IssueCode, number>();
    const totals = new Map<IssueCode, number>();
    let shown = 0;
    let hidden = 0;
    for (const group of groups) {
      const code = group.first.code;
      totals.set(code, (totals.get(code) ?? 0) + group.count);
      const forCode = shownPerCode.get(code) ?? 0;
      if (shown >= MAX_GROUPS || (forCode >= MAX_GROUPS_PER_CODE && !ONE_PER_TEXT.has(code))) {
        hidden += group.count;
        continue;
      }
      shown++;
      shownPerCode.set(code, forCode + 1);
      write(`${issuePosition(group.first)} ${label} [${code}] ${issueMessage(group.first)}`);
      if (group.count > 1) write(`  ${issueRepeats(group.count, group.lines)}`);
      const fix = issueFix(group.first);
      if (fix !== undefined) write(`  ${fix}`);
    }
    if (hidden > 0 || groups.length < countOf(sorted, severity)) {
      if (hidden > 0) write(issuesHidden(hidden, severity));
      write(issueTotals([...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), severity));
    }
  }
}

function countOf(issues: readonly Issue[], severity: Severity): number {
  let count = 0;
  for (const issue of issues) if (issue.severity === severity) count++;
  return count;
}

/**
 * A JSON document with every issue, as lines of text: the issues one per line, never the
 * whole list in one string (a million issues would exceed V8's longest string).
 * `before` and `after` are the document's other fields, around "issues".
 */
export function* issuesJsonLines(before: Record<string, unknown>, issues: readonly Issue[], after: Record<string, unknown>): Generator<string> {
  const fields = (value: Record<string, unknown>) => {
    const text = JSON.stringify(value, null, 2);
    return text === '{}' ? '' : text.slice(2, -2);
  };
  const head = fields(before);
  const tail = fields(after);
  yield `{\n${head === '' ? '' : `${head},\n`}  "issues": [`;
  const sorted = sortIssues(issues);
  // In batches: one write per issue would cost more than the issue.
  let batch: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const issue = sorted[i]!;
    // The issue's own JSON with "message" appended: no copy of the issue per line.
    batch.push(`    ${JSON.stringify(issue).slice(0, -1)},"message":${JSON.stringify(issueMessage(issue))}}${i === sorted.length - 1 ? '' : ','}`);
    if (batch.length === 1000) {
      yield batch.join('\n');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('\n');
  yield `  ]${tail === '' ? '' : `,\n${tail}`}\n}`;
}

/** Exit code for data with errors: 7 when a file could not be read at all, else 3. */
export function dataErrorExit(issues: readonly Issue[]): number {
  return issues.some((issue) => issue.code === 'file.unreadable') ? EXIT.inputUnreadable : EXIT.invalidData;
}

export function countBySeverity(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = countOf(issues, 'error');
  return { errors, warnings: countOf(issues, 'warning') };
}
