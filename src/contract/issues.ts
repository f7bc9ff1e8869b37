/**
 * Findings are data: every problem found while reading a year's files is an Issue with a
 * stable code, a severity and a position. Words live in `messages-fr.ts`.
 */
export const ISSUE_CODES = [
  'file.missing',
  'file.empty',
  'file.encoding',
  'csv.malformed',
  'header.missing_column',
  'header.duplicate_column',
  'header.unknown_column',
  'row.column_count',
  'cell.required',
  'cell.date',
  'cell.yes_no',
  'cell.amount',
  'cell.hours',
  'cell.integer',
  'cell.vocabulary',
  'cell.commune',
  'cell.subtype',
  'cell.duplicate_id',
  'cell.unknown_reference',
  'row.end_before_start',
  'row.birth_after_date',
  'row.exit_reason',
  'row.part_exceeds_total',
  'manual.unknown_key',
  'manual.duplicate_key',
  'territory.missing_commune',
  'territory.duplicate',
  'territory.inconsistent',
  'territory.exceeds_total',
  'territory.missing_indicator',
  'qualification.level_not_validated',
  'config.invalid',
  'previous.invalid',
  'row.total_skipped',
  'quality.age_out_of_range',
  'quality.date_out_of_window',
  'quality.amount_not_granted',
  'quality.duplicate_row',
  'text.missing',
  'text.unchanged',
  'text.unknown_file',
  'text.unknown_key',
  'text.unknown_helper',
  'text.syntax',
  'text.not_a_figure',
  'text.figure_missing',
  'text.date_outside_year',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
/** `info`: something to reread, not a problem (a text's dates outside the report year). */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Path relative to the data folder, with `/` separators, e.g. `2024/imilo/jeunes.csv`. */
  file: string;
  /** 1-based physical line in the file (the header is line 1, or 2 after a `sep=` line). */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** Column header as the contract names it. */
  field?: string;
  /** The offending value; omitted for columns that hold personal data. */
  value?: string;
  /** What was expected, in French, for the message. */
  expected?: string;
  /** Closest valid value, when there is one. */
  suggestion?: string;
  /** Extra count (e.g. number of rows concerned by a per-file warning). */
  count?: number;
}

/** Issues sorted for display: by file, then line, then column. Stable. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
