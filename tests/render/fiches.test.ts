import { describe, expect, it } from 'vitest';
import { communeSheets } from '../../src/compute/commune-sheets.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import type { Issue } from '../../src/contract/issues.js';
import { computeYear } from '../../src/pipeline.js';
import { communeSlugs, renderFiche } from '../../src/render/fiches.js';
import { MISSING } from '../../src/render/format.js';
import { normalizeSpaces, parseReport } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

async function minimalYear(changes: Record<string, string | null> = {}) {
  const issues: Issue[] = [];
  const year = await computeYear(writeYearFolder(2024, changes), 2024, DEFAULT_SETTINGS, issues);
  expect(year, JSON.stringify(issues)).toBeDefined();
  return year!;
}

function cellsOf(html: string, figure: string): string[] {
  const row = parseReport(html).document.querySelector(`tr[data-figure="${figure}"]`);
  return [...row!.querySelectorAll('td')].map((cell) => normalizeSpaces(cell.textContent ?? ''));
}

const view = { year: 2024, territory: DEFAULT_SETTINGS.territory, identity: DEFAULT_SETTINGS.identity };

describe('commune slugs', () => {
  it('are lower-case ASCII words joined by hyphens, never empty, never twice the same', () => {
    expect(communeSlugs(['Marcq-en-Barœul', 'Saint-André-lez-Lille', 'ŒUVRES  Sociales', '« ! »', 'Été', 'ete', '../Étè'])).toEqual([
      'marcq-en-baroeul',
      'saint-andre-lez-lille',
      'oeuvres-sociales',
      'commune',
      'ete',
      'ete-2',
      'ete-3',
    ]);
  });
});

describe('a commune fact sheet', () => {
  it('prints a figure the data do not hold as missing, never 0, and a zero as 0', async () => {
    // aides.csv with its header only: the aids are unknown (null), not zero.
    const year = await minimalYear({ 'imilo/aides.csv': MINIMAL_FILES['imilo/aides.csv']!.split('\n')[0]! });
    expect(year.indicators.aids).toBeNull();
    const [lompret] = communeSheets(year.indicators, ['Lompret']);
    const html = renderFiche({ ...view, sheet: lompret! });
    for (const aid of ['aide-pacea', 'aide-cej', 'aide-fajem', 'aide-mobilite', 'aide-fonds-ml-indirect', 'aide-fonds-ml-direct']) {
      expect(cellsOf(html, aid)).toEqual([MISSING, MISSING, '–', MISSING, MISSING, '–']);
    }
    // Lompret has no young person in the minimal folder: a true zero, out of 2 new arrivals.
    expect(cellsOf(html, 'nouveaux-accueils')).toEqual(['0', '2', '0,0 %']);
    // No immersion at all: the share of a zero total cannot be worked out.
    expect(cellsOf(html, 'pmsmp')).toEqual(['0', '0', '–']);
  });

  it('prints as missing the figures of a commune the tables do not hold, beside the known totals', async () => {
    const year = await minimalYear();
    const [elsewhere] = communeSheets(year.indicators, ['Ailleurs']);
    const html = renderFiche({ ...view, sheet: elsewhere! });
    expect(cellsOf(html, 'nouveaux-accueils')).toEqual([MISSING, '2', '–']);
    expect(cellsOf(html, 'aide-cej')).toEqual([MISSING, '1', '–', MISSING, '1 241,43 €', '–']);
  });

  it('gives the commune its share of the total, and says the Fonds ML fees are outside it', async () => {
    const year = await minimalYear();
    const [marcq] = communeSheets(year.indicators, ['Marcq-en-Barœul']);
    const html = renderFiche({ ...view, sheet: marcq! });
    expect(cellsOf(html, 'nouveaux-accueils')).toEqual(['1', '2', '50,0 %']);
    expect(cellsOf(html, 'aide-cej')).toEqual(['1', '1', '100,0 %', '1 241,43 €', '1 241,43 €', '100,0 %']);
    expect(parseReport(html).text).toContain('ne compte pas 28,80 € de frais de gestion');
  });

  it('escapes the configured names it prints', async () => {
    const year = await minimalYear();
    const [sheet] = communeSheets(year.indicators, ['<img src=x onerror=alert(1)>']);
    const html = renderFiche({
      ...view,
      identity: { ...view.identity, association: '<script>alert(2)</script>', missionLocale: 'ML "A" & B' },
      sheet: sheet!,
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('<h1>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('ML &quot;A&quot; &amp; B');
    expect(parseReport(html).document.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('is the same text for the same figures', async () => {
    const year = await minimalYear();
    const [sheet] = communeSheets(year.indicators, ['Lambersart']);
    expect(renderFiche({ ...view, sheet: sheet! })).toBe(renderFiche({ ...view, sheet: structuredClone(sheet!) }));
  });
});
