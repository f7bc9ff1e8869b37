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
  'mde.no_events',
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
  'text.not_countries',
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
  | { kind: 'textQuotedKey'; helper: string }
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
  | { kind: 'valueAliasTarget'; value: string; column: string; description: string }
  | { kind: 'aidCeilingAboveAmountMax'; aidMax: number; amountMax: number; amountMaxSet: boolean };

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

export function hasErrors(issues: Iterable<Issue>): boolean {
  for (const issue of issues) if (issue.severity === 'error') return true;
  return false;
}

/** Longest value an issue carries: a 2 MB cell is quoted by its start. */
export const MAX_VALUE_LENGTH = 120;

export function excerpt(value: string): string {
  return value.length <= MAX_VALUE_LENGTH ? value : `${value.slice(0, MAX_VALUE_LENGTH)}…`;
}

/**
 * Where a stage puts the issues it finds: the run's IssueLog, or a plain array for a short
 * list (configuration, tests). Read back with `at` and `length` (see issuesSince).
 */
export type IssueSink = Pick<Issue[], 'push' | 'length'> & { at(index: number): Issue | undefined };

/** The issues pushed to `issues` from index `start` on. */
export function* issuesSince(issues: IssueSink, start = 0): Generator<Issue> {
  for (let index = start; index < issues.length; index++) yield issues.at(index)!;
}

/** Properties that vary from one issue to the next: kept per issue, in typed arrays. */
type Slot = 'line' | 'column' | 'firstLine' | 'value';
const SLOTS: ReadonlySet<string> = new Set<Slot>(['line', 'column', 'firstLine', 'value']);
/** Distinct values shared by their issues; past this many, values are kept without lookup. */
const MAX_SHARED_VALUES = 100_000;

interface Template {
  /** The issue's defined properties, in their order. */
  keys: readonly string[];
  /** The values of the properties that are not slots. */
  base: Readonly<Record<string, unknown>>;
}

/** An IssueLog's content as plain data, to send it from a worker thread (structured clone). */
export interface IssueLogData {
  size: number;
  templates: Template[];
  template: Int32Array<ArrayBufferLike>;
  line: Int32Array<ArrayBufferLike>;
  column: Int32Array<ArrayBufferLike>;
  firstLine: Int32Array<ArrayBufferLike>;
  value: Int32Array<ArrayBufferLike>;
  values: string[];
}

/**
 * Every issue of a run, in the order found, held compactly: a million errors of one kind are
 * one template (code, file, field, expected…) and ~20 bytes each (line, column, first line,
 * value number), not a million objects. Issues are rebuilt, equal to what was pushed (minus
 * properties set to undefined), when read back; `sorted()` reads them in display order.
 */
export class IssueLog implements Iterable<Issue> {
  #size = 0;
  #template: Int32Array<ArrayBufferLike> = new Int32Array(64);
  #line: Int32Array<ArrayBufferLike> = new Int32Array(64);
  #column: Int32Array<ArrayBufferLike> = new Int32Array(64);
  #firstLine: Int32Array<ArrayBufferLike> = new Int32Array(64);
  /** Index in #values, or -1. */
  #value: Int32Array<ArrayBufferLike> = new Int32Array(64);
  #values: string[] = [];
  #valueIds = new Map<string, number>();
  #templates: Template[] = [];
  #templateIds = new Map<string, number>();
  #counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  #order: Uint32Array | undefined;

  constructor(issues: Iterable<Issue> = []) {
    for (const issue of issues) this.push(issue);
  }

  static fromData(data: IssueLogData): IssueLog {
    const log = new IssueLog();
    for (const template of data.templates) log.#templateOf(template.keys, template.base);
    log.#size = data.size;
    log.#template = data.template;
    log.#line = data.line;
    log.#column = data.column;
    log.#firstLine = data.firstLine;
    log.#value = data.value;
    log.#values = data.values;
    for (let index = 0; index < data.size; index++) log.#counts[data.templates[data.template[index]!]!.base.severity as Severity]++;
    return log;
  }

  /** Plain data for postMessage (the typed arrays can be transferred). */
  toData(): IssueLogData {
    const size = this.#size;
    return {
      size,
      templates: this.#templates,
      template: this.#template.slice(0, size),
      line: this.#line.slice(0, size),
      column: this.#column.slice(0, size),
      firstLine: this.#firstLine.slice(0, size),
      value: this.#value.slice(0, size),
      values: this.#values,
    };
  }

  get length(): number {
    return this.#size;
  }

  count(severity: Severity): number {
    return this.#counts[severity];
  }

  push(...issues: Issue[]): number {
    for (const issue of issues) this.#add(issue);
    return this.#size;
  }

  #add(issue: Issue): void {
    const fields = issue as unknown as Record<string, unknown>;
    let key = '';
    for (const name in fields) {
      const value = fields[name];
      if (value === undefined) continue;
      key += SLOTS.has(name) ? `${name}\u0001` : `${name}\u0002${typeof value === 'object' ? JSON.stringify(value) : String(value)}\u0001`;
    }
    let template = this.#templateIds.get(key);
    if (template === undefined) {
      const keys: string[] = [];
      const base: Record<string, unknown> = {};
      for (const name in fields) {
        const value = fields[name];
        if (value === undefined) continue;
        keys.push(name);
        if (!SLOTS.has(name)) base[name] = value;
      }
      template = this.#templateOf(keys, base, key);
    }
    if (this.#size === this.#template.length) this.#grow();
    const at = this.#size++;
    this.#template[at] = template;
    this.#line[at] = issue.line ?? 0;
    this.#column[at] = issue.column ?? 0;
    this.#firstLine[at] = issue.firstLine ?? 0;
    this.#value[at] = issue.value === undefined ? -1 : this.#valueId(issue.value);
    this.#counts[issue.severity]++;
    this.#order = undefined;
  }

  #templateOf(keys: readonly string[], base: Record<string, unknown>, key?: string): number {
    const id = this.#templates.length;
    this.#templates.push({ keys, base });
    this.#templateIds.set(key ?? keys.map((name) => (SLOTS.has(name) ? `${name}\u0001` : `${name}\u0002${typeof base[name] === 'object' ? JSON.stringify(base[name]) : String(base[name])}\u0001`)).join(''), id);
    return id;
  }

  #valueId(value: string): number {
    let id = this.#valueIds.get(value);
    if (id === undefined) {
      id = this.#values.length;
      this.#values.push(value);
      if (this.#valueIds.size < MAX_SHARED_VALUES) this.#valueIds.set(value, id);
    }
    return id;
  }

  #grow(): void {
    const grow = (array: Int32Array) => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    this.#template = grow(this.#template);
    this.#line = grow(this.#line);
    this.#column = grow(this.#column);
    this.#firstLine = grow(this.#firstLine);
    this.#value = grow(this.#value);
  }

  /** The issue pushed at `index`, rebuilt (a new object at each call). */
  at(index: number): Issue | undefined {
    if (index < 0) index += this.#size;
    if (index < 0 || index >= this.#size) return undefined;
    const { keys, base } = this.#templates[this.#template[index]!]!;
    const issue: Record<string, unknown> = {};
    for (const name of keys) {
      if (name === 'line') issue.line = this.#line[index];
      else if (name === 'column') issue.column = this.#column[index];
      else if (name === 'firstLine') issue.firstLine = this.#firstLine[index];
      else if (name === 'value') issue.value = this.#values[this.#value[index]!];
      else issue[name] = base[name];
    }
    return issue as unknown as Issue;
  }

  *[Symbol.iterator](): Iterator<Issue> {
    for (let index = 0; index < this.#size; index++) yield this.at(index)!;
  }

  /** The issues in display order: by file, then line, then column; stable. */
  *sorted(): Generator<Issue> {
    const order = (this.#order ??= this.#sortOrder());
    for (const index of order) yield this.at(index)!;
  }

  #sortOrder(): Uint32Array {
    // Files ranked once: localeCompare on each of a million comparisons would take seconds.
    const files = [...new Set(this.#templates.map((template) => template.base.file as string))].sort((a, b) => a.localeCompare(b));
    const rankOfFile = new Map(files.map((file, index) => [file, index]));
    const rank = Int32Array.from(this.#templates, (template) => rankOfFile.get(template.base.file as string)!);
    const template = this.#template;
    const line = this.#line;
    const column = this.#column;
    const order = new Uint32Array(this.#size);
    for (let index = 0; index < order.length; index++) order[index] = index;
    return order.sort((a, b) => rank[template[a]!]! - rank[template[b]!]! || line[a]! - line[b]! || column[a]! - column[b]! || a - b);
  }

  /**
   * Each issue as `JSON.stringify` writes it, `"message"` appended, in display order. Built
   * from its template's JSON pieces; the message is computed once per template and value
   * when it does not depend on the line, column or first line (a probe tells), so a million
   * issues of a thousand kinds cost a thousand messages.
   */
  *sortedJson(message: (issue: Issue) => string): Generator<string> {
    const compiled = new Map<number, { pieces: string[]; memo: Map<number, string> | undefined }>();
    for (const index of (this.#order ??= this.#sortOrder())) {
      const id = this.#template[index]!;
      let plan = compiled.get(id);
      if (plan === undefined) compiled.set(id, (plan = this.#jsonPlan(id, index, message)));
      let json = '';
      for (const piece of plan.pieces) json += piece.charCodeAt(0) === 0 ? this.#slotJson(piece.slice(1) as Slot, index) : piece;
      const valueId = this.#value[index]!;
      let said = plan.memo?.get(valueId);
      if (said === undefined) {
        said = JSON.stringify(message(this.at(index)!));
        if (plan.memo !== undefined && plan.memo.size < 10_000) plan.memo.set(valueId, said);
      }
      yield `${json},"message":${said}}`;
    }
  }

  #slotJson(slot: Slot, index: number): string {
    if (slot === 'line') return String(this.#line[index]);
    if (slot === 'column') return String(this.#column[index]);
    if (slot === 'firstLine') return String(this.#firstLine[index]);
    return JSON.stringify(this.#values[this.#value[index]!]);
  }

  /** A template's JSON as constant text and slots (a slot is its name after a NUL character). */
  #jsonPlan(id: number, index: number, message: (issue: Issue) => string) {
    const { keys, base } = this.#templates[id]!;
    const pieces: string[] = [];
    let text = '{';
    keys.forEach((name, at) => {
      text += `${at === 0 ? '' : ','}${JSON.stringify(name)}:`;
      if (SLOTS.has(name)) {
        pieces.push(text, `\u0000${name}`);
        text = '';
      } else text += JSON.stringify(base[name]);
    });
    if (text !== '') pieces.push(text);
    const issue = this.at(index)! as unknown as Record<string, unknown>;
    const probe = { ...issue };
    for (const name of ['line', 'column', 'firstLine']) if (typeof probe[name] === 'number') probe[name] = (probe[name] as number) + 1;
    const memo = message(issue as unknown as Issue) === message(probe as unknown as Issue) ? new Map<number, string>() : undefined;
    return { pieces, memo };
  }

  some(predicate: (issue: Issue) => boolean): boolean {
    for (const issue of this) if (predicate(issue)) return true;
    return false;
  }

  filter(predicate: (issue: Issue) => boolean): Issue[] {
    const kept: Issue[] = [];
    for (const issue of this) if (predicate(issue)) kept.push(issue);
    return kept;
  }
}
