import { IdTable, type IdTableData } from './id-table.js';
import { issuesSince, type IssueCode, type IssueSink } from '../contract/issues.js';
import { isExcelScientific, ownText } from '../contract/normalize.js';

/** Issues that make a whole file unreadable (rather than some of its rows). */
export const UNREADABLE: ReadonlySet<IssueCode> = new Set([
  'file.missing',
  'file.empty',
  'file.encoding',
  'file.unreadable',
  'csv.malformed',
  'csv.multiline_cell',
  'header.missing_column',
  'header.duplicate_column',
]);

/** What a worker thread needs to resolve ids like the References it was taken from. */
export interface ReferencesData {
  target: string;
  known: IdTableData;
  invalid: string[];
  usable: boolean;
}

/**
 * The ids a file's rows may refer to (jeunes.csv's, actions.csv's). An unknown id is an
 * error with its position, without echoing the id (personal data). Ids of rows that failed
 * validation, and every id when the referenced file itself was unreadable, are not reported
 * again: one mistake gives one message, not one per reference.
 */

export class References {
  private known: IdTable;
  private readonly invalid = new Set<string>();
  private usable = true;

  constructor(
    /** The referenced file, for the message: `un identifiant présent dans …`. */
    readonly target: string,
    /** Ids expected, to size the table once (a guess is fine). */
    expected = 0,
  ) {
    this.known = new IdTable(expected);
  }

  /** For a worker thread: the ids in shared memory, the invalid ids, whether the file was readable. */
  share(): ReferencesData {
    return { target: this.target, known: this.known.share(), invalid: [...this.invalid], usable: this.usable };
  }

  static from(data: ReferencesData): References {
    const references = new References(data.target);
    references.known = IdTable.from(data.known);
    for (const id of data.invalid) references.invalid.add(id);
    references.usable = data.usable;
    return references;
  }

  /** Ids known. */
  get size(): number {
    return this.known.size;
  }

  add(id: string, value: number): void {
    this.known.set(id, value);
  }

  /** Adds a new id; false (and nothing changes) when it is already known. */
  addNew(id: string, value: number): boolean {
    return this.known.insert(id, value);
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  /** The id's value when known, else undefined (no issue: `resolve` says why). */
  get(id: string): number | undefined {
    return this.known.get(id);
  }

  /** `get(text.slice(start, end))`, without building the id's string. */
  getSpan(text: string, start: number, end: number): number | undefined {
    return this.known.getSpan(text, start, end);
  }

  addInvalid(id: string | undefined): void {
    if (id) this.invalid.add(ownText(id));
  }

  /** Marks the referenced file unreadable when one of `issues` says so. */
  checkReadable(issues: IssueSink, file: string): void {
    for (const issue of issuesSince(issues)) {
      if (issue.file === file && UNREADABLE.has(issue.code)) this.usable = false;
    }
  }

  resolve(id: string, at: { file: string; line: number; column: number | undefined; field: string }, issues: IssueSink, echo = false): number | undefined {
    const found = this.known.get(id);
    if (found === undefined && this.usable && !this.invalid.has(id)) {
      issues.push({
        code: 'cell.unknown_reference',
        severity: 'error',
        file: at.file,
        line: at.line,
        ...(at.column === undefined ? {} : { column: at.column }),
        field: at.field,
        ...(echo ? { value: id } : {}),
        ...(isExcelScientific(id) ? { excelNumber: true } : {}),
        expectation: { kind: 'idIn', file: this.target },
      });
    }
    return found;
  }
}
