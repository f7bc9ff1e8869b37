import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

/**
 * fixtures/2022 is the year seed 000 compares with; it has no previous year itself, so its own
 * report must build and print no comparison at all. The figures below are seed 000's
 * "(… en 2022)" values, which are the 2022 report's own figures (comments quote seed 000).
 */
let report: ParsedReport;
let metrics: { year: number; previousYear: number | null; comparisons: unknown; plieComparisons: unknown; plie: unknown };

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2022', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
  // 2022 has no mde/ nor territoire/: the ALPES report says so (issue #15).
  expect(onlyManualKeysWarning(run.err).map((line) => line.replace(/\u001b\[[0-9;]*m/g, '').split(' ').slice(0, 3).join(' '))).toEqual([
    '2022/mde/ avertissement [part.absent]',
    '2022/territoire/ avertissement [part.absent]',
  ]);
  expect(run.code).toBe(0);
  report = parseReport(readFileSync(path.join(out, '2022', 'rapport-alpes-2022.html'), 'utf8'));
  metrics = JSON.parse(readFileSync(path.join(out, '2022', 'metrics-alpes.json'), 'utf8'));
});

function textOf(id: string): string {
  return normalizeSpaces(report.document.getElementById(id)?.textContent ?? '');
}

describe('the 2022 report built from fixtures/2022', () => {
  it('has no previous year: no comparison in the metrics', () => {
    expect(metrics.year).toBe(2022);
    expect(metrics.previousYear).toBeNull();
    expect(metrics.comparisons).toBeNull();
    expect(metrics.plieComparisons).toBeNull();
    expect(metrics.plie).not.toBeNull();
  });

  it('prints no comparison, in the PLIE or the Mission Locale pages', () => {
    expect(report.text).not.toMatch(/en 2021\b/); // (table digits run together, so not a bare "2021")
    expect(report.text).not.toContain('par rapport à');
    expect(report.document.querySelectorAll('.plie-trends')).toHaveLength(0);
  });

  it.each([
    // "Une hausse des nouvelles entrées (93 en 2022)"; "Une hausse du public féminin (55% en 2022 / …)"
    '93 nouvelles entrées H : 45 % (42) F : 55 % (51)',
    // "(20% en 2022)"
    'Les nouvelles entrées représentent 20 % du nombre total des participants en parcours.',
    // "(10% en 2022)"
    'Les contrats IAE représentent 10 % des étapes de parcours.',
    // "(28% en 2022)"
    'Les actions de remobilisation (prestations) représentent 28 % des étapes de parcours.',
    // "(55% en 2022)", "(78% en 2022)"
    'Les niveaux ≤ CAP représentent 55 % Les allocataires du RSA représentent 78 % (critère',
    // "(31 mois en 2022)"
    'La durée moyenne des parcours est de 31 mois.',
  ])('PLIE: %s', (sentence) => {
    expect(textOf('plie')).toContain(normalizeSpaces(sentence));
  });
});
