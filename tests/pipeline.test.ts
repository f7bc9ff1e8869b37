import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { computeReport } from '../src/pipeline.js';
import type { Issue } from '../src/contract/issues.js';
import { writeYearFolder } from './helpers/year-folder.js';

/** What Y-1 is read for: the comparisons, and nothing else. */
const BROKEN_UNCOMPARED_FILES = {
  'imilo/propositions.csv': ['Identifiant;Date;Thème;Sous-thème', 'J1;pas une date;Formation;'].join('\n'),
  'mde/siae.csv': ['Identifiant;Date;Type de structure;Structure', 'S1;pas une date;A.I.;AI-05'].join('\n'),
  'territoire/population.csv': ['Commune;Population;Recensement;Commentaire', 'Lille;beaucoup;RP2021;'].join('\n'),
};

const errors = (issues: Iterable<Issue>) => [...issues].filter((issue) => issue.severity === 'error');

describe('the previous year folder', () => {
  it('is read only for the comparisons: its mde/, territoire/ and propositions.csv are neither read nor checked', async () => {
    const data = writeYearFolder(2024);
    writeYearFolder(2023, BROKEN_UNCOMPARED_FILES, data);
    // The same files stop a build of 2023 itself.
    expect(errors((await computeReport(data, 2023, DEFAULT_SETTINGS)).issues).map((issue) => issue.file)).toEqual(
      expect.arrayContaining(['2023/mde/siae.csv', '2023/territoire/population.csv', '2023/imilo/propositions.csv']),
    );

    const report = await computeReport(data, 2024, DEFAULT_SETTINGS);
    expect(errors(report.issues)).toEqual([]);
    expect(report.current).toBeDefined();
    expect(report.comparisons?.previousYear).toBe(2023);
    expect(Object.keys(report.previousInputs ?? {}).sort()).toEqual([
      '2023/actions/actions.csv',
      '2023/actions/participations.csv',
      '2023/imilo/aides.csv',
      '2023/imilo/dispositifs.csv',
      '2023/imilo/evenements.csv',
      '2023/imilo/jeunes.csv',
      '2023/imilo/situations.csv',
      '2023/manuel.csv',
    ]);
  });

  it('has its plie/ read only when the report year has one too (the PLIE comparisons need both)', async () => {
    const brokenPlie = { 'plie/etapes.csv': ['Identifiant;Type;Date de début;Date de fin', 'P1;Prestation;pas une date;'].join('\n') };
    const data = writeYearFolder(2024);
    writeYearFolder(2023, brokenPlie, data);
    const withoutPlie = await computeReport(data, 2024, DEFAULT_SETTINGS);
    expect(errors(withoutPlie.issues)).toEqual([]);
    expect(withoutPlie.plieComparisons).toBeNull();
    expect(Object.keys(withoutPlie.previousInputs ?? {}).filter((file) => file.includes('/plie/'))).toEqual([]);

    const plie2024 = { 'plie/participants.csv': 'Identifiant;Sexe;Date de naissance;Commune;Public;Niveau de qualification;Date d\'entrée;Date de sortie;Motif de sortie;Secteur', 'plie/etapes.csv': 'Identifiant;Type;Date de début;Date de fin' };
    writeYearFolder(2024, plie2024, data);
    const withPlie = await computeReport(data, 2024, DEFAULT_SETTINGS);
    expect(errors(withPlie.issues).map((issue) => issue.file)).toContain('2023/plie/etapes.csv');
  });

  it('still stops the build on an error in a file behind the comparisons', async () => {
    const data = writeYearFolder(2024);
    writeYearFolder(2023, { 'imilo/aides.csv': ['Identifiant;Date;Type;Montant;Décision', 'A2;15/05/2023;Allocation CEJ;beaucoup;Accordée'].join('\n') }, data);
    const report = await computeReport(data, 2024, DEFAULT_SETTINGS);
    expect(report.current).toBeDefined();
    expect(report.comparisons).toBeNull();
    expect(errors(report.issues)).toEqual([expect.objectContaining({ file: '2023/imilo/aides.csv', field: 'Montant' })]);
  });
});
