import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACRONYMS, acronymsIn } from '../../src/contract/acronyms.js';
import { FIGURE_TABLES } from '../../src/contract/figures.js';
import { frenchTypography } from '../../src/render/typography.js';
import { FIXTURES, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

async function report(year: number, kind: 'ml' | 'alpes'): Promise<ParsedReport> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', FIXTURES, '--out', out, '--format', 'html', '--report', kind, '--quiet']);
  expect(run.code, run.err).toBe(0);
  return parseReport(readFileSync(path.join(out, String(year), `rapport-${kind === 'ml' ? 'activite' : 'alpes'}-${year}.html`), 'utf8'));
}

/** The annex's definition list: title → definition. */
function definitions(parsed: ParsedReport): Map<string, string> {
  const annex = parsed.document.getElementById('annexes')!;
  const terms = [...annex.querySelectorAll('.annex-definitions dt')];
  return new Map(terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}

function acronyms(parsed: ParsedReport): string[] {
  return [...parsed.document.getElementById('annexes')!.querySelectorAll('.annex-acronyms dt')].map((term) => term.textContent ?? '');
}

describe('annexes of the report', () => {
  let ml: ParsedReport;
  let alpes: ParsedReport;
  beforeAll(async () => {
    ml = await report(2024, 'ml');
    alpes = await report(2023, 'alpes');
  }, 120_000);

  it('define every table of the Mission Locale sections from the catalogue, and no part the year lacks', () => {
    const annex = definitions(ml);
    const defined = [...annex.values()];
    for (const table of FIGURE_TABLES.filter((entry) => !['plie', 'mde', 'territory', 'comparisons', 'plieComparisons'].includes(entry.section))) {
      expect(defined, table.title).toContain(frenchTypography(table.definition));
      expect([...annex.keys()].some((title) => title.split(', ').includes(table.title)), table.title).toBe(true);
    }
    expect(annex.get('Nouveaux accueils')).toContain('« Date premier accueil »');
    expect([...annex.keys()]).not.toContain('Sorties du PLIE');
  });

  it('define the PLIE, MDE and territory tables in the ALPES report', () => {
    const annex = definitions(alpes);
    expect(annex.get('Sorties du PLIE')).toContain('plie/participants.csv');
    expect(annex.get('Cyber-base Emploi')).toContain('mde/cyber-base.csv');
    expect(annex.get('Demandeurs d’emploi')).toContain('territoire/emploi.csv');
    // Its Mission Locale digest (seed 000) prints the aids but no citizenship figure.
    expect(annex.get('Aide à la mobilité MDE')).toContain('imilo/aides.csv');
    expect([...annex.keys()]).not.toContain('Citoyenneté');
    expect([...definitions(ml).keys()]).toContain('Citoyenneté');
  });

  it('spell out the acronyms each report uses, and only those', () => {
    const listed = acronyms(ml);
    expect(listed).toContain('PACEA');
    expect(ml.text).toContain('PACEA Parcours contractualisé d’accompagnement vers l’emploi et l’autonomie');
    expect(ml.text).toContain('QPV Quartier prioritaire de la politique de la ville');
    for (const acronym of ['CEJ', 'PMSMP', 'PPAE', 'RQTH', 'SEEPH', 'FAJeM', 'PEC', 'CIE']) expect(listed).toContain(acronym);
    // The Mission Locale report has no PLIE part: its entry criteria are not in it.
    expect(listed).not.toContain('DETLD');
    for (const acronym of ['PLIE', 'SIAE', 'IAE', 'MDE']) expect(acronyms(alpes)).toContain(acronym);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('find acronyms as whole words only', () => {
    expect(acronymsIn('le CEJ et la SIAE').map((entry) => entry.acronym)).toEqual(['CEJ', 'SIAE']);
    expect(acronymsIn('AIDES, PACEAS, cej').map((entry) => entry.acronym)).toEqual([]);
    expect(new Set(ACRONYMS.map((entry) => entry.acronym)).size).toBe(ACRONYMS.length);
  });
});
