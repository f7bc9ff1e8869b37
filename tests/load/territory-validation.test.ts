import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectedText, issueMessage } from '../../src/contract/messages-fr.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import type { Issue } from '../../src/contract/issues.js';
import { loadTerritory } from '../../src/load/load-territory.js';
import { d } from '../helpers/records.js';
import { temporaryDir } from '../helpers/report.js';
import { type YearSource } from '../../src/load/registers.js';

const POPULATION_LINES = [
  'Commune;Population;Recensement;Commentaire',
  'La Madeleine;22488;RP2021;',
  'Lambersart;27 121;RP2021;',
  'Lompret;2182;RP2021;',
  'Marcq-en-Baroeul;39356;RP2021;',
  'Marquette-lez-Lille;11213;RP2021;',
  'Pérenchies;8519;RP2021;',
  'Quesnoy-sur-Deûle;6920;RP2021;',
  'SAINT ANDRE LEZ LILLE;12942;RP 2021;',
  'Verlinghem;2673;2021;',
  'Wambrechies;10798;RP2021;',
];

const EMPLOI_LINES = [
  'Indicateur;Valeur;Date;Valeur un an avant;Source;Traitement',
  'salaries_prives;56497;31/12/2022;;ACOSS/URSSAF/INSEE;Compétences et Emplois',
  'demandeurs_abc;8793;31/12/2023;8749;Pôle Emploi;Compétences et Emplois',
  'demandeurs_a;5076;31/12/2023;4862;Pôle Emploi;Compétences et Emplois',
  'demandeurs_plus_24_mois;1860;31/12/2023;2153;Pôle Emploi;Compétences et Emplois',
  'demandeurs_moins_25_ans;1002;31/12/2023;919;Pôle Emploi;',
  'demandeurs_plus_50_ans;2197;31/12/2023;2272;Pôle Emploi;Compétences et Emplois',
  'demandeurs_femmes;4507;2023-12-31;4498;Pôle Emploi;Compétences et Emplois',
];

type FileContent = string | Buffer | null;

/** Writes `<root>/2023/territoire/…` (a file given as null is left out) and returns the source. */
function territoryFolder(files: { population?: FileContent; emploi?: FileContent } = {}): YearSource {
  const root = temporaryDir('alpes-territoire-');
  const folder = path.join(root, '2023', 'territoire');
  mkdirSync(folder, { recursive: true });
  const population = files.population === undefined ? POPULATION_LINES.join('\n') : files.population;
  const emploi = files.emploi === undefined ? EMPLOI_LINES.join('\n') : files.emploi;
  if (population !== null) writeFileSync(path.join(folder, 'population.csv'), typeof population === 'string' ? `${population}\n` : population);
  if (emploi !== null) writeFileSync(path.join(folder, 'emploi.csv'), typeof emploi === 'string' ? `${emploi}\n` : emploi);
  return source(root);
}

function source(dataDir: string): YearSource {
  return { dataDir, year: 2023, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} };
}

/** The lines with line `n` (1-based, header = 1) replaced, or removed when `content` is null. */
function withLine(lines: readonly string[], n: number, content: string | null): string {
  const copy = [...lines];
  if (content === null) copy.splice(n - 1, 1);
  else copy[n - 1] = content;
  return copy.join('\n');
}

async function load(input: YearSource) {
  const issues: Issue[] = [];
  const registers = await loadTerritory(input, issues);
  return {
    registers,
    issues,
    errors: issues.filter((issue) => issue.severity === 'error'),
    warnings: issues.filter((issue) => issue.severity === 'warning'),
  };
}

describe('loadTerritory: valid files', () => {
  it('reads both files: commune spellings, spaced numbers, census spellings, ISO dates, empty cells', async () => {
    const { registers, issues } = await load(territoryFolder());
    expect(issues).toEqual([]);
    const { population, figures, inputs } = registers!;
    expect(population.map((row) => row.commune)).toEqual([...METROPOLE_NORD_OUEST.communes]);
    expect(population[1]).toEqual({ commune: 'Lambersart', population: 27_121, census: 'RP2021' });
    expect(new Set(population.map((row) => row.census))).toEqual(new Set(['RP2021']));
    expect(figures.salaries_prives).toEqual({ value: 56_497, date: d('31/12/2022'), previousValue: undefined, source: 'ACOSS/URSSAF/INSEE', processing: 'Compétences et Emplois' });
    expect(figures.demandeurs_moins_25_ans).toMatchObject({ value: 1_002, previousValue: 919, processing: undefined });
    expect(figures.demandeurs_femmes?.date).toBe(d('31/12/2023'));
    expect(Object.keys(inputs)).toEqual(['2023/territoire/population.csv', '2023/territoire/emploi.csv']);
    expect(inputs['2023/territoire/emploi.csv']!.rows).toBe(7);
  });

  it('reads Windows-1252 files with a comma delimiter and header aliases, like every other input', async () => {
    const population = POPULATION_LINES.map((line) => line.replace(/;/g, ',')).join('\r\n').replace('Population,', 'Population municipale,').replace('Marcq-en-Baroeul', 'Marcq-en-Barœul');
    const { registers, issues } = await load(territoryFolder({ population: iconv.encode(`${population}\r\n`, 'win1252') }));
    expect(issues).toEqual([]);
    expect(registers!.population.map((row) => row.commune)).toContain('Marcq-en-Barœul');
    expect(registers!.population.find((row) => row.commune === 'Pérenchies')?.population).toBe(8_519);
  });

  it('returns undefined, with no issue, when the year has no territoire/ folder', async () => {
    const root = temporaryDir('alpes-territoire-');
    mkdirSync(path.join(root, '2023', 'imilo'), { recursive: true });
    const { registers, issues } = await load(source(root));
    expect(registers).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('requires both files once the folder exists', async () => {
    const { errors } = await load(territoryFolder({ emploi: null }));
    expect(errors).toEqual([expect.objectContaining({ code: 'file.missing', file: '2023/territoire/emploi.csv' })]);
  });
});

describe('loadTerritory: population.csv errors', () => {
  it('rejects a commune outside the territory, and reports the territory commune it replaced as missing', async () => {
    const { errors } = await load(territoryFolder({ population: withLine(POPULATION_LINES, 4, 'Lille;2182;RP2021;') }));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.commune', file: '2023/territoire/population.csv', line: 4, column: 1, field: 'Commune', value: 'Lille' }),
      {
        code: 'territory.missing_commune',
        severity: 'error',
        file: '2023/territoire/population.csv',
        field: 'Commune',
        value: 'Lompret',
        expectation: { kind: 'rowPerCommune', communes: 10 },
      },
    ]);
    expect(issueMessage(errors[0]!)).toContain('« Lille » n’est pas une commune du territoire');
    expect(issueMessage(errors[1]!)).toBe('La commune « Lompret » du territoire n’a pas de ligne ; attendu : une ligne par commune du territoire (10 communes).');
  });

  it('refuses a population row outside the territory even when horsTerritoire counts young people from outside', async () => {
    const territory = { ...METROPOLE_NORD_OUEST, outside: 'count' as const };
    const french = (raw: string) => (raw === 'Lille' ? 'Lille' : undefined);
    const input = { ...territoryFolder({ population: withLine(POPULATION_LINES, 4, 'Lille;2182;RP2021;') }), communes: communeMatcher(territory, french) };
    expect(input.communes.countsOutside).toBe(true);
    const { errors } = await load(input);
    expect(errors.map((issue) => [issue.code, issue.line ?? null, issue.value])).toEqual([
      ['cell.commune_outside', 4, 'Lille'],
      ['territory.missing_commune', null, 'Lompret'],
    ]);
  });

  it('names the nearest commune for a typo', async () => {
    const { errors } = await load(territoryFolder({ population: withLine(POPULATION_LINES, 3, 'Lammersart;27121;RP2021;') }));
    expect(errors[0]).toMatchObject({ code: 'cell.commune', line: 3, column: 1, value: 'Lammersart', suggestion: 'Lambersart' });
  });

  it('reports each missing commune of the territory', async () => {
    const lines = withLine(withLine(POPULATION_LINES, 11, null).split('\n'), 4, null);
    const { errors } = await load(territoryFolder({ population: lines }));
    expect(errors.map((issue) => [issue.code, issue.value])).toEqual([
      ['territory.missing_commune', 'Lompret'],
      ['territory.missing_commune', 'Wambrechies'],
    ]);
  });

  it('rejects a commune given twice, whatever its spelling', async () => {
    const { errors } = await load(territoryFolder({ population: `${POPULATION_LINES.join('\n')}\nLAMBERSART;27121;RP2021;` }));
    expect(errors).toEqual([
      {
        code: 'territory.duplicate',
        severity: 'error',
        file: '2023/territoire/population.csv',
        line: 12,
        column: 1,
        field: 'Commune',
        value: 'LAMBERSART',
        firstLine: 3,
        expectation: { kind: 'oneRowPer', unit: 'commune' },
      },
    ]);
    expect(issueMessage(errors[0]!)).toBe('Colonne « Commune » : « LAMBERSART » apparaît deux fois ; attendu : une seule ligne par commune (la première est à la ligne 3).');
  });

  it('rejects a population that is not a whole number, without calling the commune missing', async () => {
    const { errors } = await load(territoryFolder({ population: withLine(POPULATION_LINES, 3, 'Lambersart;27121 hab.;RP2021;') }));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.integer', file: '2023/territoire/population.csv', line: 3, column: 2, field: 'Population', value: '27121 hab.' }),
    ]);
    expect(issueMessage(errors[0]!)).toContain('« 27121 hab. » n’est pas un nombre entier');
  });

  it('rejects an empty or malformed census, and two censuses in one file', async () => {
    const lines = withLine(withLine(POPULATION_LINES, 2, 'La Madeleine;22488;;').split('\n'), 5, 'Marcq-en-Barœul;39356;RP2020;');
    const broken = withLine(lines.split('\n'), 6, 'Marquette-lez-Lille;11213;recensement 2021;');
    const { errors } = await load(territoryFolder({ population: broken }));
    expect(errors.map((issue) => [issue.line, issue.column, issue.code, issue.value])).toEqual([
      [2, 3, 'cell.required', undefined],
      [5, 3, 'territory.inconsistent', 'RP2020'],
      [6, 3, 'cell.vocabulary', 'recensement 2021'],
    ]);
    expect(issueMessage(errors[1]!)).toBe(
      'Colonne « Recensement » : « RP2020 » diffère des autres lignes ; attendu : « RP2021 » comme à la ligne 3 (un seul recensement pour toutes les communes).',
    );
  });

  it('does not list every commune as missing when the header lacks a column', async () => {
    const { errors } = await load(territoryFolder({ population: withLine(POPULATION_LINES, 1, 'Commune;Recensement') }));
    expect(errors).toEqual([expect.objectContaining({ code: 'header.missing_column', field: 'Population' })]);
  });
});

describe('loadTerritory: emploi.csv errors and warnings', () => {
  const EMPLOI = '2023/territoire/emploi.csv';

  it('rejects a value that is not a whole number', async () => {
    const { errors } = await load(territoryFolder({ emploi: withLine(EMPLOI_LINES, 3, 'demandeurs_abc;8 793,5;31/12/2023;8749;Pôle Emploi;') }));
    expect(errors).toEqual([expect.objectContaining({ code: 'cell.integer', file: EMPLOI, line: 3, column: 2, field: 'Valeur', value: '8 793,5' })]);
  });

  it('rejects an unknown indicator, suggesting the nearest one, and does not call the indicator missing', async () => {
    const { errors, warnings } = await load(territoryFolder({ emploi: withLine(EMPLOI_LINES, 8, 'demandeurs_femme;4507;31/12/2023;4498;Pôle Emploi;') }));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.vocabulary', file: EMPLOI, line: 8, column: 1, field: 'Indicateur', value: 'demandeurs_femme', suggestion: 'demandeurs_femmes' }),
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'territory.missing_indicator', value: 'demandeurs_femmes' })]);
  });

  it('rejects an indicator given twice', async () => {
    const { errors } = await load(territoryFolder({ emploi: `${EMPLOI_LINES.join('\n')}\nDemandeurs A;5000;31/12/2023;;Pôle Emploi;` }));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'territory.duplicate', line: 9, column: 1, field: 'Indicateur', value: 'Demandeurs A', firstLine: 4, expectation: { kind: 'oneRowPer', unit: 'indicator' } }),
    ]);
  });

  it('warns, without stopping, when an indicator is missing', async () => {
    const { errors, warnings, registers } = await load(territoryFolder({ emploi: withLine(EMPLOI_LINES, 3, null) }));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([{ code: 'territory.missing_indicator', severity: 'warning', file: EMPLOI, field: 'Indicateur', value: 'demandeurs_abc' }]);
    expect(issueMessage(warnings[0]!)).toBe(
      'Indicateur « demandeurs_abc » absent : ce chiffre ne sera pas imprimé dans les données clés du territoire, ni les parts des demandeurs d’emploi, qui se calculent sur ce total.',
    );
    expect(registers!.figures.demandeurs_abc).toBeUndefined();
  });

  it('rejects job-seeker figures at another date than the A, B, C total', async () => {
    const { errors } = await load(territoryFolder({ emploi: withLine(EMPLOI_LINES, 6, 'demandeurs_moins_25_ans;1002;30/09/2023;919;Pôle Emploi;') }));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'territory.inconsistent',
        file: EMPLOI,
        line: 6,
        column: 3,
        field: 'Date',
        value: '30/09/2023',
        expectation: { kind: 'sameDateAs', day: d('31/12/2023'), key: 'demandeurs_abc', line: 3 },
      }),
    ]);
  });

  it('rejects a part above the A, B, C total, now or a year before', async () => {
    const emploi = withLine(withLine(EMPLOI_LINES, 8, 'demandeurs_femmes;9000;31/12/2023;4498;Pôle Emploi;').split('\n'), 7, 'demandeurs_plus_50_ans;2197;31/12/2023;8750;Pôle Emploi;');
    const { errors } = await load(territoryFolder({ emploi }));
    expect(errors.map((issue) => [issue.line, issue.column, issue.code, issue.value, expectedText(issue)])).toEqual([
      [7, 4, 'territory.exceeds_total', '8750', 'au plus 8749 (demandeurs_abc, même colonne, ligne 3)'],
      [8, 2, 'territory.exceeds_total', '9000', 'au plus 8793 (demandeurs_abc, même colonne, ligne 3)'],
    ]);
    expect(issueMessage(errors[1]!)).toBe(
      'Colonne « Valeur » : « 9000 » dépasse le nombre de demandeurs d’emploi de catégories A, B et C ; attendu : au plus 8793 (demandeurs_abc, même colonne, ligne 3).',
    );
  });

  it('requires a date and a source, and warns about a date far from the report year', async () => {
    const emploi = withLine(withLine(EMPLOI_LINES, 2, 'salaries_prives;56497;;;;').split('\n'), 3, 'demandeurs_abc;8793;31/12/2019;;Pôle Emploi;');
    const { errors, warnings } = await load(territoryFolder({ emploi: withLine(emploi.split('\n'), 4, null) }));
    expect(errors.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [2, 3, 'cell.required'],
      [2, 5, 'cell.required'],
      // The other job-seeker figures are at 31/12/2023, the total at 31/12/2019.
      [4, 3, 'territory.inconsistent'],
      [5, 3, 'territory.inconsistent'],
      [6, 3, 'territory.inconsistent'],
      [7, 3, 'territory.inconsistent'],
    ]);
    expect(warnings.map((issue) => [issue.line, issue.code, issue.value])).toEqual([
      [3, 'quality.date_out_of_window', undefined],
      [undefined, 'territory.missing_indicator', 'demandeurs_a'],
    ]);
  });
});
