import type { z } from 'zod';
import { CellFailure, NOT_SURE, type CellParse } from '../contract/cells.js';
import { NO_VALID_ROW, rowPlanFor } from '../contract/compiled-row.js';
import type { CsvHeader } from '../read/csv-header.js';
import { IdTable } from './id-table.js';

/**
 * The registers' lines read in place (jeunes, situations, dispositifs, aides, actions,
 * participations: a few million rows at a network's size). A line is not cut into cell
 * strings: the cells' bounds are found with indexOf, dates and plain amounts are read from
 * their characters (the cells' span readers, contract/cells.ts), and every other cell's
 * value is looked up by its exact text in what the column has already read (a column repeats
 * a few values: Type, Commune, Décision, Domaine…), else cut out and read by the schema's
 * own parse function. The record is then built and checked by the schema's own cross-column
 * checks and final step, as the compiled row does. A line the ordinary way would report
 * anything on (a cell that does not read, a failed check, a missing or extra cell, a first
 * cell that is blank or could be a total) is declined and goes the ordinary way; so a line
 * read here is one the ordinary way reads with no issue, to the same record.
 */

const FAILED: unique symbol = Symbol('failed');
const UNREAD: unique symbol = Symbol('unread');

/** A column's values learnt by exact text: at most this many texts. */
const MEMO_SIZE = 4096;

/** A column's cell texts already read (exact, untrimmed) and their values. */
class Memo {
  private readonly table = new IdTable();
  private readonly values: unknown[] = [];
  /** Texts read but not kept (the memo is full, or the value is a new object each time). */
  private misses = 0;

  constructor(private readonly parse: CellParse<unknown>) {}

  /** The value of an empty cell, once read (optional columns are often empty). */
  private empty: unknown = UNREAD;

  /** The value of `text[start, end)`, or FAILED when it does not read. */
  read(text: string, start: number, end: number): unknown {
    if (start === end) {
      if (this.empty === UNREAD) this.empty = this.parse('');
      return this.empty instanceof CellFailure ? FAILED : this.empty;
    }
    // A column of distinct texts (an id) stops looking up once the memo has missed enough.
    if (this.misses < MEMO_SIZE) {
      const index = this.table.getSpan(text, start, end);
      if (index !== undefined) return this.values[index];
    }
    const cell = text.slice(start, end);
    const value = this.parse(cell.trim());
    if (value instanceof CellFailure) return FAILED;
    // A value kept is handed to every row with that text: only a value that the parser gives
    // each time (a string, a number, a shared object) is kept.
    if (this.misses < MEMO_SIZE && this.values.length < MEMO_SIZE && (typeof value !== 'object' || value === null || value === this.parse(cell.trim()))) {
      this.table.set(cell, this.values.length);
      this.values.push(value);
    } else this.misses++;
    return value;
  }
}


/** Printable ASCII: a character that is neither blank nor trimmed away. */
function plain(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/**
 * A line of the file read in place: `text[start, end)`, its cell k at
 * `text[bounds[2k], bounds[2k + 1])`. Valid during the call it is handed to only (the bounds
 * are reused, the text is a block of the file).
 */
export interface LineSpans {
  text: string;
  start: number;
  end: number;
  bounds: Int32Array;
}

/**
 * A reader of the file's lines for this header: the record of a line (exactly as the
 * compiled row would read its cells) handed to `hand` with the line's spans, true; or false
 * (nothing handed) to have the line split and validated as usual. Undefined when the schema
 * has no compiled plan or no row can be valid.
 */
export function registerLineReader<S extends z.ZodType>(
  schema: S,
  header: CsvHeader,
  hand: (record: z.output<S>, spans: LineSpans, line: number) => void,
): ((text: string, start: number, end: number, line: number) => boolean) | undefined {
  const { columns, width } = header;
  if (header.delimiter.length !== 1) return undefined;
  const plan = rowPlanFor(schema, columns);
  if (plan === undefined || plan === NO_VALID_ROW) return undefined;
  const { columnOf, parseOf, spanOf, constantOf, make, checks, finish } = plan;
  const delimiter = header.delimiter;
  const delimiterCode = delimiter.charCodeAt(0);
  const count = columnOf.length;
  const memos = parseOf.map((parse, slot) => (columnOf[slot]! < 0 ? undefined : new Memo(parse)));
  const values: unknown[] = new Array<unknown>(count);
  const spans: LineSpans = { text: '', start: 0, end: 0, bounds: new Int32Array(width * 2) };
  const { bounds } = spans;
  let failed = false;
  const ctx = {
    addIssue: () => {
      failed = true;
    },
  } as unknown as z.RefinementCtx<never>;

  return (text, start, end, line) => {
    // The first cell decides blank rows and total rows: not empty, printable, not a t.
    const lead = text.charCodeAt(start);
    if (!plain(lead) || lead === delimiterCode || lead === 0x74 || lead === 0x54) return false;
    let cells = 0;
    for (let from = start; ; ) {
      if (cells === width) return false; // more cells than the header
      let to = text.indexOf(delimiter, from);
      if (to === -1 || to > end) to = end;
      bounds[cells * 2] = from;
      bounds[cells * 2 + 1] = to;
      cells++;
      if (to === end) break;
      from = to + 1;
    }
    if (cells !== width) return false;
    for (let slot = 0; slot < count; slot++) {
      const column = columnOf[slot]!;
      if (column < 0) {
        values[slot] = constantOf[slot];
        continue;
      }
      const from = bounds[column * 2]!;
      const to = bounds[column * 2 + 1]!;
      const span = spanOf[slot];
      let value = span === undefined ? NOT_SURE : span(text, from, to);
      if (value === NOT_SURE) value = memos[slot]!.read(text, from, to);
      if (value === FAILED) return false;
      values[slot] = value;
    }
    const row = make(values);
    if (checks.length > 0) {
      failed = false;
      for (const check of checks) check(row as never, ctx);
      if (failed) return false;
    }
    spans.text = text;
    spans.start = start;
    spans.end = end;
    hand((finish ? finish(row as never) : row) as z.output<S>, spans, line);
    return true;
  };
}
