import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSpaces, parseReport, runCli, temporaryDir } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';

/**
 * The PLIE "(… en Y-1)" brackets of the ALPES report, on two small hand-made years. Every
 * expected figure is counted by hand from the rows below (comments give the count).
 */
const PARTICIPANTS_HEADER = "Identifiant;Sexe;Date de naissance;Commune;Public;Niveau de qualification;Date d'entrée;Date de sortie;Motif de sortie;Secteur";
const ETAPES_HEADER = 'Identifiant;Type;Date de début;Date de fin';

/** 2023: 4 en parcours, 2 new entrants (1 F), 2 positive exits (1 ≤ CAP, 1 RSA; 32 and 30 months), 4 étapes (1 IAE, 2 Prestation). */
const PLIE_2023 = {
  'plie/participants.csv': [
    PARTICIPANTS_HEADER,
    'P1;F;14/02/1975;Lambersart;RSA;BEP/CAP;10/01/2023;;;',
    'P2;H;01/09/1970;Lompret;TH;BAC;05/03/2021;30/11/2023;Emploi;Restauration',
    'P3;F;20/11/1990;Wambrechies;RSA;Aucun diplôme;12/12/2020;15/06/2023;Formation;',
    'P4;H;03/03/1988;Pérenchies;DELD;BAC;01/02/2023;;;',
  ].join('\n'),
  'plie/etapes.csv': [
    ETAPES_HEADER,
    'P1;Prestation;01/02/2023;',
    'P2;IAE;01/01/2023;30/06/2023',
    'P3;Prestation;01/01/2023;01/06/2023',
    'P4;Emploi;01/03/2023;',
  ].join('\n'),
};

/** 2024: 4 en parcours, 3 new entrants (2 F), 1 positive exit (BAC, not RSA; 8 months), 3 étapes (1 IAE, 1 Prestation). */
const PLIE_2024 = {
  'plie/participants.csv': [
    PARTICIPANTS_HEADER,
    'P1;F;14/02/1975;Lambersart;RSA;BEP/CAP;10/01/2023;;;',
    'P5;F;02/02/1980;Lambersart;RSA;BEP/CAP;15/01/2024;;;',
    'P6;F;03/03/1985;Pérenchies;DELD;BAC;20/02/2024;20/10/2024;Emploi;BTP',
    'P7;H;04/04/1990;Verlinghem;RSA;Aucun diplôme;01/03/2024;;;',
  ].join('\n'),
  'plie/etapes.csv': [ETAPES_HEADER, 'P1;Prestation;01/02/2024;', 'P5;IAE;01/03/2024;', 'P6;Emploi;01/04/2024;20/10/2024'].join('\n'),
};

async function buildPlie(data: string, extra: string[] = []): Promise<{ text: string; trends: number; metrics: Record<string, unknown> }> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet', ...extra]);
  expect(run.code, run.err).toBe(0);
  const report = parseReport(readFileSync(path.join(out, '2024', 'rapport-alpes-2024.html'), 'utf8'));
  const section = report.document.getElementById('plie');
  return {
    text: normalizeSpaces(section?.textContent ?? ''),
    trends: section?.querySelectorAll('.plie-trends').length ?? 0,
    metrics: JSON.parse(readFileSync(path.join(out, '2024', 'metrics-alpes.json'), 'utf8')),
  };
}

const withComparisons = [
  'Une hausse des nouvelles entrées (2 en 2023)', // 3 against 2
  'Une hausse du public féminin (50 % en 2023)', // 2/3 = 67 % against 1/2
  'Les nouvelles entrées représentent 75 % du nombre total des participants en parcours (50 % en 2023).', // 3/4; 2/4
  'Les contrats IAE représentent 33 % des étapes de parcours (25 % en 2023).', // 1/3; 1/4
  'Les actions de remobilisation (prestations) représentent 33 % des étapes de parcours (50 % en 2023).', // 1/3; 2/4
  'Les niveaux ≤ CAP représentent 0 % (50 % en 2023)', // 0/1; 1/2
  'Les allocataires du RSA représentent 0 % (50 % en 2023)', // 0/1; 1/2
  'La durée moyenne des parcours est de 8 mois (31 mois en 2023).', // 8; (32 + 30) / 2
];

const withoutComparisons = [
  'Les nouvelles entrées représentent 75 % du nombre total des participants en parcours.',
  'Les contrats IAE représentent 33 % des étapes de parcours.',
  'Les actions de remobilisation (prestations) représentent 33 % des étapes de parcours.',
  'La durée moyenne des parcours est de 8 mois.',
];

describe('PLIE comparisons with the previous year', () => {
  it('prints Y-1 figures, computed by the same definitions on the Y-1 plie/ files', async () => {
    const data = writeYearFolder(2024, PLIE_2024);
    writeYearFolder(2023, PLIE_2023, data);
    const { text, trends, metrics } = await buildPlie(data);
    for (const sentence of withComparisons) expect(text).toContain(sentence);
    expect(trends).toBe(1); // under the new entrants only
    expect(metrics.plieComparisons).toMatchObject({ previousYear: 2023, newEntries: { previous: 2, current: 3 }, meanPathMonths: { months: 31 } });
  });

  it('leaves every bracket out without a previous year, or when Y-1 has no plie/ folder', async () => {
    const alone = await buildPlie(writeYearFolder(2024, PLIE_2024));
    const data = writeYearFolder(2024, PLIE_2024);
    writeYearFolder(2023, {}, data); // a Mission Locale year without PLIE
    const noPlie = await buildPlie(data);
    for (const { text, trends, metrics } of [alone, noPlie]) {
      for (const sentence of withoutComparisons) expect(text).toContain(sentence);
      expect(text).not.toContain('en 2023)');
      expect(text).not.toContain('Une hausse');
      expect(trends).toBe(0);
      expect(metrics.plieComparisons).toBeNull();
    }
    expect(noPlie.metrics.comparisons).not.toBeNull(); // the Mission Locale comparisons are still there
  });

  it('leaves out a bracket whose Y-1 figure has no denominator (no exit in Y-1: no rate, no duration)', async () => {
    const data = writeYearFolder(2024, PLIE_2024);
    const noExit = PLIE_2023['plie/participants.csv'].replace('30/11/2023;Emploi;Restauration', ';;').replace('15/06/2023;Formation;', ';;');
    writeYearFolder(2023, { ...PLIE_2023, 'plie/participants.csv': noExit }, data);
    const { text } = await buildPlie(data);
    expect(text).toContain('Une hausse des nouvelles entrées (2 en 2023)');
    expect(text).toContain('La durée moyenne des parcours est de 8 mois.');
    expect(text).toMatch(/Les niveaux ≤ CAP représentent 0 % Les allocataires du RSA représentent 0 % \(critère/);
  });

  it('takes Y-1 from an earlier metrics.json with --previous, as from the folder', async () => {
    const earlierData = writeYearFolder(2023, PLIE_2023);
    const earlierOut = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--data', earlierData, '--out', earlierOut, '--format', 'json', '--quiet'])).code).toBe(0);
    const { text, metrics } = await buildPlie(writeYearFolder(2024, PLIE_2024), ['--previous', path.join(earlierOut, '2023', 'metrics.json')]);
    for (const sentence of withComparisons) expect(text).toContain(sentence);
    expect(metrics.plieComparisons).toMatchObject({ previousYear: 2023, positiveRsa: { percent: 50 } });
  });
});
