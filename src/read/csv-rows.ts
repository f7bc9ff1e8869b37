import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { decodeFile, DecodeError, type Encoding } from './decode.js';
import { normalizeLabel } from '../validate/normalize.js';
import type { ColumnSpec } from '../validate/schemas.js';
import type { Issue } from '../validate/issues.js';

/**
 * Streams the data rows of one CSV file as cell texts keyed by the schema's field names.
 * Detects encoding and delimiter, skips an Excel `sep=` line, matches headers the contract's
 * way (case, accents, `_`/`-`/space) and reports every header or syntax problem as an Issue
 * instead of throwing. Rows are yielded one at a time: nothing here grows with the file.
 */
export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  cells: Record<string, string | undefined>;
}

export interface CsvHeader {
  /** field key -> 1-based column number in the file. */
  columns: Map<string, number>;
  delimiter: string;
  encoding: Encoding;
}

const DELIMITERS = [';', ',', '\t'] as const;

function detectDelimiter(headerLine: string): string {
  let best: string = ';';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function headerKey(label: string): string {
  return normalizeLabel(label).replace(/[\s']/g, '');
}

/** Maps header cells to field keys; reports missing, duplicate and unknown columns. */
export function matchHeader(
  cells: readonly string[],
  columns: Readonly<Record<string, ColumnSpec>>,
  file: string,
  line: number,
  issues: Issue[],
): Map<string, number> {
  const byKey = new Map<string, string>();
  for (const [field, spec] of Object.entries(columns)) {
    byKey.set(headerKey(spec.header), field);
    for (const alias of spec.aliases ?? []) byKey.set(headerKey(alias), field);
  }
  const found = new Map<string, number>();
  const unknown: Issue[] = [];
  cells.forEach((cell, index) => {
    const label = cell.trim();
    if (label === '') return; // Excel's trailing empty columns
    const field = byKey.get(headerKey(label));
    if (field === undefined) {
      unknown.push({ code: 'header.unknown_column', severity: 'warning', file, line, column: index + 1, value: label });
    } else if (found.has(field)) {
      issues.push({ code: 'header.duplicate_column', severity: 'error', file, line, column: index + 1, field: columns[field]!.header });
    } else {
      found.set(field, index + 1);
    }
  });
  // With no known column at all, the first line is probably data (no header row): its cells
  // may be personal data and must not be echoed; the missing columns say what is wrong.
  if (found.size > 0) issues.push(...unknown);
  for (const [field, spec] of Object.entries(columns)) {
    if (spec.required && !found.has(field)) {
      issues.push({ code: 'header.missing_column', severity: 'error', file, line, field: spec.header });
    }
  }
  return found;
}

/**
 * Yields the file's rows. `onHeader` receives the column mapping; when the header has errors
 * the rows are not read (there would be nothing sensible to validate).
 */
export async function* readCsvRows(
  filePath: string,
  file: string,
  columns: Readonly<Record<string, ColumnSpec>>,
  issues: Issue[],
  onHeader?: (header: CsvHeader) => void,
  /** Called with the file's SHA-256 once it has been read to the end. */
  onDone?: (sha256: string) => void,
): AsyncGenerator<CsvRow> {
  const decoded = decodeFile(filePath);
  const source = decoded.chunks[Symbol.asyncIterator]();

  // Buffer text until the header line (and a possible `sep=` line) is complete.
  let buffered = '';
  let done = false;
  while (!done && (buffered.match(/\n/g)?.length ?? 0) < 2) {
    let next;
    try {
      next = await source.next();
    } catch (error) {
      if (error instanceof DecodeError) {
        issues.push({ code: 'file.encoding', severity: 'error', file });
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
  const firstLine = buffered.split('\n').find((line) => line.trim() !== '') ?? '';
  if (firstLine === '') {
    issues.push({ code: 'file.empty', severity: 'error', file });
    return;
  }
  delimiter ??= detectDelimiter(firstLine);

  async function* text(): AsyncGenerator<string> {
    yield buffered;
    if (done) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }

  const input = Readable.from(text());
  // Blank lines come through as records (skipped below) so that line numbers can be counted
  // here, which is much cheaper than csv-parse's per-record `info`.
  const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: false, bom: false });
  // pipe() does not forward errors: a decoding error in the input must end the parse.
  input.on('error', (error: Error) => parser.destroy(error));
  input.pipe(parser);

  let header: Map<string, number> | undefined;
  let lastColumn = 0;
  let lastLine = lineOffset;
  let nextLine = 1 + lineOffset;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // A record starts where the previous one ended; quoted cells may span lines.
      const line = nextLine;
      for (const cell of record) {
        if (cell.length === 0) continue;
        for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) nextLine++;
      }
      nextLine++;
      lastLine = nextLine - 1;
      if (record.every((cell) => cell.trim() === '')) continue; // blank lines, rows of empty cells (Excel)
      if (header === undefined) {
        const before = issues.length;
        header = matchHeader(record, columns, file, line, issues);
        lastColumn = record.length;
        const headerFailed = issues.slice(before).some((issue) => issue.severity === 'error');
        onHeader?.({ columns: header, delimiter, encoding: decoded.encoding() });
        if (headerFailed) return;
        continue;
      }
      if (record.length > lastColumn && record.slice(lastColumn).some((cell) => cell.trim() !== '')) {
        issues.push({ code: 'row.column_count', severity: 'warning', file, line, column: lastColumn + 1, expected: `au plus ${lastColumn} colonnes, comme l’en-tête` });
      }
      const firstCell = record.find((cell) => cell.trim() !== '') ?? '';
      // The cheap test first: this runs on every row.
      if (/^\s*t/i.test(firstCell) && /^total\b/i.test(normalizeLabel(firstCell))) {
        // Excel users add a total row at the bottom: ignore it rather than fail on it.
        issues.push({ code: 'row.total_skipped', severity: 'warning', file, line });
        continue;
      }
      const cells: Record<string, string | undefined> = {};
      for (const [field, column] of header) {
        const value = record[column - 1];
        cells[field] = value === undefined ? undefined : value.trim();
      }
      yield { line, cells };
    }
  } catch (error) {
    if (error instanceof DecodeError) {
      issues.push({ code: 'file.encoding', severity: 'error', file });
      return;
    }
    if (error instanceof CsvError) {
      // An unclosed quote runs to the end of the file: it opened on the record after the
      // last one read. Other syntax errors are where the parser stopped.
      const lines = (error as CsvError & { lines?: number }).lines;
      const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : lines === undefined ? undefined : lines + lineOffset;
      issues.push({
        code: 'csv.malformed',
        severity: 'error',
        file,
        ...(line === undefined ? {} : { line }),
        expected: csvErrorExpectation(error.code),
      });
      return;
    }
    throw error;
  }
  if (header === undefined) issues.push({ code: 'file.empty', severity: 'error', file });
  onDone?.(decoded.sha256());
}

function csvErrorExpectation(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'un guillemet fermant « " » avant la fin du fichier';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'un séparateur juste après un guillemet fermant (doublez les guillemets dans le texte : "")';
    default:
      return 'un fichier CSV bien formé';
  }
}
