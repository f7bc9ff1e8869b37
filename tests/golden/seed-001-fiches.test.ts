import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';
import { expectedTables } from './seed-001.expected.js';

/**
 * `--format fiches` on the 2024 fixtures: each commune's sheet shows its row of every commune
 * table of seed 001, beside the table's total. Expected values are the seed's, transcribed by
 * hand in seed-001.expected.ts; the seed prints 0 as "/", a sheet prints it as 0.
 */

/** The sheet's rows (data-figure) and the seed table and value column each one repeats. */
const ACTIVITY: [figure: string, table: string, column: number][] = [
  ['nouveaux-accueils', 'nouveaux-accueils-communes', 1],
  ['nouveaux-accueils-qpv', 'nouveaux-accueils-communes', 2],
  ['jeunes-en-contact', 'accompagnes-communes', 1],
  ['jeunes-recus', 'accompagnes-communes', 2],
  ['contacts', 'contacts-communes', 1],
  ['entretiens', 'contacts-communes', 2],
  ['pmsmp', 'pmsmp-communes', 1],
  ['formation', 'formation-communes', 1],
  ['emploi', 'emploi-communes', 1],
  ['pec', 'pec-communes', 1],
  ['alternance', 'alternance-communes', 1],
  ['service-civique', 'service-civique-communes', 1],
  ['service-civique-entres', 'service-civique-communes', 2],
  ['cej', 'cej-communes', 1],
  ['cej-entres', 'cej-communes', 2],
  ['parrainage', 'parrainage-communes', 1],
];
const AIDS = ['aide-pacea', 'aide-cej', 'aide-fajem', 'aide-mobilite', 'aide-fonds-ml-indirect', 'aide-fonds-ml-direct'];

/** The seed's totals that its tables do not print as a "Total" row. */
const TOTALS: Record<string, string[]> = {
  // seed §9 III: "58 jeunes ont intégré le programme Parrainage en 2024" (its commune table has no total row)
  'parrainage-communes': ['58'],
  // seed §12 V.b: "10 028,80 € (dont 28,80 € de frais de gestion)": the fees belong to no commune
  'aides-fonds-ml-direct': ['85', '10 000 €'],
};

const SLUGS: Record<string, string> = {
  'La Madeleine': 'la-madeleine',
  Lambersart: 'lambersart',
  Lompret: 'lompret',
  'Marcq-en-Barœul': 'marcq-en-baroeul',
  'Marquette-lez-Lille': 'marquette-lez-lille',
  Pérenchies: 'perenchies',
  'Quesnoy-sur-Deûle': 'quesnoy-sur-deule',
  'Saint-André-lez-Lille': 'saint-andre-lez-lille',
  Verlinghem: 'verlinghem',
  Wambrechies: 'wambrechies',
};

function seedTable(id: string): string[][] {
  const table = expectedTables.find((candidate) => candidate.id === id);
  if (!table) throw new Error(`no seed table ${id}`);
  return table.rows;
}

function seedTotal(id: string, column: number): string {
  return TOTALS[id]?.[column - 1] ?? seedTable(id).find((row) => row[0] === 'Total')![column]!;
}

/** The seed's "/" (zero) as a sheet prints it. */
function asPrinted(seed: string): string {
  return seed === '/' ? '0' : normalizeSpaces(seed);
}

/** "1 241,43 €" or "745" -> a number; "/" -> 0. */
function value(seed: string): number {
  return seed === '/' ? 0 : Number(seed.replace(/[\s€]/g, '').replace(',', '.'));
}

/** commune / total in %, one decimal rounded half-up, as the sheet prints it ("16,6 %"). */
function expectedShare(commune: string, total: string): string {
  const [part, whole] = [value(commune), value(total)];
  if (whole === 0) return '–';
  const tenths = Math.floor((2000 * part + whole) / (2 * whole)) / 10;
  return `${tenths.toFixed(1).replace('.', ',')} %`;
}

function rowOf(sheet: ParsedReport, figure: string): string[] {
  const row = sheet.document.querySelector(`tr[data-figure="${figure}"]`);
  expect(row, `no row ${figure}`).toBeTruthy();
  return [...row!.querySelectorAll('th, td')].map((cell) => normalizeSpaces(cell.textContent ?? ''));
}

let out: string;

beforeAll(async () => {
  out = temporaryDir();
  const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'fiches', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
});

describe('commune fact sheets of 2024 (seed 001)', () => {
  it('writes one HTML and one single-page PDF per commune, named by its slug, and nothing else', async () => {
    const slugs = Object.values(SLUGS).sort();
    expect(readdirSync(path.join(out, '2024'))).toEqual(['fiches']);
    expect(readdirSync(path.join(out, '2024', 'fiches')).sort()).toEqual(slugs.flatMap((slug) => [`${slug}.html`, `${slug}.pdf`]));
    for (const slug of slugs) {
      const pdf = await PDFDocument.load(readFileSync(path.join(out, '2024', 'fiches', `${slug}.pdf`)), { updateMetadata: false });
      expect(pdf.getPageCount(), slug).toBe(1);
    }
  });

  describe.each(Object.entries(SLUGS))('%s', (commune, slug) => {
    let sheet: ParsedReport;
    beforeAll(() => {
      sheet = parseReport(readFileSync(path.join(out, '2024', 'fiches', `${slug}.html`), 'utf8'));
    });

    it('is titled with the commune', () => {
      expect(sheet.document.querySelector('h1')?.textContent).toBe(commune);
    });

    it.each(ACTIVITY)('%s: the commune row of %s (column %i), the total and the share', (figure, table, column) => {
      const seedRow = seedTable(table).find((row) => row[0] === commune)!;
      const total = seedTotal(table, column);
      const [, communeCell, totalCell, shareCell] = rowOf(sheet, figure);
      expect(communeCell).toBe(asPrinted(seedRow[column]!));
      expect(totalCell).toBe(asPrinted(total));
      expect(shareCell).toBe(expectedShare(seedRow[column]!, total));
    });

    it.each(AIDS.map((figure) => [figure, figure.replace(/^aide-/, 'aides-')]))('%s: beneficiaries and amount of %s', (figure, table) => {
      const seedRow = seedTable(table).find((row) => row[0] === commune)!;
      const cells = rowOf(sheet, figure);
      const amount = (seed: string) => (seed === '/' ? '0 €' : normalizeSpaces(seed));
      expect(cells.slice(1)).toEqual([
        asPrinted(seedRow[1]!),
        asPrinted(seedTotal(table, 1)),
        expectedShare(seedRow[1]!, seedTotal(table, 1)),
        amount(seedRow[2]!),
        amount(seedTotal(table, 2)),
        expectedShare(seedRow[2]!, seedTotal(table, 2)),
      ]);
    });

    it('prints no missing figure: the fixtures hold every table', () => {
      expect([...sheet.document.querySelectorAll('td')].map((cell) => cell.textContent)).not.toContain('n.d.');
    });
  });
});
