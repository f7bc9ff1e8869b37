import type { CsvHeader } from '../read/csv-header.js';
import { CellFailure, type CellParse } from '../contract/cells.js';
import { fieldParser } from '../contract/compiled-row.js';
import { fixedWidthDayAt, type Day } from '../contract/dates.js';
import type { FileSchema } from '../contract/schemas.js';
import { IdTable } from './id-table.js';
import { plausibleActivityDay } from './quality.js';
import type { References } from './references.js';

/**
 * The activity files' lines read in place. événements and propositions are nine rows in ten
 * of a year folder, and nearly every one is the same shape: a known id, a dd/mm/yyyy date
 * within the plausible window, one or two closed values spelt as the contract spells them.
 * Such a line is read from its text as it stands: the cells' bounds are found with indexOf,
 * the id is looked up from its characters (IdTable.getSpan), the date read from its digits,
 * the closed values from their exact spelling; no string, array or record is built for it.
 * Any other line (an unknown or blank id, another date spelling, a date out of the window, a
 * spelling the table does not hold, a space around a cell, a missing or extra cell, a first
 * cell that is blank or could be a total) is declined and goes the ordinary way, which reports
 * its issues; so a line read here is one the ordinary way reads with no issue, to the same
 * values. The closed values come from the schema's own parser, applied to each spelling once.
 */

/** Exact spellings of a closed column, each mapped once by the schema's parser to its value. */
class Spellings {
  private readonly table = new IdTable();
  private readonly values: unknown[] = [];

  constructor(parse: CellParse<unknown>, spellings: readonly string[]) {
    // An empty cell may have a value too (événements' Statut: Réalisé).
    for (const text of ['', ...spellings]) {
      const value = parse(text);
      if (value instanceof CellFailure || value === undefined) continue;
      this.table.set(text, this.values.length);
      this.values.push(value);
    }
  }

  /** The value of `text[start, end)`, or undefined when it is not one of the spellings. */
  at(text: string, start: number, end: number): unknown {
    const index = this.table.getSpan(text, start, end);
    return index === undefined ? undefined : this.values[index];
  }
}

/** A closed column the sink gets, and the spellings read in place. */
export interface ClosedColumn {
  field: string;
  spellings: readonly string[];
}

/** Printable ASCII: a character that is neither blank nor trimmed away. */
function plain(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

const ID = 1;
const DATE = 2;
const FIRST = 3;
const SECOND = 4;

/**
 * A line reader (validate-file.ts's LineReader, the line number unused) for an activity file with this header, or undefined when its columns are not
 * the expected ones (the ordinary way reads it then). `closed`: one or two closed columns;
 * `free`: columns whose every text is valid (free text, not handed on); any column of the
 * schema outside id, date, `closed` and `free` makes it undefined. `hand` gets each line read.
 */
export function activityLineReader(
  schema: FileSchema,
  header: CsvHeader,
  year: number,
  youngPersonIds: References,
  closed: readonly [ClosedColumn] | readonly [ClosedColumn, ClosedColumn],
  free: readonly string[],
  hand: (date: Day, youngPerson: number, first: unknown, second: unknown) => void,
): ((text: string, start: number, end: number) => boolean) | undefined {
  const { columns, width } = header;
  if (header.delimiter.length !== 1) return undefined;
  const delimiter = header.delimiter;
  const delimiterCode = delimiter.charCodeAt(0);
  const known = new Set(['id', 'date', ...closed.map((column) => column.field), ...free]);
  for (const field of columns.keys()) if (!known.has(field)) return undefined;
  const idColumn = columns.get('id');
  const dateColumn = columns.get('date');
  if (idColumn === undefined || dateColumn === undefined) return undefined;
  /** Per 0-based cell: what it holds (0: nothing handed on). */
  const roles = new Uint8Array(width);
  roles[idColumn - 1] = ID;
  roles[dateColumn - 1] = DATE;
  const spellings: Spellings[] = [];
  /** A closed column missing from the header reads the same on every row (parse(undefined)). */
  const constants: unknown[] = [undefined, undefined];
  for (const [index, column] of closed.entries()) {
    const parse = fieldParser(schema.row, column.field);
    if (parse === undefined) return undefined;
    spellings.push(new Spellings(parse, column.spellings));
    const at = columns.get(column.field);
    if (at !== undefined) roles[at - 1] = index === 0 ? FIRST : SECOND;
    else {
      const constant = parse(undefined);
      if (constant instanceof CellFailure) return undefined;
      constants[index] = constant;
    }
  }
  const [firstSpellings, secondSpellings] = spellings;

  return (text, start, end) => {
    // The first cell decides blank rows and total rows: not empty, printable, not a t.
    const lead = text.charCodeAt(start);
    if (!plain(lead) || lead === delimiterCode || lead === 0x74 || lead === 0x54) return false;
    let youngPerson: number | undefined;
    let date: Day | undefined;
    let first = constants[0];
    let second = constants[1];
    let cell = 0;
    for (let from = start; ; cell++) {
      if (cell === width) return false; // more cells than the header
      let to = text.indexOf(delimiter, from);
      if (to === -1 || to > end) to = end;
      switch (roles[cell]) {
        case ID:
          if (to === from || !plain(text.charCodeAt(from)) || !plain(text.charCodeAt(to - 1))) return false;
          youngPerson = youngPersonIds.getSpan(text, from, to);
          if (youngPerson === undefined) return false;
          break;
        case DATE:
          if (to - from !== 10) return false;
          date = fixedWidthDayAt(text, from);
          if (date === undefined || !plausibleActivityDay(date, year)) return false;
          break;
        case FIRST:
          first = firstSpellings!.at(text, from, to);
          if (first === undefined) return false;
          break;
        case SECOND:
          second = secondSpellings!.at(text, from, to);
          if (second === undefined) return false;
          break;
      }
      if (to === end) break;
      from = to + 1;
    }
    if (cell + 1 !== width || youngPerson === undefined || date === undefined) return false;
    hand(date, youngPerson, first, second);
    return true;
  };
}
