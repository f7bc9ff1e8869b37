import { statSync } from 'node:fs';
import type { z } from 'zod';
import { readCsvRecords, splitLine } from '../read/csv-rows.js';
import { fastPaths } from '../read/fast-paths.js';
import { reportProgress } from '../read/progress.js';
import type { Issue, IssueCode, IssueSink } from '../contract/issues.js';
import { configFix, excerpt, isFileSystemError, ISSUE_CODES } from '../contract/issues.js';
import type { FileSchema } from '../contract/schemas.js';
import { normalizeLabel, ownText } from '../contract/normalize.js';
import { compileRowParts, FALLBACK, recordFactory, rowIssuesOf, type CompiledRowParts } from '../contract/compiled-row.js';
import { type CsvHeader } from '../read/csv-header.js';
import { registerLineReader, type LineSpans } from './register-lines.js';

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
  /** The row's cells keyed by field, trimmed (built when asked for). */
  cells: Record<string, string | undefined>;
  /** The row's cells as read (untrimmed), by 0-based column, for checks that compare whole rows. */
  raw: readonly string[];
  /** A line read in place: its text and cells' bounds (`raw` is then cut out only when asked for). */
  spans?: LineSpans;
}

/** What metrics.json says of each input file: data rows and SHA-256 of the bytes. */
export interface FileSummary {
  rows: number;
  sha256: string;
}

const KNOWN_CODES = new Set<string>(ISSUE_CODES);

/**
 * Reads a whole data line in place (`text[start, end)`, delimiter-separated, no quote; its
 * 1-based line number): true when it is a valid row that raises no issue at all and the
 * reader has handed on what `onRecord` would have, false (nothing done) to have it split and
 * validated as usual.
 */
export type LineReader = (text: string, start: number, end: number, line: number) => boolean;

/** A row handed to `onRecord`: its cells object is built only when asked for. */
class Row<T> implements ValidatedRow<T> {
  #cells: Record<string, string | undefined> | undefined;

  constructor(
    readonly record: T,
    readonly line: number,
    readonly columns: ReadonlyMap<string, number>,
    readonly raw: readonly string[],
    private readonly cellsOf: (record: readonly string[]) => Record<string, string | undefined>,
  ) {}

  get cells(): Record<string, string | undefined> {
    return (this.#cells ??= this.cellsOf(this.raw));
  }
}

/** The rows of lines read in place (register-lines.ts): one object, valid during each `onRecord` call only. */
class SpanRow<T> implements ValidatedRow<T> {
  record!: T;
  line = 0;

  constructor(
    readonly columns: ReadonlyMap<string, number>,
    readonly spans: LineSpans,
    private readonly delimiter: string,
    private readonly cellsOf: (record: readonly string[]) => Record<string, string | undefined>,
  ) {}

  get raw(): readonly string[] {
    return splitLine(this.spans.text, this.spans.start, this.spans.end, this.delimiter);
  }

  get cells(): Record<string, string | undefined> {
    return this.cellsOf(this.raw);
  }
}

/**
 * The rows' cells keyed by field, trimmed, in the header's order (what zod validates): one
 * object literal for the file's fields.
 */
function cellsMaker(columns: ReadonlyMap<string, number>): (record: readonly string[]) => Record<string, string | undefined> {
  const make = recordFactory([...columns.keys()]);
  const indexes = [...columns.values()].map((column) => column - 1);
  const values: (string | undefined)[] = new Array<string | undefined>(indexes.length);
  return (record) => {
    for (let i = 0; i < indexes.length; i++) {
      const value = record[indexes[i]!];
      values[i] = value === undefined ? undefined : value.trim();
    }
    return make(values) as Record<string, string | undefined>;
  };
}

/**
 * Puts the configuration's value aliases in place of the cells' text: a function that
 * returns the row as read, or a copy with the aliased cells replaced. Undefined when the
 * file has no value alias.
 */
function valueRewriter(schema: FileSchema, columns: ReadonlyMap<string, number>): ((raw: readonly string[]) => readonly string[]) | undefined {
  // Per column, cell text -> its alias target or null (seen): a column repeats a few values on every row.
  const rewrites: { index: number; targets: ReadonlyMap<string, string>; seen: Map<string, string | null> }[] = [];
  for (const [field, targets] of Object.entries(schema.valueAliases ?? {})) {
    const column = columns.get(field);
    if (column !== undefined) rewrites.push({ index: column - 1, targets, seen: new Map() });
  }
  if (rewrites.length === 0) return undefined;
  const targetOf = (text: string, { targets, seen }: (typeof rewrites)[number]) => {
    let target = seen.get(text);
    if (target === undefined) {
      target = targets.get(normalizeLabel(text)) ?? null;
      if (seen.size < 10_000) seen.set(ownText(text), target);
    }
    return target;
  };
  return (raw) => {
    let out: string[] | undefined;
    for (const rewrite of rewrites) {
      const text = raw[rewrite.index];
      const target = text === undefined ? null : targetOf(text, rewrite);
      if (target !== null) (out ??= [...raw])[rewrite.index] = target;
    }
    return out ?? raw;
  };
}

export async function validateFile<S extends z.ZodType>(
  schema: FileSchema<S>,
  filePath: string,
  file: string,
  issues: IssueSink,
  onRecord: (row: ValidatedRow<z.output<S>>) => void,
  /** Called with the raw cells of a row that failed validation. */
  onInvalid?: (cells: Record<string, string | undefined>) => void,
  /** The file's lines read in place, for this header and delimiter (undefined: none). */
  lineReader?: (header: CsvHeader) => LineReader | undefined,
  /**
   * Without a `lineReader`: read the lines in place into records (register-lines.ts), handed
   * to `onRecord` as rows valid during the call only (the registers' loaders keep none).
   */
  inPlace = false,
): Promise<FileSummary | undefined> {
  try {
    if (statSync(filePath).isDirectory()) {
      issues.push({ code: 'file.unreadable', severity: 'error', file, errno: 'EISDIR' });
      return undefined;
    }
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    issues.push(error.code === 'ENOENT' ? { code: 'file.missing', severity: 'error', file } : { code: 'file.unreadable', severity: 'error', file, errno: error.code });
    return undefined;
  }
  let columns = new Map<string, number>();
  let lastKnownColumn = 0;
  let width = 0;
  let compiled: CompiledRowParts<z.output<S>> | undefined;
  let cellsOf = cellsMaker(columns);
  let rewrite: ReturnType<typeof valueRewriter>;
  let readLine: LineReader | undefined;
  const summary: FileSummary = { rows: 0, sha256: '' };
  const onHeader = (header: CsvHeader) => {
    columns = header.columns;
    lastKnownColumn = Math.max(0, ...columns.values());
    width = header.width;
    cellsOf = cellsMaker(columns);
    rewrite = valueRewriter(schema, columns);
    compiled = fastPaths.rows ? compileRowParts(schema.row as z.ZodType<z.output<S>>, columns) : undefined;
    // Value aliases rewrite cells before validation: such files are split and checked.
    readLine = fastPaths.spans && rewrite === undefined ? (lineReader === undefined ? inPlaceReader(header) : lineReader(header)) : undefined;
  };
  const inPlaceReader = (header: CsvHeader): LineReader | undefined => {
    if (!inPlace || compiled === undefined) return undefined;
    let row: SpanRow<z.output<S>> | undefined;
    return registerLineReader(schema.row, header, (record: z.output<S>, spans, line) => {
      row ??= new SpanRow(header.columns, spans, header.delimiter, cellsOf);
      row.record = record;
      row.line = line;
      onRecord(row);
    });
  };
  const onLine = (text: string, start: number, end: number, line: number): boolean => {
    if (readLine === undefined || !readLine(text, start, end, line)) return false;
    summary.rows++;
    if (summary.rows % 20_000 === 0) reportProgress(file, summary.rows);
    return true;
  };
  const onRow = (read: readonly string[], line: number) => {
    const raw = rewrite === undefined ? read : rewrite(read);
    summary.rows++;
    if (summary.rows % 20_000 === 0) reportProgress(file, summary.rows);
    if (compiled !== undefined) {
      const record = compiled.parse(raw);
      if (record !== FALLBACK) {
        onRecord(new Row(record, line, columns, raw, cellsOf));
        return;
      }
    }
    const cells = cellsOf(raw);
    let rowIssues = compiled?.issues(raw);
    if (rowIssues === undefined) {
      const result = schema.row.safeParse(cells);
      if (result.success) {
        onRecord({ record: result.data, line, columns, cells, raw });
        return;
      }
      rowIssues = rowIssuesOf(result.error);
    }
    onInvalid?.(cells);
    // Cells out of place (a delimiter missing): any of them may be another column's personal
    // data; the reader has said the row is off, so no value is quoted.
    const shifted = raw.length < lastKnownColumn || (raw.length > width && raw.slice(width).some((cell) => cell.trim() !== ''));
    for (const { field, message, params } of rowIssues) {
      const spec = field === undefined ? undefined : schema.columns[field];
      const code: IssueCode = KNOWN_CODES.has(message) ? (message as IssueCode) : 'cell.required';
      const raw = field === undefined ? undefined : cells[field];
      const issue: Issue = { code, severity: 'error', file, line };
      const column = field === undefined ? undefined : columns.get(field);
      if (column !== undefined) issue.column = column;
      if (spec) issue.field = spec.header;
      if (raw !== undefined && raw !== '' && !spec?.personal && !shifted) issue.value = ownText(excerpt(raw)); // not a view on the file's text
      if (params?.expected) issue.expected = params.expected;
      if (params?.suggestion && !shifted) issue.suggestion = params.suggestion;
      const fix = shifted ? undefined : configFix(issue);
      if (fix) issue.fix = fix;
      issues.push(issue);
    }
  };
  await readCsvRecords({ path: filePath, file, columns: schema.columns, issues, onRow, onHeader, onDone: (sha256) => (summary.sha256 = sha256), ...(lineReader === undefined && !inPlace ? {} : { onLine }) });
  reportProgress(file, summary.rows, true);
  return summary;
}
