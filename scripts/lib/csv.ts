import { check } from './check.js';

/** Quotes a cell when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A `;` CSV file with a header row and `\n` line ends, as the exports are written. Every row
 * must have one cell per column; with `distinct`, an exact duplicate row (a data-quality
 * warning of the tool) stops the generator.
 */
export function csv(header: readonly string[], rows: readonly (readonly string[])[], options: { distinct?: boolean } = {}): string {
  const lines = rows.map((r) => {
    check(r.length === header.length, `row of ${r.length} cells for ${header.length} columns: ${r.join(';')}`);
    return r.map(csvCell).join(';');
  });
  if (options.distinct) check(new Set(lines).size === lines.length, `duplicate row under ${header.join(';')}`);
  return [header.map(csvCell).join(';'), ...lines].join('\n') + '\n';
}
