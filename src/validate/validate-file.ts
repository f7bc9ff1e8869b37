import { existsSync } from 'node:fs';
import type { z } from 'zod';
import { readCsvRecords, type CsvHeader } from '../read/csv-rows.js';
import { fastPaths } from '../read/fast-paths.js';
import { reportProgress } from '../read/progress.js';
import type { Issue, IssueCode } from './issues.js';
import { ISSUE_CODES } from './issues.js';
import type { FileSchema } from './schemas.js';
import { compileRow, FALLBACK, type CompiledRow } from './compiled-row.js';

/**
 * Reads one CSV file and validates each row against its zod schema, handing valid records
 * to `onRecord` as they come and pushing every problem to `issues`. Never throws for bad
 * input: a malformed file is a list of issues.
 */
export interface ValidatedRow<T> {
  record: T;
  line: number;
  /** Field key -> 1-based column number in this file. */
  columns: ReadonlyMap<string, number>;
  /** The row's cells as read, for checks that compare whole rows. */
  cells: Record<string, string | undefined>;
}

/** What metrics.json says of each input file: data rows and SHA-256 of the bytes. */
export interface FileSummary {
  rows: number;
  sha256: string;
}

const KNOWN_CODES = new Set<string>(ISSUE_CODES);

/** A row handed to `onRecord`: its cells object is built only when asked for. */
class Row<T> implements ValidatedRow<T> {
  #cells: Record<string, string | undefined> | undefined;

  constructor(
    readonly record: T,
    readonly line: number,
    readonly columns: ReadonlyMap<string, number>,
    private readonly raw: readonly string[],
  ) {}

  get cells(): Record<string, string | undefined> {
    return (this.#cells ??= cellsOf(this.raw, this.columns));
  }
}

/** The row's cells keyed by field, trimmed, in the header's order (what zod validates). */
function cellsOf(record: readonly string[], columns: ReadonlyMap<string, number>): Record<string, string | undefined> {
  const cells: Record<string, string | undefined> = {};
  for (const [field, column] of columns) {
    const value = record[column - 1];
    cells[field] = value === undefined ? undefined : value.trim();
  }
  return cells;
}

export async function validateFile<S extends z.ZodType>(
  schema: FileSchema<S>,
  filePath: string,
  file: string,
  issues: Issue[],
  onRecord: (row: ValidatedRow<z.output<S>>) => void,
  /** Called with the raw cells of a row that failed validation. */
  onInvalid?: (cells: Record<string, string | undefined>) => void,
): Promise<FileSummary | undefined> {
  if (!existsSync(filePath)) {
    issues.push({ code: 'file.missing', severity: 'error', file });
    return undefined;
  }
  let columns = new Map<string, number>();
  let compiled: CompiledRow<z.output<S>> | undefined;
  const summary: FileSummary = { rows: 0, sha256: '' };
  const onHeader = (header: CsvHeader) => {
    columns = header.columns;
    compiled = fastPaths.rows ? compileRow(schema.row as z.ZodType<z.output<S>>, columns) : undefined;
  };
  const onRow = (raw: readonly string[], line: number) => {
    summary.rows++;
    if (summary.rows % 20_000 === 0) reportProgress(file, summary.rows);
    if (compiled !== undefined) {
      const record = compiled(raw);
      if (record !== FALLBACK) {
        onRecord(new Row(record, line, columns, raw));
        return;
      }
    }
    const cells = cellsOf(raw, columns);
    const result = schema.row.safeParse(cells);
    if (result.success) {
      onRecord({ record: result.data, line, columns, cells });
      return;
    }
    onInvalid?.(cells);
    for (const zodIssue of result.error.issues) {
      const field = typeof zodIssue.path[0] === 'string' ? zodIssue.path[0] : undefined;
      const spec = field === undefined ? undefined : schema.columns[field];
      const code: IssueCode = KNOWN_CODES.has(zodIssue.message) ? (zodIssue.message as IssueCode) : 'cell.required';
      const params = ('params' in zodIssue ? zodIssue.params : undefined) as
        | { expected?: string; suggestion?: string }
        | undefined;
      const raw = field === undefined ? undefined : cells[field];
      const issue: Issue = { code, severity: 'error', file, line };
      const column = field === undefined ? undefined : columns.get(field);
      if (column !== undefined) issue.column = column;
      if (spec) issue.field = spec.header;
      if (raw !== undefined && raw !== '' && !spec?.personal) issue.value = raw;
      if (params?.expected) issue.expected = params.expected;
      if (params?.suggestion) issue.suggestion = params.suggestion;
      issues.push(issue);
    }
  };
  await readCsvRecords(filePath, file, schema.columns, issues, onRow, onHeader, (sha256) => (summary.sha256 = sha256));
  reportProgress(file, summary.rows, true);
  return summary;
}
