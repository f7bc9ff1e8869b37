import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missionLocaleKeyFigures } from '../../src/render/key-figures.js';
import type { MetricsDocument } from '../../src/contract/metrics-schema.js';
import { FIXTURES, normalizeSpaces, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

let metrics2024: MetricsDocument;

async function report(year: number, kind: 'ml' | 'alpes'): Promise<ParsedReport> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', FIXTURES, '--out', out, '--format', 'html,json', '--report', kind, '--quiet']);
  expect(run.code, run.err).toBe(0);
  if (kind === 'ml') metrics2024 = JSON.parse(readFileSync(path.join(out, String(year), 'metrics.json'), 'utf8'));
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

  it('leave out a figure the data do not hold, rather than print 0', () => {
    const withPropositions = missionLocaleKeyFigures(metrics2024.indicators, metrics2024.comparisons);
    expect(withPropositions.map((figure) => figure.label)).toContain('propositions');
    const indicators = { ...metrics2024.indicators, public: { ...metrics2024.indicators.public, propositions: null } };
    const figures = missionLocaleKeyFigures(indicators, metrics2024.comparisons);
    expect(figures.map((figure) => figure.label)).not.toContain('propositions');
    expect(figures).toHaveLength(withPropositions.length - 1);
  });
});
