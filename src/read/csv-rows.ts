import { createRequire } from 'node:module';
import type * as CsvParse from 'csv-parse';
import { decodeFile, DecodeError } from './decode.js';
import { DELIMITERS, detectDelimiter, matchHeader, type CsvHeader } from './csv-header.js';
import { normalizeLabel } from '../contract/normalize.js';
import type { ColumnSpec } from '../contract/schemas.js';
import { hasErrors, isFileSystemError, issuesSince, type Issue, type IssueSink } from '../contract/issues.js';
import { fastPaths } from './fast-paths.js';

/** A free-text cell longer than this many lines is a quote left open, not a comment. */
export const MAX_CELL_LINES = 50;

// csv-parse (its CommonJS build) is loaded, synchronously, for the first file that needs it (a
// line with a quote, an unusual delimiter): files without quotes do not pay the ~15 ms of loading it.
const requireCjs = createRequire(import.meta.url);
let csvParse: typeof CsvParse | undefined;
const loadCsvParse = () => (csvParse ??= requireCjs('csv-parse') as typeof CsvParse);

/** What to read and where its rows and findings go. */
export interface CsvReadOptions {
  /** The file on disk. */
  path: string;
  /** The file as messages name it (`2024/imilo/jeunes.csv`). */
  file: string;
  /** The contract's columns, matched against the header line. */
  columns: Readonly<Record<string, ColumnSpec>>;
  /** Header, syntax and row-level problems, pushed in file order, between the rows. */
  issues: IssueSink;
  /** Each data row: its cells as read (not trimmed; the header's `columns` say which is which) and its 1-based line. */
  onRow: (record: readonly string[], line: number) => void;
  /** The header, once read; when it has errors no row is read (nothing sensible to validate). */
  onHeader?: (header: CsvHeader) => void;
  /** The file's SHA-256, once it has been read to the end. */
  onDone?: (sha256: string) => void;
  /**
   * A data line without quotes, `text[start, end)`, offered before it is cut into cells:
   * true when the callee has taken it as the valid row it is (exactly as many cells as the
   * header, a first cell that is neither blank nor a total), false to have it cut and handed
   * to `onRow` as usual. Not called for lines csv-parse reads.
   */
  onLine?: (text: string, start: number, end: number, line: number) => boolean;
}

/** Delimiters the line splitter handles; anything else (a `sep=` line may say anything) goes through csv-parse. */
const FAST_DELIMITERS: ReadonlySet<string> = new Set(DELIMITERS);

/** The cells of `text[start, end)`, a line without quotes: what csv-parse reads there. */
export function splitLine(text: string, start: number, end: number, delimiter: string): string[] {
  const cells: string[] = [];
  let from = start;
  for (let at = text.indexOf(delimiter, from); at !== -1 && at < end; at = text.indexOf(delimiter, from)) {
    cells.push(text.slice(from, at));
    from = at + 1;
  }
  cells.push(text.slice(from, end));
  return cells;
}

/**
 * Reads the file's data rows and hands each to `onRow`; resolves once the file is read (or
 * given up on). Detects encoding and delimiter, skips an Excel `sep=` line, matches headers
 * the contract's way (case, accents, `_`/`-`/space) and reports every header or syntax
 * problem as an Issue instead of throwing. Nothing here grows with the file.
 *
 * Two ways to cut records, one result. Lines without a double quote are split on the
 * delimiter right here: csv-parse (delimiter, relax_column_count, skip_empty_lines: false)
 * reads such a line as exactly those cells, an empty line as one empty cell, and a last line
 * without a newline like the others. From the first line holding a quote on, the rest of
 * the file goes to csv-parse, which owns quoting, cells spanning lines and syntax errors;
 * starting it at a record boundary is like having it read the file from the start, save
 * for its line count, which is offset. `fastPaths.lines = false` sends the whole file
 * through csv-parse (the reference the equivalence tests compare with).
 */
export async function readCsvRecords(options: CsvReadOptions): Promise<void> {
  const { path: filePath, file, columns, issues, onRow, onHeader, onDone, onLine } = options;
  const decoded = decodeFile(filePath);
  const source = decoded.chunks[Symbol.asyncIterator]();

  // Buffer text until the header line (and a possible `sep=` line) is complete.
  let buffered = '';
  let done = false;
  while (!done && buffered.indexOf('\n', buffered.indexOf('\n') + 1) === -1) {
    let next;
    try {
      next = await source.next();
    } catch (error) {
      if (error instanceof DecodeError) {
        issues.push({ code: 'file.encoding', severity: 'error', file, ...(error.utf16 ? { encoding: 'utf-16' as const } : {}) });
        return;
      }
      if (isFileSystemError(error)) {
        issues.push({ code: 'file.unreadable', severity: 'error', file, errno: error.code });
        return;
      }
      throw error;
    }
    if (next.done) done = true;
    else buffered += next.value;
  }
  if (buffered.startsWith('\ufeff')) buffered = buffered.slice(1);

  let lineOffset = 0;
  let delimiter: string | undefined;
  const sepLine = /^sep=(.)(?:\n|$)/i.exec(buffered);
  if (sepLine) {
    delimiter = sepLine[1]!;
    buffered = buffered.slice(sepLine[0].length);
    lineOffset = 1;
  }
  // Leading blank lines are skipped by the parser; count them for the header position.
  let firstLine = '';
  for (let start = 0; start < buffered.length; ) {
    const newline = buffered.indexOf('\n', start);
    const end = newline === -1 ? buffered.length : newline;
    const line = buffered.slice(start, end);
    if (line.trim() !== '') {
      firstLine = line;
      break;
    }
    start = end + 1;
  }
  if (firstLine === '') {
    issues.push({ code: 'file.empty', severity: 'error', file });
    return;
  }
  delimiter ??= detectDelimiter(firstLine);
  const sep = delimiter;

  let header: Map<string, number> | undefined;
  /** 1-based columns that may hold text on several lines (ColumnSpec.multiline). */
  let multilineColumns = new Set<number>();
  let headerFailed = false;
  let lastColumn = 0;
  /** The last column the contract knows (the header may end with empty cells). */
  let lastKnownColumn = 0;
  /** Physical lines read so far (the `sep=` line included). */
  let linesRead = lineOffset;

  /** Everything a record goes through, whichever way it was cut. False once the header failed. */
  const record = (cells: string[], line: number): boolean => {
    let firstCell: string | undefined;
    for (const cell of cells) {
      if (cell.trim() !== '') {
        firstCell = cell;
        break;
      }
    }
    if (firstCell === undefined) return true; // blank lines, rows of empty cells (Excel)
    if (header === undefined) {
      const before = issues.length;
      header = matchHeader(cells, columns, file, line, issues);
      multilineColumns = new Set([...header].filter(([field]) => columns[field]!.multiline).map(([, column]) => column));
      lastColumn = cells.length;
      lastKnownColumn = Math.max(0, ...header.values());
      headerFailed = hasErrors(issuesSince(issues, before));
      onHeader?.({ columns: header, delimiter: sep, encoding: decoded.encoding(), width: lastColumn });
      return !headerFailed;
    }
    if (cells.length < lastKnownColumn) {
      // A delimiter missing (or one too many, see below): every value after it sits in the
      // wrong column; validate-file quotes none of them.
      issues.push({ code: 'row.column_count', severity: 'warning', file, line, count: cells.length, width: lastColumn });
    } else if (cells.length > lastColumn && cells.slice(lastColumn).some((cell) => cell.trim() !== '')) {
      issues.push({ code: 'row.column_count', severity: 'warning', file, line, column: lastColumn + 1, count: cells.length, width: lastColumn });
    }
    // The cheap tests first: this runs on every row. A total row starts with a space (\s: all
    // at or below U+0020 or from U+00A0) or a t.
    const first = firstCell.charCodeAt(0);
    if ((first === 0x74 || first === 0x54 || first <= 0x20 || first >= 0xa0) && /^\s*t/i.test(firstCell) && /^total\b/i.test(normalizeLabel(firstCell))) {
      // Excel users add a total row at the bottom: ignore it rather than fail on it.
      issues.push({ code: 'row.total_skipped', severity: 'warning', file, line });
      return true;
    }
    onRow(cells, line);
    return true;
  };

  // ---- csv-parse, for the whole file or from the first line holding a quote on
  /**
   * csv-parse driven by hand: each record comes back through `on_record`, synchronously and
   * in order, while its text is written; a syntax error stops the parser where it is found,
   * after every record before it has been handed on (whatever the text's blocks).
   */
  let csv: { parser: ReturnType<typeof CsvParse.parse>; base: number; stopped: boolean } | undefined;
  let lastLine = linesRead;
  const startCsvParse = () => {
    // csv-parse counts lines from where it starts.
    const base = linesRead;
    let nextLine = linesRead + 1;
    const state = {
      base,
      stopped: false,
      parser: loadCsvParse().parse({
        delimiter: sep,
        relax_column_count: true,
        skip_empty_lines: false,
        bom: false,
        // Blank lines come through as records (skipped by `record`) so that line numbers can
        // be counted here.
        on_record: (cells: string[]) => {
          if (state.stopped) return null;
          // A record starts where the previous one ended; quoted cells may span lines.
          const line = nextLine;
          let swallowed: Issue | undefined;
          for (let index = 0; index < cells.length; index++) {
            const cell = cells[index]!;
            if (cell.length === 0) continue;
            const opened = nextLine;
            for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) nextLine++;
            const spanned = nextLine - opened + 1;
            if (
              swallowed === undefined &&
              spanned > 1 &&
              header !== undefined &&
              (!multilineColumns.has(index + 1) || spanned > MAX_CELL_LINES || holdsRecord(cell, index, cells[0]!, sep))
            ) {
              swallowed = { code: 'csv.multiline_cell', severity: 'error', file, line: opened, column: index + 1, count: spanned };
              const field = [...header].find(([, column]) => column === index + 1)?.[0];
              if (field !== undefined) swallowed.field = columns[field]!.header;
            }
          }
          nextLine++;
          lastLine = nextLine - 1;
          // The rows inside the quotes would be lost in silence; the record itself is nonsense
          // (and quoting it could show another row's personal data): only the error is kept.
          if (swallowed !== undefined) issues.push(swallowed);
          else if (!record(cells, line)) state.stopped = true;
          return null; // handed on here: nothing is queued in the stream
        },
      }),
    };
    state.parser.on('error', () => {}); // read synchronously from `errored`
    csv = state;
    return state;
  };
  /** After a write or the end: true to go on; false once stopped, with the syntax error reported. */
  const csvParseOk = (state: NonNullable<typeof csv>): boolean => {
    const error = state.parser.errored;
    if (error === null && !state.stopped) return true;
    state.parser.destroy();
    // Once stopped (the header failed), the rest of the file is not read: no error there.
    if (error === null || state.stopped) return false;
    if (!(error instanceof loadCsvParse().CsvError)) throw error;
    // An unclosed quote runs to the end of the file: it opened on the record after the last
    // one read. Other syntax errors are where the parser stopped.
    const lines = (error as CsvParse.CsvError & { lines?: number }).lines;
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : lines === undefined ? undefined : lines + state.base;
    issues.push({ code: 'csv.malformed', severity: 'error', file, ...(line === undefined ? {} : { line }), csvError: csvErrorKind(error.code) });
    return false;
  };
  const csvParseEnd = async (state: NonNullable<typeof csv>): Promise<boolean> => {
    await new Promise<void>((resolve) => {
      state.parser.once('finish', resolve);
      state.parser.once('error', () => resolve());
      state.parser.end();
    });
    return csvParseOk(state);
  };

  // ---- line splitter, while no line holds a quote
  let viaCsvParse = !(fastPaths.lines && FAST_DELIMITERS.has(sep));
  /** Splits the complete lines of `text` (and its last line when `final`); returns what is left. */
  const split = (text: string, final: boolean): string | false => {
    let start = 0;
    const quote = text.indexOf('"');
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end === -1) {
        if (!final || start === text.length) break;
        end = text.length; // the last line, without a newline
      }
      if (quote !== -1 && quote < end) {
        viaCsvParse = true;
        break;
      }
      linesRead++;
      lastLine = linesRead;
      // The header is read and valid once `header` is set (a failed one stops the reading).
      if (!(onLine !== undefined && header !== undefined && onLine(text, start, end, linesRead)) && !record(splitLine(text, start, end, sep), linesRead)) return false;
      start = end + 1;
      if (start >= text.length) return '';
    }
    return start === 0 ? text : text.slice(start);
  };

  /** Text not read yet: a line cut by the end of a block, or what csv-parse is to start with. */
  let pending = buffered;
  try {
    for (;;) {
      if (!viaCsvParse) {
        const left = split(pending, done);
        if (left === false) return;
        pending = left;
      }
      if (viaCsvParse) {
        const state = csv ?? startCsvParse();
        if (pending !== '') state.parser.write(pending);
        pending = '';
        if (!csvParseOk(state)) return;
        if (done && !(await csvParseEnd(state))) return;
      }
      if (done) break;
      const next = await source.next();
      if (next.done) done = true;
      else pending += next.value;
    }
  } catch (error) {
    csv?.parser.destroy();
    if (error instanceof DecodeError) {
      issues.push({ code: 'file.encoding', severity: 'error', file, ...(error.utf16 ? { encoding: 'utf-16' as const } : {}) });
      return;
    }
    if (isFileSystemError(error)) {
      issues.push({ code: 'file.unreadable', severity: 'error', file, errno: error.code });
      return;
    }
    throw error;
  }
  if (header === undefined) issues.push({ code: 'file.empty', severity: 'error', file });
  onDone?.(decoded.sha256());
}

/** `J24-00002` -> `a9-9`: runs of letters and of digits, other characters as they are. */
function shape(text: string): string {
  return text.trim().replace(/\p{L}+/gu, 'a').replace(/\d+/g, '9');
}

/**
 * Whether a multi-line cell (in column `index`, 0-based) holds, after one of its line breaks,
 * the start of another record of the file: a line with at least the delimiters that come
 * before this column in a record, whose first cell is shaped like this record's first cell
 * (an id like `J24-00002`). Free text does not look like that; a quote left open over a few
 * lines does, and would swallow those records in silence.
 */
function holdsRecord(cell: string, index: number, firstCell: string, delimiter: string): boolean {
  if (index === 0 || firstCell.trim() === '') return false;
  const wanted = shape(firstCell);
  for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) {
    const end = cell.indexOf('\n', at + 1);
    const line = cell.slice(at + 1, end === -1 ? cell.length : end);
    const cut = line.indexOf(delimiter);
    if (cut === -1 || shape(line.slice(0, cut)) !== wanted) continue;
    let delimiters = 0;
    for (let i = cut; i !== -1 && delimiters < index; i = line.indexOf(delimiter, i + 1)) delimiters++;
    if (delimiters >= index) return true;
  }
  return false;
}

function csvErrorKind(code: string): NonNullable<Issue['csvError']> {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'quote_not_closed';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'invalid_closing_quote';
  return 'other';
}
