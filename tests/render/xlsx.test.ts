import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellOf } from '../../src/render/xlsx.js';
import { expectedTables } from '../golden/seed-001.expected.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

type Value = string | number | null;

async function build(out: string): Promise<Buffer> {
  const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'xlsx', '--quiet']);
  expect(run.code, run.err).toBe(0);
  return readFileSync(path.join(out, '2024', 'tableaux-2024.xlsx'));
}

/** Each sheet's tables: blocks separated by a blank row, as [title], [header], rows. */
function tablesOf(sheet: ExcelJS.Worksheet): { title: string; header: Value[]; rows: Value[][]; formats: string[][] }[] {
  const blocks: ExcelJS.Row[][] = [[]];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (row.cellCount === 0 || row.values.length === 0) blocks.push([]);
    else blocks.at(-1)!.push(row);
  }
  // As wide as the header: trailing empty cells are not stored.
  const values = (row: ExcelJS.Row, width: number) => Array.from({ length: width }, (_, index) => (row.getCell(index + 1).value ?? null) as Value);
  return blocks
    .filter((block) => block.length >= 2)
    .map(([title, header, ...rows]) => ({
      title: String(title!.getCell(1).value),
      header: values(header!, header!.cellCount),
      rows: rows.map((row) => values(row, header!.cellCount)),
      formats: rows.map((row) => Array.from({ length: header!.cellCount }, (_, index) => row.getCell(index + 1).numFmt ?? '')),
    }));
}

describe('tableaux-<année>.xlsx', () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await build(temporaryDir());
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  }, 120_000);

  it('holds every table of seed 001, numbers as numbers, « / » as an empty cell', () => {
    const tables = workbook.worksheets.slice(1).flatMap(tablesOf);
    for (const expected of expectedTables) {
      // The seed's printed cells (transcribed by hand) as the workbook must hold them.
      // The transcription keeps straight apostrophes; the report's labels are typographic (’).
      const rows = expected.rows.map(([label, ...cells]) => [label!.replace(/'/g, '’'), ...cells.map((cell) => cellOf(cell).value)]);
      const found = tables.find((table) => JSON.stringify(table.rows.map((row) => row.slice(0, rows[0]!.length))) === JSON.stringify(rows));
      expect(found, `${expected.id} (${expected.seedHeading})`).toBeDefined();
      expect(found!.header.length).toBeGreaterThan(1);
    }
  });

  it('formats amounts in euros and shares in percent', () => {
    const tables = workbook.worksheets.slice(1).flatMap(tablesOf);
    const pacea = tables.find((table) => /PACEA/.test(table.title))!;
    expect(pacea.rows.find((row) => row[0] === 'Lambersart')).toEqual(['Lambersart', 34, 22719]);
    expect(pacea.formats.find((_, index) => pacea.rows[index]![0] === 'Lambersart')![2]).toBe('#,##0 "€"');
    const percents = tables.flatMap((table) => table.formats.flat()).filter((format) => format.endsWith('%'));
    expect(percents.length).toBeGreaterThan(0);
    expect(cellOf('45 %')).toEqual({ value: 0.45, format: '0%' });
    expect(cellOf('21,2 %')).toEqual({ value: 0.212, format: '0.0%' });
    expect(cellOf('7 517,71 €')).toEqual({ value: 7517.71, format: '#,##0.00 "€"' });
    expect(cellOf('1\u202f959')).toEqual({ value: 1959, format: '#,##0' });
    expect(cellOf('/')).toEqual({ value: null });
    expect(cellOf('La Madeleine')).toEqual({ value: 'La Madeleine' });
  });

  it('lists the sources first, freezes headers and sizes columns', () => {
    const [sources, first] = workbook.worksheets;
    expect(sources!.name).toBe('Sources');
    expect(sources!.getRow(3).values).toEqual([undefined, 'Fichier', 'Année', 'Lignes', 'SHA-256']);
    const youngPeople = sources!.getRows(4, sources!.rowCount - 3)!.find((row) => row.getCell(1).value === '2024/imilo/jeunes.csv')!;
    expect(youngPeople.getCell(3).value).toBe(2366);
    expect(youngPeople.getCell(4).value).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.name).toBe('Le Public');
    expect(first!.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(first!.getColumn(1).width).toBeGreaterThanOrEqual('Saint-André-lez-Lille'.length);
    expect(workbook.created).toEqual(new Date(Date.UTC(2024, 11, 31)));
  });

  it('is byte-identical across two builds', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.compare(await build(temporaryDir()), bytes)).toBe(0);
  }, 120_000);
});
