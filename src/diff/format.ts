import { Chalk } from 'chalk';
import type { DiffRow } from './compare.js';

/** Output formats of `alpes-report diff`. */
export const DIFF_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];


function french(value: number | null, suffix = ''): string {
  if (value === null) return '–';
  const [whole, decimals] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${value < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}${suffix}`;
}

function signed(value: number | null, suffix = ''): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${french(value, suffix)}`;
}

/**
 * A cell Excel would read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe.
 * Numbers are written as plain numbers, so negative changes stay numeric.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatDiff(rows: readonly DiffRow[], format: DiffFormat, labels: { a: string; b: string }, color: boolean): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ a: labels.a, b: labels.b, differences: rows }, null, 2);
    case 'csv': {
      // `;` and a BOM-free UTF-8 header: what French Excel opens directly.
      const lines = [['indicateur', labels.a, labels.b, 'écart', 'évolution %'].map(csvCell).join(';')];
      for (const row of rows) lines.push([csvCell(row.key), csvCell(row.a), csvCell(row.b), csvCell(row.absolute), csvCell(row.relative)].join(';'));
      return lines.join('\n');
    }
    case 'markdown': {
      const escape = (text: string) => text.replace(/\|/g, '\\|');
      const lines = [`| indicateur | ${escape(labels.a)} | ${escape(labels.b)} | écart | évolution |`, '|---|---:|---:|---:|---:|'];
      for (const row of rows) {
        lines.push(`| \`${escape(row.key)}\` | ${french(row.a)} | ${french(row.b)} | ${signed(row.absolute)} | ${signed(row.relative, ' %')} |`);
      }
      if (rows.length === 0) lines.push('| (aucune différence) | | | | |');
      return lines.join('\n');
    }
    case 'table': {
      const paint = new Chalk({ level: color ? 1 : 0 });
      const header = ['indicateur', labels.a, labels.b, 'écart', 'évolution'];
      const body = rows.map((row) => [row.key, french(row.a), french(row.b), signed(row.absolute), signed(row.relative, ' %')]);
      const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
      const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
      const out = [paint.bold(line(header))];
      rows.forEach((row, index) => {
        const text = line(body[index]!);
        out.push(row.absolute === null ? paint.yellow(text) : row.absolute > 0 ? paint.green(text) : row.absolute < 0 ? paint.red(text) : text);
      });
      if (rows.length === 0) out.push('(aucune différence)');
      return out.join('\n');
    }
  }
}
