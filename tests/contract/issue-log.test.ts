import { describe, expect, it } from 'vitest';
import { IssueLog, type Issue } from '../../src/contract/issues.js';
import { issueMessage } from '../../src/contract/messages-fr.js';

const ISSUES: Issue[] = [
  { code: 'cell.date', severity: 'error', file: '2024/imilo/evenements.csv', line: 3, column: 2, field: 'Date', value: 'x1', expected: 'une date' },
  { code: 'cell.date', severity: 'error', file: '2024/imilo/evenements.csv', line: 2, column: 2, field: 'Date', value: 'x0', expected: 'une date' },
  { code: 'cell.duplicate_id', severity: 'error', file: '2024/imilo/jeunes.csv', line: 9, column: 1, field: 'Identifiant', firstLine: 4 },
  { code: 'cell.duplicate_id', severity: 'error', file: '2024/imilo/jeunes.csv', line: 7, column: 1, field: 'Identifiant', firstLine: 2 },
  { code: 'cell.commune', severity: 'error', file: '2024/imilo/jeunes.csv', line: 7, column: 4, field: 'Commune', value: 'Lammersart', suggestion: 'Lambersart', fix: { path: ['territoire', 'alias', 'Lammersart'], value: 'Lambersart' } },
  { code: 'manual.missing_keys', severity: 'warning', file: '2024/manuel.csv', keys: ['a.b', 'c.d'], count: 2 },
  { code: 'row.column_count', severity: 'warning', file: '2024/imilo/aides.csv', line: 5, count: 3, width: 5 },
  { code: 'cell.date', severity: 'error', file: '2024/imilo/evenements.csv', line: 4, column: 2, field: 'Date', value: 'x1', expected: 'une date' },
];

/** What the display order is: by file (French collation), then line, then column, stable. */
function displayOrder(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

describe('IssueLog', () => {
  it('gives back every issue pushed, in the order pushed, equal to what was pushed', () => {
    const log = new IssueLog(ISSUES);
    expect(log.length).toBe(ISSUES.length);
    expect([...log]).toStrictEqual(ISSUES);
    expect(log.at(2)).toStrictEqual(ISSUES[2]);
    expect(log.at(-1)).toStrictEqual(ISSUES.at(-1));
    expect(log.count('error')).toBe(6);
    expect(log.count('warning')).toBe(2);
  });

  it('drops properties set to undefined, as JSON does', () => {
    const log = new IssueLog([{ code: 'cell.unknown_reference', severity: 'error', file: 'f.csv', line: 2, column: undefined, field: 'Identifiant' }]);
    expect(Object.keys(log.at(0)!)).toEqual(['code', 'severity', 'file', 'line', 'field']);
  });

  it('sorts by file, line and column, keeping the order pushed among equals', () => {
    const log = new IssueLog(ISSUES);
    expect([...log.sorted()]).toStrictEqual(displayOrder(ISSUES));
  });

  it('writes each issue as JSON.stringify would, with its message', () => {
    const log = new IssueLog(ISSUES);
    expect([...log.sortedJson(issueMessage)]).toEqual(displayOrder(ISSUES).map((issue) => `${JSON.stringify(issue).slice(0, -1)},"message":${JSON.stringify(issueMessage(issue))}}`));
  });

  it('keeps a message that depends on a line apart for each issue', () => {
    const log = new IssueLog(ISSUES.filter((issue) => issue.code === 'cell.duplicate_id'));
    const lines = [...log.sortedJson(issueMessage)];
    expect(lines[0]).toContain('à la ligne 2');
    expect(lines[1]).toContain('à la ligne 4');
  });

  it('crosses a thread as plain data and comes back the same', () => {
    const log = new IssueLog(ISSUES);
    const copy = IssueLog.fromData(structuredClone(log.toData()));
    expect([...copy]).toStrictEqual(ISSUES);
    expect(copy.count('warning')).toBe(2);
    copy.push(ISSUES[0]!);
    expect(copy.at(-1)).toStrictEqual(ISSUES[0]);
  });

  it('holds a flood of one kind of issue in one template: 200 000 issues fit in a few typed arrays', () => {
    const log = new IssueLog();
    for (let line = 2; line < 200_002; line++) log.push({ code: 'cell.date', severity: 'error', file: 'e.csv', line, column: 2, field: 'Date', value: `x${line % 1000}`, expected: 'une date' });
    const data = log.toData();
    expect(data.templates).toHaveLength(1);
    expect(data.values).toHaveLength(1000);
    expect(log.at(199_999)).toStrictEqual({ code: 'cell.date', severity: 'error', file: 'e.csv', line: 200_001, column: 2, field: 'Date', value: 'x1', expected: 'une date' });
  });
});
