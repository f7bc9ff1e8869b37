import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { barChart, comparisonChart, lightness, shareChart } from '../../src/render/charts.js';
import { DEFAULT_COLOURS } from '../../src/config/settings.js';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

async function build(year: number, kind: 'ml' | 'alpes', extra: string[] = []): Promise<string> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', FIXTURES, '--out', out, '--format', 'html', '--report', kind, '--quiet', ...extra]);
  expect(run.code, run.err).toBe(0);
  return readFileSync(path.join(out, String(year), `rapport-${kind === 'ml' ? 'activite' : 'alpes'}-${year}.html`), 'utf8');
}

describe('charts in the reports', () => {
  let ml2024Html: string;
  let ml2024: ParsedReport;
  let alpes2023: ParsedReport;
  beforeAll(async () => {
    ml2024Html = await build(2024, 'ml');
    ml2024 = parseReport(ml2024Html);
    alpes2023 = parseReport(await build(2023, 'alpes'));
  }, 120_000);

  it('put every chart in a <figure> with a visible caption: title, unit and source', () => {
    // The ALPES report prints the Mission Locale as a digest of figures, without its charts.
    for (const [parsed, least] of [
      [ml2024, 20],
      [alpes2023, 5],
    ] as const) {
      const charts = [...parsed.document.querySelectorAll('svg')];
      expect(charts.length).toBeGreaterThan(least);
      for (const svg of charts) {
        const figure = svg.parentElement;
        expect(figure?.tagName).toBe('FIGURE');
        const caption = figure?.querySelector('figcaption');
        expect(caption?.querySelector('.chart-title')?.textContent?.trim()).not.toBe('');
        expect(normalizeSpaces(caption?.querySelector('.chart-meta')?.textContent ?? '')).toMatch(/^Unité : .+ · Source : .+\d{4}$/);
      }
    }
  });

  it('label each commune bar as its table prints the cell, "/" for a zero', () => {
    let checked = 0;
    for (const parsed of [ml2024, alpes2023]) {
      for (const table of parsed.document.querySelectorAll('table.communes')) {
        const figure = table.nextElementSibling;
        if (figure?.tagName !== 'FIGURE') continue;
        const labels = [...figure.querySelectorAll('svg text')].map((text) => normalizeSpaces(text.textContent ?? ''));
        const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => normalizeSpaces(cell.textContent ?? '')));
        // The chart draws one of the table's columns: its bar labels are that column's cells.
        const columns = (rows[0] ?? []).map((_, index) => rows.map((row) => row[index]));
        expect(columns.some((column) => column.every((cell) => labels.includes(cell!)))).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('draw a zero as "/", the way the tables print it', () => {
    const svg = barChart(
      [
        { label: 'Lompret', value: 0 },
        { label: 'Lambersart', value: 12 },
      ],
      { title: 'Essai', keepOrder: true, colour: '#1d4e89' },
    );
    expect(svg).toContain('>/</text>');
    expect(svg).not.toContain('>0</text>');
    const share = shareChart([{ label: 'Sexe', parts: [{ label: 'Femmes', count: 0, percent: 0 }, { label: 'Hommes', count: 4, percent: 100 }] }], { title: 'Essai', colours: DEFAULT_COLOURS.chart });
    expect(share).toContain('Femmes : /');
    const small = shareChart([{ label: 'Contrats', parts: [{ label: 'CDI', count: 1, percent: 0 }, { label: 'CDD', count: 300, percent: 100 }] }], { title: 'Essai', colours: DEFAULT_COLOURS.chart });
    expect(small).toContain('CDI : 1 (&lt; 1\u202f%)');
    expect(comparisonChart([{ label: 'sorties', previous: 0, current: 3 }], { title: 'Essai', previousYear: 2022, year: 2023, colours: DEFAULT_COLOURS.chart })).toContain('>/</text>');
  });

  it('show shares as 100 % stacked bars, and Y-1 / Y pairs on the key-figures page', () => {
    const sex = [...ml2024.document.querySelectorAll('figure.chart')].find((figure) => normalizeSpaces(figure.textContent ?? '').includes('Nouveaux inscrits : sexe'));
    // The new arrivals of 2024 by sex, as the table "Sexe / Âge" prints them.
    const women = ml2024.table('nouveaux-accueils-sexe-age')?.[0]?.[4];
    expect(normalizeSpaces(sex?.querySelector('svg')?.textContent ?? '')).toContain(`Femmes : ${women} (`);
    const evolution = [...ml2024.document.querySelectorAll('#chiffres-cles figure.chart svg text')].map((text) => normalizeSpaces(text.textContent ?? ''));
    // Seed 000: 679 new registrations in 2023, the fixtures' Y-1 of 2024.
    expect(evolution.join(' ')).toMatch(/^2023 2024 nouvelles inscriptions 679 745/);
  });

  it('compare the contracts of Y-1 and Y in grouped bars, as the sentences above them do', () => {
    const figure = [...ml2024.document.querySelectorAll('#section-4 figure.chart')].find((chart) => normalizeSpaces(chart.textContent ?? '').includes('Contrats signés, 2023 et 2024'));
    const texts = [...(figure?.querySelectorAll('svg text') ?? [])].map((text) => normalizeSpaces(text.textContent ?? ''));
    // Seed 001 (2024): « 1 959 situations emploi »; seed 000 (2023): « 1 915 situations emploi ».
    expect(texts.slice(0, 5)).toEqual(['2023', '2024', 'Situations emploi', '1 915', '1 959']);
  });

  it('take the colours from the configuration into the stylesheet and the charts', async () => {
    const defaults = parseReport(ml2024Html);
    expect(ml2024Html).toContain(`--brand:${DEFAULT_COLOURS.primary};`);
    expect(defaults.document.querySelector('figure.chart svg [fill="#1d4e89"]')).not.toBeNull();
    const config = path.join(temporaryDir(), 'alpes-report.config.json');
    writeFileSync(config, JSON.stringify({ association: { couleurs: { principale: '#5a1e6e', secondaire: '#2e7d32', graphiques: ['#123456', '#e0c080'] } } }));
    const html = await build(2024, 'ml', ['--config', config]);
    expect(html).toContain('--brand:#5a1e6e;--accent:#2e7d32;--chart-1:#123456;--chart-2:#e0c080;');
    const parsed = parseReport(html);
    expect(parsed.document.querySelector('figure.chart svg [fill="#123456"]')).not.toBeNull();
    expect(parsed.document.querySelector('figure.chart svg [fill="#1d4e89"]')).toBeNull();
  });

  it('build the same bytes twice', async () => {
    expect(await build(2024, 'ml')).toBe(ml2024Html);
  });
});

describe('the default chart palette', () => {
  it('keeps neighbouring series apart in greyscale (CIE L* at least 10 apart)', () => {
    const steps = DEFAULT_COLOURS.chart.map(lightness);
    for (let index = 1; index < steps.length; index += 1) expect(Math.abs(steps[index]! - steps[index - 1]!)).toBeGreaterThanOrEqual(10);
    // The first two (a two-part share: women and men) are far apart.
    expect(Math.abs(steps[0]! - steps[1]!)).toBeGreaterThanOrEqual(30);
  });
});
