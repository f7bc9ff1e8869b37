import type { Encoding } from './decode.js';
import { headerKey } from '../contract/normalize.js';
import type { ColumnSpec } from '../contract/schemas.js';
import type { Issue, IssueSink } from '../contract/issues.js';

/** What the first line of a CSV file says: its delimiter, and which column holds which field. */
export interface CsvHeader {
  /** field key -> 1-based column number in the file. */
  columns: Map<string, number>;
  delimiter: string;
  encoding: Encoding;
  /** Cells in the header row (trailing empty ones included). */
  width: number;
}

export const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter a header line uses most (`;` when it holds none). */
export function detectDelimiter(headerLine: string): string {
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

/** Maps header cells to field keys; reports missing, duplicate and unknown columns. */
export function matchHeader(
  cells: readonly string[],
  columns: Readonly<Record<string, ColumnSpec>>,
  file: string,
  line: number,
  issues: IssueSink,
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
