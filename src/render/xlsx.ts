import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import type { FileSummary } from '../load/validate-file.js';

/**
 * The Excel workbook `tableaux-<année>.xlsx`: every table of the report, read from its
 * rendered HTML (so the workbook holds exactly the report's tables, titles and headers), one
 * sheet per report section, after a first sheet listing the input files. Printed numbers
 * become numbers with a format (« 1 241,43 € » → 1241.43 in a € format, « 45 % » → 0.45 in a
 * % format); « / » (nothing) becomes an empty cell.
 */
export interface WorkbookInput {
  html: string;
  year: number;
  /** The input files of the year (metrics.json `inputs`), and of Y-1 when compared. */
  inputs: Record<string, FileSummary>;
  previousInputs: Record<string, FileSummary> | null;
  /** The workbook's creation and modification date, and every zip entry's. */
  date: Date;
}

type CellValue = string | number | null;

interface Cell {
  value: CellValue;
  format?: string;
}

interface Table {
  title: string;
  header: string[];
  rows: Cell[][];
}

interface Sheet {
  name: string;
  title: string;
  tables: Table[];
}

const SPACES = /[\s\u00a0\u202f]+/g;

/** A printed cell as a value: numbers with their format, « / » and « — » empty. */
export function cellOf(text: string): Cell {
  const compact = text.replace(SPACES, '');
  if (compact === '/' || compact === '—' || compact === '–' || compact === '') return { value: null };
  const match = /^([+-]?\d+)(?:,(\d+))?(€|%)?$/.exec(compact);
  if (!match) return { value: text.replace(SPACES, ' ').trim() };
  const [, whole, decimals = '', unit] = match;
  const number = Number(`${whole}.${decimals || '0'}`);
  const places = decimals ? `.${'0'.repeat(decimals.length)}` : '';
  if (unit === '€') return { value: number, format: `#,##0${places} "€"` };
  if (unit === '%') return { value: Math.round(number * 10 ** (decimals.length + 2)) / 10 ** (decimals.length + 4), format: `0${places}%` };
  return { value: number, format: `#,##0${places}` };
}

const text = (node: { textContent: string | null } | null | undefined) => (node?.textContent ?? '').replace(SPACES, ' ').trim();

/** Excel forbids : \ / ? * [ ] in sheet names, and more than 31 characters. */
function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[:\\/?*[\]]/g, ' ').replace(SPACES, ' ').trim();
  // Cut at a word when the title is too long (« Les Périodes de Mise en… »).
  const base = (clean.length <= 31 ? clean : `${clean.slice(0, 30).replace(/\s+\S*$/, '')}…`) || 'Section';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The report's tables by section: the innermost section with a heading holds a table. */
export function reportTables(html: string): Sheet[] {
  const { document } = parseHTML(html);
  const sheets = new Map<object, Sheet>();
  const taken = new Set(['sources']);
  for (const table of document.querySelectorAll('table')) {
    let section = table.closest('section');
    while (section && !section.querySelector(':scope > h2')) section = section.parentElement?.closest('section') ?? null;
    if (!section) continue;
    if (!sheets.has(section)) {
      const title = text(section.querySelector(':scope > h2'));
      sheets.set(section, { name: sheetName(title.replace(/^\d+\.\s*/, ''), taken), title, tables: [] });
    }
    // A table's title: its caption, else the nearest heading before it.
    let title = text(table.querySelector('caption'));
    if (!title) {
      // Document order from one query: linkedom's compareDocumentPosition misorders a heading
      // and a table nested one level deeper (in a table-and-chart group).
      const inOrder = [...section.querySelectorAll('h3, h4, table')];
      const headings = inOrder.slice(0, inOrder.indexOf(table)).filter((element) => element.tagName !== 'TABLE');
      title = text(headings.at(-1)) || text(section.querySelector(':scope > h2'));
    }
    const header = [...table.querySelectorAll('thead tr:last-child th, thead tr:last-child td')].map((cell) => text(cell));
    const rows = [...table.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell, column) => (column === 0 && cell.tagName === 'TH' ? { value: text(cell) } : cellOf(text(cell)))),
    );
    sheets.get(section)!.tables.push({ title, header, rows });
  }
  return [...sheets.values()];
}

const BOLD = { bold: true };
const TITLE = { bold: true, size: 14 };

/** A column is as wide as its table cells (titles, in `titles`, run across). */
function widths(sheet: ExcelJS.Worksheet, titles: ReadonlySet<number>): void {
  const longest: number[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell, column) => {
      if (titles.has(row.number)) return;
      const length = cell.value === null ? 0 : String(cell.value).length + (typeof cell.value === 'number' ? 4 : 0);
      longest[column] = Math.max(longest[column] ?? 0, length);
    }),
  );
  longest.forEach((length, column) => {
    if (column > 0) sheet.getColumn(column).width = Math.min(60, Math.max(10, length + 2));
  });
}

export async function renderWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'alpes-report';
  workbook.lastModifiedBy = 'alpes-report';
  workbook.created = input.date;
  workbook.modified = input.date;

  const sources = workbook.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 3 }] });
  sources.addRow([`Tableaux du rapport d’activité ${input.year} : fichiers lus`]).font = TITLE;
  const sourceTitles = new Set([1]);
  sources.addRow([]);
  sources.addRow(['Fichier', 'Année', 'Lignes', 'SHA-256']).font = BOLD;
  const files = (entries: Record<string, FileSummary> | null, year: number) =>
    Object.keys(entries ?? {})
      .sort()
      .map((file) => [file, year, entries![file]!.rows, entries![file]!.sha256]);
  for (const row of [...files(input.inputs, input.year), ...files(input.previousInputs, input.year - 1)]) sources.addRow(row).getCell(3).numFmt = '#,##0';
  widths(sources, sourceTitles);

  for (const section of reportTables(input.html)) {
    const sheet = workbook.addWorksheet(section.name);
    sheet.addRow([section.title]).font = TITLE;
    const titles = new Set([1]);
    let frozen = 0;
    for (const table of section.tables) {
      sheet.addRow([]);
      const title = sheet.addRow([table.title]);
      title.font = BOLD;
      titles.add(title.number);
      const header = sheet.addRow(table.header);
      header.font = BOLD;
      // The first table's header stays in view; Excel freezes one band of rows per sheet.
      if (frozen === 0) frozen = header.number;
      for (const cells of table.rows) {
        const row = sheet.addRow(cells.map((cell) => cell.value));
        cells.forEach((cell, column) => {
          if (cell.format) row.getCell(column + 1).numFmt = cell.format;
        });
        if (cells[0] && /^total/i.test(String(cells[0].value))) row.font = BOLD;
      }
    }
    sheet.views = [{ state: 'frozen', ySplit: frozen, xSplit: 1 }];
    widths(sheet, titles);
  }

  const written = await workbook.xlsx.writeBuffer();
  return fixedZip(new Uint8Array(written as ArrayBuffer), input.date);
}

/**
 * exceljs stamps every zip entry with the current time: the entries are written again with the
 * workbook's date, in the same order, so two builds of the same data give the same bytes.
 */
async function fixedZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
