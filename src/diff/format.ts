import { Chalk } from 'chalk';
import { FIGURE_SECTION_IDS, FIGURE_SECTIONS, type FigureSection } from '../contract/figures.js';
import { DIFF_COLUMNS as COLUMN, frenchNumber, headlineFigures, markdownCut, noDifference, partMissing, sectionCut } from '../contract/console-fr.js';
import type { DiffResult, DiffRow, MissingPart } from './compare.js';

/** Output formats of `alpes-report diff`. */
export const DIFF_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffLabels {
  a: string;
  b: string;
}

export interface FormatOptions {
  /** Add the technical keys (`--cles`). */
  keys?: boolean;
  color?: boolean;
  /** Markdown budget in characters (a pull-request comment takes 65 536). */
  maxChars?: number;
}

/** Under GitHub's 65 536 characters for a comment, with room for the workflow's heading. */
export const MARKDOWN_MAX_CHARS = 60_000;

const SUFFIXED_UNITS = new Set(['€', '%', 'mois', 'heures', 'pts']);

function withUnit(value: number, unit: string): string {
  // Cents shown as cents: 1 241,40 €, not 1 241,4 €.
  const text = unit === '€' && !Number.isInteger(value) ? frenchNumber(value, true, 2) : frenchNumber(value);
  if (!SUFFIXED_UNITS.has(unit)) return text;
  const suffix = unit === 'heures' ? 'h' : unit === 'pts' && Math.abs(value) <= 1 ? 'pt' : unit;
  return `${text}\u00a0${suffix}`;
}

function valueText(value: number | null, row: DiffRow): string {
  return value === null ? '–' : withUnit(value, row.unit);
}

function changeText(row: DiffRow): string {
  if (row.change === null) return '–';
  return `${row.change > 0 ? '+' : ''}${withUnit(row.change, row.changeUnit)}`;
}

function relativeText(row: DiffRow): string {
  if (row.relative === null) return '';
  return `${row.relative > 0 ? '+' : ''}${frenchNumber(row.relative)}${'\u00a0'}%`;
}

function partText(part: MissingPart, labels: DiffLabels): string {
  return partMissing(part.label, part.missingIn === 'a' ? labels.a : labels.b);
}

const sectionTitle = (section: string) => (section in FIGURE_SECTIONS ? FIGURE_SECTIONS[section as FigureSection] : section);

/** Sections in report order, each with its rows and absent parts. */
function bySection(result: DiffResult, rows: readonly DiffRow[] = result.rows) {
  const order = [...FIGURE_SECTION_IDS, ...new Set([...rows.map((row) => row.section), ...result.parts.map((part) => part.section)])];
  return [...new Set(order)]
    .map((section) => ({ section, title: sectionTitle(section), rows: rows.filter((row) => row.section === section), parts: result.parts.filter((part) => part.section === section) }))
    .filter((group) => group.rows.length > 0 || group.parts.length > 0);
}

/**
 * A cell Excel would read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe.
 * Numbers are written with a decimal comma and no grouping, which French Excel reads as numbers.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return frenchNumber(value, false);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Markdown text that no character can break out of a table cell. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#~&!]/g, '\\$&');
}

function markdownKey(key: string): string {
  return key.includes('`') ? markdownText(key) : `\`${key.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\``;
}

function markdown(result: DiffResult, labels: DiffLabels, options: FormatOptions): string {
  const limit = options.maxChars ?? MARKDOWN_MAX_CHARS;
  const header = [
    `| ${COLUMN.figure}${options.keys ? ` | ${COLUMN.key}` : ''} | ${markdownText(labels.a)} | ${markdownText(labels.b)} | ${COLUMN.change} | ${COLUMN.relative} |`,
    `|---${options.keys ? '|---' : ''}|---:|---:|---:|---:|`,
  ];
  const line = (row: DiffRow) =>
    `| ${markdownText(row.label)}${options.keys ? ` | ${markdownKey(row.key)}` : ''} | ${valueText(row.a, row)} | ${valueText(row.b, row)} | ${changeText(row)} | ${relativeText(row)} |`;
  if (result.rows.length === 0 && result.parts.length === 0) return noDifference;

  const out: string[] = [];
  let size = 0;
  const push = (text: string) => {
    out.push(text);
    size += text.length + 1;
  };
  for (const part of result.parts) push(`- ${markdownText(partText(part, labels))}`);
  if (result.parts.length > 0) push('');
  const headlines = result.rows.filter((row) => row.headline);
  if (headlines.length > 0) {
    push(`**${headlineFigures}**`);
    push('');
    for (const text of header) push(text);
    for (const row of headlines) push(line(row));
    push('');
  }
  // The note that says what was cut must always fit.
  const reserve = 400;
  const left: string[] = [];
  let leftRows = 0;
  for (const group of bySection(result, result.rows.filter((row) => !row.headline))) {
    if (group.rows.length === 0) continue;
    const opening = [`<details><summary>${markdownText(group.title)} (${group.rows.length})</summary>`, '', ...header];
    const closing = ['', '</details>', ''];
    const fixed = [...opening, ...closing].reduce((n, text) => n + text.length + 1, 0);
    if (size + fixed + reserve > limit) {
      left.push(group.title);
      leftRows += group.rows.length;
      continue;
    }
    for (const text of opening) push(text);
    let shown = 0;
    for (const row of group.rows) {
      const text = line(row);
      if (size + text.length + 1 + closing.join('\n').length + reserve > limit) break;
      push(text);
      shown++;
    }
    for (const text of closing) push(text);
    if (shown < group.rows.length) {
      left.push(sectionCut(group.title, group.rows.length - shown, group.rows.length));
      leftRows += group.rows.length - shown;
    }
  }
  if (leftRows > 0) {
    push(markdownCut(leftRows, markdownText(left.join(', '))));
  }
  return out.join('\n').trimEnd();
}

function csv(result: DiffResult, labels: DiffLabels, options: FormatOptions): string {
  const lines = [[COLUMN.section, COLUMN.figure, ...(options.keys ? [COLUMN.key] : []), COLUMN.unit, labels.a, labels.b, COLUMN.change, COLUMN.relativePercent].map(csvCell).join(';')];
  for (const group of bySection(result)) {
    for (const part of group.parts) lines.push([csvCell(group.title), csvCell(partText(part, labels)), ...(options.keys ? [csvCell(part.key)] : [])].join(';'));
    for (const row of group.rows) {
      lines.push(
        [csvCell(group.title), csvCell(row.label), ...(options.keys ? [csvCell(row.key)] : []), csvCell(row.unit), csvCell(row.a), csvCell(row.b), csvCell(row.change), csvCell(row.relative)].join(
          ';',
        ),
      );
    }
  }
  // A BOM so French Excel reads UTF-8 (Barœul), CRLF as RFC 4180 says.
  return `\ufeff${lines.join('\r\n')}`;
}

function table(result: DiffResult, labels: DiffLabels, options: FormatOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  if (result.rows.length === 0 && result.parts.length === 0) return noDifference;
  const header = [COLUMN.figure, labels.a, labels.b, COLUMN.change, COLUMN.relative, ...(options.keys ? [COLUMN.key] : [])];
  const cells = (row: DiffRow) => [row.label, valueText(row.a, row), valueText(row.b, row), changeText(row), relativeText(row), ...(options.keys ? [row.key] : [])];
  const body = result.rows.map(cells);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const out = [paint.bold(line(header))];
  for (const group of bySection(result)) {
    out.push('', paint.bold.underline(group.title));
    for (const part of group.parts) out.push(paint.yellow(partText(part, labels)));
    for (const row of group.rows) {
      const text = line(cells(row));
      out.push(row.change === null ? paint.yellow(text) : row.change > 0 ? paint.green(text) : row.change < 0 ? paint.red(text) : text);
    }
  }
  return out.join('\n');
}

export function formatDiff(result: DiffResult, format: DiffFormat, labels: DiffLabels, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ a: labels.a, b: labels.b, differences: result.rows, missingParts: result.parts }, null, 2);
    case 'csv':
      return csv(result, labels, options);
    case 'markdown':
      return markdown(result, labels, options);
    case 'table':
      return table(result, labels, options);
  }
}
