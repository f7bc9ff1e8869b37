import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';

/**
 * « Les données clés du territoire Métropole Nord-Ouest » of the ALPES 2023 report
 * (`--report alpes`, fixtures/2023/territoire/) print every figure of seed 000's first page.
 * Every expected value is transcribed by hand from seed 000's text (lines ~55-100), which the
 * comments quote, never copied from our own output. The seed's text extraction lost the
 * commune labels of the population map: the pairing is docs/territoire.md's. Liberties, listed
 * in docs/seed-discrepancies.md: French typography (a narrow no-break space before "%",
 * collapsed here to a plain space), one decimal everywhere ("25,0 %" and "+9,0 %" where the seed
 * printed "25%" and "+9%"), « Évolution » with its accent.
 */
let report: ParsedReport;
let metrics: { territory: Record<string, unknown> | null; inputs: Record<string, unknown> };

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  report = parseReport(readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8'));
  metrics = JSON.parse(readFileSync(path.join(out, '2023', 'metrics-alpes.json'), 'utf8'));
});

function textOf(id: string): string {
  const element = report.document.getElementById(id);
  expect(element, `no element #${id} in the report`).toBeTruthy();
  return normalizeSpaces(element?.textContent ?? '');
}

/** Seed 000: "27 121 hab." … "144 212 habitants pour 10 communes", labels restored. */
const expectedPopulation: [string, string][] = [
  ['La Madeleine', '22 488'], // "22 488 hab."
  ['Lambersart', '27 121'], // "27 121 hab."
  ['Lompret', '2 182'], // "2 182 hab."
  ['Marcq-en-Barœul', '39 356'], // "39 356 hab."
  ['Marquette-lez-Lille', '11 213'], // "11 213 hab."
  ['Pérenchies', '8 519'], // "8 519 hab."
  ['Quesnoy-sur-Deûle', '6 920'], // "6 920 hab."
  ['Saint-André-lez-Lille', '12 942'], // "12 942 hab."
  ['Verlinghem', '2 673'], // "2 673 hab."
  ['Wambrechies', '10 798'], // "10 798 hab."
  ['Total', '144 212'], // "144 212 habitants"
];

/** Figure-bearing sentences of the page, as the report prints them. */
const expectedSentences: string[] = [
  // "144 212 habitants / pour 10 communes"
  '144 212 habitants pour 10 communes',
  // "Sources : Population municipale telle que prise en compte par l'Insee, RP2021."
  "Sources : Population municipale telle que prise en compte par l'Insee, RP2021.",
  // "L'EMPLOI SALARIÉ DU SECTEUR PRIVÉ au 31 décembre 2022"
  "L'emploi salarié du secteur privé au 31 décembre 2022",
  // "56 497 / salariés du secteur privé"
  '56 497 salariés du secteur privé',
  // "Source ACOSS/URSSAF/INSEE 31/12/2022 Traitement : Compétences et Emplois"
  'Source ACOSS/URSSAF/INSEE 31/12/2022 Traitement : Compétences et Emplois',
  // "LA DEMANDE D'EMPLOI au 31 décembre 2023"
  "La demande d'emploi au 31 décembre 2023",
  // "8 793 / demandeurs d'emploi de catégorie A, B et C (+0,5%*)"
  "8 793 demandeurs d'emploi de catégorie A, B et C (+0,5 %*)",
  // "dont 5 076 de catégorie A (+4,4%*)"
  'dont 5 076 de catégorie A (+4,4 %*)',
  // "21,2% ont plus de 24 mois d'inscription (-13,6%*)" and "1 860"
  "21,2 % ont plus de 24 mois d'inscription (-13,6 %*) 1 860",
  // "11,4% ont moins de 25 ans (+9%*)" and "1 002"
  '11,4 % ont moins de 25 ans (+9,0 %*) 1 002',
  // "25% ont plus de 50 ans (-3,3%*)" and "2 197"
  '25,0 % ont plus de 50 ans (-3,3 %*) 2 197',
  // "51,3% sont des femmes (+0,2%*)" and "4 507"
  '51,3 % sont des femmes (+0,2 %*) 4 507',
  // "Source Pôle Emploi 31/12/2023 Traitement : Compétences et Emplois"
  'Source Pôle Emploi 31/12/2023 Traitement : Compétences et Emplois',
  // "*Evolution du 31/12/22 au 31/12/23 - Données brutes"
  '*Évolution du 31/12/22 au 31/12/23 - Données brutes',
];

describe('the territory key figures of the ALPES 2023 report reproduce seed 000', () => {
  it('opens the report with « Les données clés du territoire », before the MDE', () => {
    const order = [...report.document.querySelectorAll('section.report-section')].map((section) => section.getAttribute('id'));
    expect(order[0]).toBe('territoire');
    expect(order[1]).toBe('mde');
    expect(normalizeSpaces(report.document.querySelector('#territoire h3')?.textContent ?? '')).toBe('Les données clés du territoire Métropole Nord-Ouest');
    expect(textOf('territoire')).not.toContain('non fournie');
  });

  it('lists the population of every commune and the total, with a bar chart', () => {
    expect(report.table('territoire-population')).toEqual(expectedPopulation);
    const chart = report.document.querySelector('#territoire figure.chart svg');
    expect(chart?.getAttribute('aria-label')).toBe('Habitants');
    expect(chart?.textContent).toContain('Marcq-en-Barœul');
  });

  it.each(expectedSentences)('says: %s', (sentence) => {
    expect(textOf('territoire')).toContain(normalizeSpaces(sentence));
  });

  it('gives no evolution for the private employees: the seed prints none and the file holds no value a year before', () => {
    expect(textOf('territoire-emploi-salarie')).not.toContain('%');
    expect(textOf('territoire-emploi-salarie')).not.toContain('Évolution');
  });

  it('writes the same figures to metrics.json, with the two reference files among the inputs', () => {
    expect(metrics.inputs).toHaveProperty(['2023/territoire/population.csv']);
    expect(metrics.inputs).toHaveProperty(['2023/territoire/emploi.csv']);
    expect(metrics.territory).toMatchObject({
      population: { census: 'RP2021', byCommune: { total: { population: 144_212 } } },
      privateEmployment: { employees: { value: 56_497, date: '2022-12-31', evolution: null } },
      jobSeekers: {
        date: '2023-12-31',
        evolutionSince: '2022-12-31',
        abc: { value: 8_793, evolution: 0.5 },
        categoryA: { value: 5_076, evolution: 4.4 },
        over24Months: { value: 1_860, evolution: -13.6, share: { percent: 21.2 } },
        under25: { value: 1_002, evolution: 9, share: { percent: 11.4 } },
        over50: { value: 2_197, evolution: -3.3, share: { percent: 25 } },
        women: { value: 4_507, evolution: 0.2, share: { percent: 51.3 } },
      },
    });
  });
});

describe('a year without territoire/', () => {
  it('says the key figures are not provided, prints no zeros, and writes territory: null', async () => {
    const data = writeYearFolder(2024);
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--report', 'alpes', '--format', 'html,json', '--quiet']);
    expect(run.code).toBe(0);
    const parsed = parseReport(readFileSync(path.join(out, '2024', 'rapport-alpes-2024.html'), 'utf8'));
    const text = normalizeSpaces(parsed.document.getElementById('territoire')?.textContent ?? '');
    expect(text).toContain('Données non fournies');
    expect(text).not.toMatch(/\b0\b/);
    expect(parsed.document.getElementById('territoire-population')).toBeNull();
    expect(JSON.parse(readFileSync(path.join(out, '2024', 'metrics-alpes.json'), 'utf8')).territory).toBeNull();
  });
});

describe('reference data in the HTML', () => {
  it('is escaped: a source that looks like HTML prints as text', async () => {
    const data = writeYearFolder(2024);
    const folder = path.join(data, '2024', 'territoire');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'population.csv'),
      ['Commune;Population;Recensement', ...['La Madeleine', 'Lambersart', 'Lompret', 'Marcq-en-Barœul', 'Marquette-lez-Lille', 'Pérenchies', 'Quesnoy-sur-Deûle', 'Saint-André-lez-Lille', 'Verlinghem', 'Wambrechies'].map((commune) => `${commune};1000;RP2022`)].join('\n'),
    );
    writeFileSync(
      path.join(folder, 'emploi.csv'),
      ['Indicateur;Valeur;Date;Valeur un an avant;Source;Traitement', 'demandeurs_abc;100;31/12/2024;;<img src=x onerror=alert(1)>;{{year}}'].join('\n'),
    );
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--report', 'alpes', '--format', 'html', '--quiet']);
    expect(run.code).toBe(0);
    const html = readFileSync(path.join(out, '2024', 'rapport-alpes-2024.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const section = normalizeSpaces(parseReport(html).document.getElementById('territoire')?.textContent ?? '');
    expect(section).toContain('Source <img src=x onerror=alert(1)> 31/12/2024 Traitement : {{year}}');
    // Only the A, B, C total is given: the other figures and the evolution note are left out.
    expect(section).toContain("100 demandeurs d’emploi de catégorie A, B et C");
    expect(section).not.toContain('catégorie A, B et C (');
    expect(section).not.toContain('Évolution');
    expect(section).toContain('Donnée non fournie : le nombre de salariés du secteur privé');
  });
});
