import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mdeKeyFigures, missionLocaleKeyFigures } from '../../src/render/key-figures.js';
import type { MetricsDocument } from '../../src/contract/metrics-schema.js';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

let metrics2024: MetricsDocument;
let metricsAlpes: MetricsDocument;

async function report(year: number, kind: 'ml' | 'alpes'): Promise<ParsedReport> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', FIXTURES, '--out', out, '--format', 'html,json', '--report', kind, '--quiet']);
  expect(run.code, run.err).toBe(0);
  if (kind === 'ml') metrics2024 = JSON.parse(readFileSync(path.join(out, String(year), 'metrics.json'), 'utf8'));
  if (kind === 'alpes' && year === 2023) metricsAlpes = JSON.parse(readFileSync(path.join(out, String(year), 'metrics-alpes.json'), 'utf8'));
  return parseReport(readFileSync(path.join(out, String(year), `rapport-${kind === 'ml' ? 'activite' : 'alpes'}-${year}.html`), 'utf8'));
}

function boxes(parsed: ParsedReport, selector: string): string[] {
  return [...parsed.document.querySelectorAll(`${selector} li`)].map((item) => normalizeSpaces(item.textContent ?? ''));
}

describe('headline figures', () => {
  let alpes2023: ParsedReport;
  let alpes2022: ParsedReport;
  let ml2024: ParsedReport;
  beforeAll(async () => {
    alpes2023 = await report(2023, 'alpes');
    alpes2022 = await report(2022, 'alpes');
    ml2024 = await report(2024, 'ml');
  }, 120_000);

  it('band the cover with the Mission Locale figures of seed 000 and their change', () => {
    // Seed 000: "679 nouvelles inscriptions + 7,61 %", "3 087 jeunes en contact dont 1 634 jeunes
    // accompagnés", "42 318 contacts".
    expect(boxes(alpes2023, 'header.cover .cover-figures')).toEqual([
      '679 nouvelles inscriptions +7,61 % par rapport à 2022 (631)',
      '3 087 jeunes en contact',
      expect.stringMatching(/^1 634 jeunes accompagnés \+[\d,]+ % par rapport à 2022 \([\d ]+\)$/),
      '42 318 contacts',
    ]);
    expect(boxes(ml2024, 'header.cover .cover-figures')).toHaveLength(4);
  });

  it('open the Mission Locale with a "Chiffres clés" page, before its first section', () => {
    // The ALPES report's Mission Locale part goes on with its digest of seed 000, the ML report with section 1.
    for (const [parsed, next] of [[alpes2023, 'ml-public'], [ml2024, 'section-1']] as const) {
      const page = parsed.document.getElementById('chiffres-cles');
      expect(page?.querySelector('h2, h3')?.textContent).toMatch(/^Chiffres clés 20\d\d$/);
      expect(page?.nextElementSibling?.id).toBe(next);
    }
    const figures = boxes(alpes2023, '#chiffres-cles .key-figures');
    expect(figures).toHaveLength(8);
    expect(figures.slice(0, 4)).toEqual(boxes(alpes2023, 'header.cover .cover-figures'));
    // Seed 000: "16 709 entretiens, soit une augmentation de 5 % par rapport à 2022", "28 123 propositions".
    expect(figures[4]).toMatch(/^16 709 entretiens \+5,\d\d % par rapport à 2022 \([\d ]+\)$/);
    expect(figures[5]).toBe('28 123 propositions');
    expect(ml2024.document.querySelector('nav.toc a[href="#chiffres-cles"]')).not.toBeNull();
  });

  it('print no change without a previous year', () => {
    const figures = boxes(alpes2022, '#chiffres-cles .key-figures');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.join(' ')).not.toContain('par rapport');
    expect(boxes(alpes2022, 'header.cover .cover-figures').join(' ')).not.toContain('par rapport');
  });

  it('print a figure the data do not hold as missing, never 0, and leave it off the cover', () => {
    const indicators = { ...metrics2024.indicators, public: { ...metrics2024.indicators.public, propositions: null } };
    const figures = missionLocaleKeyFigures(indicators, metrics2024.comparisons);
    expect(figures.find((figure) => figure.label === 'propositions')).toMatchObject({ value: null, current: null, change: null });
    const held = missionLocaleKeyFigures(metrics2024.indicators, metrics2024.comparisons).find((figure) => figure.label === 'propositions');
    expect(held?.current).toBe(metrics2024.indicators.public.propositions?.total);
    expect(held?.current).toBeGreaterThan(0);
  });

  it('open the PLIE and the Maison de l’Emploi with their own "Chiffres clés", with the change of the new PLIE entries', () => {
    // Seed 000 (2023): « 134 nouvelles entrées », « Une hausse des nouvelles entrées (93 en 2022) », « 383 participants ».
    const plie = boxes(alpes2023, '#plie-chiffres-cles .key-figures');
    expect(plie[0]).toBe('383 participants en parcours');
    expect(plie[1]).toBe('134 nouvelles entrées +44,09 % par rapport à 2022 (93)');
    const plieChart = alpes2023.document.querySelector('#plie-chiffres-cles figure.chart');
    expect(normalizeSpaces(plieChart?.querySelector('svg')?.textContent ?? '')).toContain('nouvelles entrées');
    const mde = boxes(alpes2023, '#mde-chiffres-cles .key-figures');
    expect(mde.length).toBeGreaterThan(4);
    expect(mde.join(' ')).not.toContain('par rapport');
    for (const id of ['plie-chiffres-cles', 'mde-chiffres-cles']) {
      expect(alpes2023.document.getElementById(id)?.parentElement?.querySelector('h2')?.nextElementSibling?.id).toBe(id);
    }
  });

  it('print an MDE figure whose log is absent as missing', () => {
    const mde = mdeKeyFigures({ ...metricsAlpes.mde!, cyberBase: null, siae: null });
    expect(mde.find((figure) => figure.label.startsWith('usages de la Cyber-base'))?.value).toBeNull();
    expect(mde.find((figure) => figure.label.startsWith('personnes placées en SIAE'))?.value).toBeNull();
    expect(mdeKeyFigures(metricsAlpes.mde!).every((figure) => figure.value !== null)).toBe(true);
  });
});
