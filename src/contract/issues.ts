/**
 * Findings are data: every problem found while reading a year's files is an Issue with a
 * stable code, a severity and a position. Words live in `messages-fr.ts`.
 */
export const ISSUE_CODES = [
  'file.missing',
  'file.empty',
  'file.no_data',
  'file.encoding',
  'file.unreadable',
  'csv.malformed',
  'csv.multiline_cell',
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
  'cell.out_of_range',
  'cell.vocabulary',
  'cell.commune',
  'cell.commune_outside',
  'commune.outside_counted',
  'cell.subtype',
  'cell.duplicate_id',
  'cell.unknown_reference',
  'row.end_before_start',
  'row.birth_after_date',
  'row.exit_reason',
  'row.part_exceeds_total',
  'manual.unknown_key',
  'manual.duplicate_key',
  'manual.missing_keys',
  'part.absent',
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
  'quality.amount_high',
  'quality.duplicate_row',
  'plausibility.change',
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

/** The headline figures checked against Y-1 (plausibility.change); words in messages-fr.ts. */
export type PlausibilityFigure =
  | 'newArrivals'
  | 'inContact'
  | 'receivedInInterview'
  | 'contacts'
  | 'entretiens'
  | 'propositions'
  | 'trainingJeunes'
  | 'employmentSituations'
  | 'aidsCents'
  | 'plieParticipants';

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
  /**
   * What was expected, as data the catalogue words (messages-fr.ts). `expected` is kept for
   * the contract's own descriptions of a column (its list of values, its format).
   */
  expectation?: Expectation;
  /** What the contract says a column holds, in French (schemas' column descriptions). */
  expected?: string;
  /** Closest valid value, when there is one. */
  suggestion?: string;
  /**
   * The configuration entry that would settle the issue, when there is one: its path in
   * alpes-report.config.json and its value (a commune alias, `horsTerritoire`).
   */
  fix?: { path: string[]; value: string };
  /** manual.missing_keys: the manuel.csv keys the file does not give. */
  keys?: string[];
  /** Line of the first occurrence, for a value that must be unique (cell.duplicate_id). */
  firstLine?: number;
  /** Extra count (e.g. number of rows concerned by a per-file warning). */
  count?: number;
  /** plausibility.change: the figure, its values in Y and Y-1, Y-1, and the change in % (rounded). */
  figure?: PlausibilityFigure;
  current?: number;
  previous?: number;
  previousYear?: number;
  percent?: number;
  /** Cells in the header row, when a row has another number of them (row.column_count). */
  width?: number;
  /** An amount in whole cents and the ceiling it passes (quality.amount_high). */
  amountCents?: number;
  limitCents?: number;
  /** The value is a number Excel wrote in scientific notation (1,23E+05): a hint is given. */
  excelNumber?: true;
  /** The text encoding a file was found in, when that is the problem (file.encoding). */
  encoding?: 'utf-16';
  /** What csv-parse stopped on (csv.malformed). */
  csvError?: 'quote_not_closed' | 'invalid_closing_quote' | 'other';
  /** The system's error code when a file could not be read (EACCES, EISDIR…). */
  errno?: string;
  /** The report's year, for the issues of a year's texts. */
  year?: number;
}

/**
 * What a value should have been, as data: each kind is worded once, in messages-fr.ts.
 * Days are day numbers (dates.ts).
 */
export type Expectation =
  | { kind: 'ageAtArrival'; minimum: number; maximum: number; age: number }
  | { kind: 'dateByEndOf'; year: number }
  | { kind: 'dateWithinYears'; from: number; to: number }
  | { kind: 'zeroAmountFor'; decision: string }
  | { kind: 'idIn'; file: string }
  | { kind: 'documentedKey' }
  | { kind: 'oneRowPer'; unit: 'commune' | 'indicator' }
  | { kind: 'sameCensus'; census: string; line: number }
  | { kind: 'rowPerCommune'; communes: number }
  | { kind: 'sameDateAs'; day: number; key: string; line: number }
  | { kind: 'atMostJobseekers'; limit: number; line: number | undefined }
  | { kind: 'textHelper' }
  | { kind: 'textQuotedKey' }
  | { kind: 'textFullKey' }
  | { kind: 'textNoArgument'; helper: string }
  | { kind: 'textClosingBraces' }
  | { kind: 'previousFile' }
  | { kind: 'previousJson' }
  | { kind: 'previousShape' }
  | { kind: 'previousYear'; year: number; found: number }
  | { kind: 'configFile' }
  | { kind: 'configJson' }
  | { kind: 'configReservedKey'; key: string }
  | { kind: 'configType'; type: string }
  | { kind: 'configUnknownKeys'; keys: string[] }
  | { kind: 'configNonEmptyText' }
  | { kind: 'configMinItems'; minimum: number }
  | { kind: 'configMinimum'; minimum: number }
  | { kind: 'configMaximum'; maximum: number }
  | { kind: 'configNonEmptyKeys' }
  | { kind: 'configDocumented' }
  | { kind: 'communeListedTwice'; commune: string; position: number }
  | { kind: 'aliasIsCommune'; alias: string; commune: string }
  | { kind: 'aliasRepeated'; alias: string; other: string }
  | { kind: 'aliasChain'; commune: string }
  | { kind: 'aliasTargetUnknown'; commune: string }
  | { kind: 'configUnknownFile'; files: string[] }
  | { kind: 'configUnknownColumn'; file: string; columns: string[] }
  | { kind: 'headerAliasTaken'; alias: string; column: string }
  | { kind: 'valueAliasNeeded'; wording: string; column: string }
  | { kind: 'valueAliasTarget'; value: string; column: string; description: string };

/** The configuration entry that settles a cell issue, if any (see Issue.fix). */
export function configFix(issue: Pick<Issue, 'code' | 'value' | 'suggestion'>): Issue['fix'] {
  if (issue.code === 'cell.commune' && issue.value !== undefined && issue.suggestion !== undefined) {
    return { path: ['territoire', 'alias', issue.value], value: issue.suggestion };
  }
  if (issue.code === 'cell.commune_outside') return { path: ['territoire', 'horsTerritoire'], value: 'compter' };
  return undefined;
}

/** An error from the file system (it has a code such as EACCES), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}

/** Issues sorted for display: by file, then line, then column. Stable. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  // Files ranked once: localeCompare on each of a million comparisons would take seconds.
  const files = [...new Set(issues.map((issue) => issue.file))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(files.map((file, index) => [file, index]));
  return [...issues].sort(
    (a, b) =>
      rank.get(a.file)! - rank.get(b.file)! ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Longest value an issue carries: a 2 MB cell is quoted by its start. */
export const MAX_VALUE_LENGTH = 120;

export function excerpt(value: string): string {
  return value.length <= MAX_VALUE_LENGTH ? value : `${value.slice(0, MAX_VALUE_LENGTH)}…`;
}
