import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';

/**
 * The PLIE pages of the whole ALPES 2023 report (`--report alpes`) built from fixtures/ print
 * the tables and the figure-bearing sentences of the published report (seed 000, « La
 * programmation du PLIE », « Les participants », « Les étapes de parcours », « Les sorties »).
 * Every expected value is transcribed by hand from seed 000's text, which the comments quote,
 * never copied from our own output. The only liberties are French typography (a narrow
 * no-break space before "%", which the comparison collapses to a plain space), the commune
 * spellings of the territory's configuration (Marcq-en-Barœul, Marquette-lez-Lille) and "/"
 * for 0 in a table cell, as in every table of the report. The "(… en 2022)" comparisons come
 * from fixtures/2022 and are expected as the seed prints them, except the seed's second
 * comparison « / 49% en 2021 », which needs 2021's data (docs/plie.md, « Comparaison avec l’année précédente »).
 */
let report: ParsedReport;
let html: string;

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  html = readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8');
  report = parseReport(html);
});

/** The whitespace-collapsed text of one element of the report. */
function textOf(id: string): string {
  const element = report.document.getElementById(id);
  expect(element, `no element #${id} in the report`).toBeTruthy();
  return normalizeSpaces(element?.textContent ?? '');
}

interface ExpectedTable {
  id: string;
  /** The seed's heading or figure the list belongs to. */
  seed: string;
  /** Body rows then the Total row, each [commune, value as printed]. */
  rows: [string, string][];
}

const expectedTables: ExpectedTable[] = [
  {
    id: 'plie-participants-communes',
    seed: '383 participants en parcours',
    rows: [
      ['La Madeleine', '82'], // "La Madeleine : 82"
      ['Lambersart', '87'], // "Lambersart : 87"
      ['Lompret', '/'], // "Lompret : 0"
      ['Marcq-en-Barœul', '80'], // "Marcq-en-Baroeul : 80"
      ['Marquette-lez-Lille', '27'], // "Marquette-Lez-Lille : 27"
      ['Pérenchies', '28'], // "Pérenchies : 28"
      ['Quesnoy-sur-Deûle', '16'], // "Quesnoy-sur-Deûle : 16"
      ['Saint-André-lez-Lille', '42'], // "Saint-André-Lez-Lille : 42"
      ['Verlinghem', '4'], // "Verlinghem : 4"
      ['Wambrechies', '17'], // "Wambrechies : 17"
      ['Total', '383'], // "383 participants en parcours"
    ],
  },
  {
    id: 'plie-entrees-communes',
    seed: '134 nouvelles entrées',
    rows: [
      ['La Madeleine', '21'], // "La Madeleine : 21"
      ['Lambersart', '39'], // "Lambersart : 39"
      ['Lompret', '/'], // "Lompret : 0"
      ['Marcq-en-Barœul', '18'], // "Marcq-en-Baroeul : 18"
      ['Marquette-lez-Lille', '9'], // "Marquette-Lez-Lille : 9"
      ['Pérenchies', '15'], // "Pérenchies : 15"
      ['Quesnoy-sur-Deûle', '10'], // "Quesnoy-sur-Deûle : 10"
      ['Saint-André-lez-Lille', '14'], // "Saint-André-Lez-Lille : 14"
      ['Verlinghem', '1'], // "Verlinghem : 1"
      ['Wambrechies', '7'], // "Wambrechies : 7"
      ['Total', '134'], // "134 nouvelles entrées"
    ],
  },
  {
    id: 'plie-sorties-positives-communes',
    seed: 'Sorties Positives (86)',
    rows: [
      ['La Madeleine', '19'], // "La Madeleine : 19"
      ['Lambersart', '19'], // "Lambersart : 19"
      ['Lompret', '/'], // Lompret is not listed in the seed: no positive exit there
      ['Marcq-en-Barœul', '17'], // "Marcq-en-Baroeul : 17"
      ['Marquette-lez-Lille', '8'], // "Marquette-Lez-Lille : 8"
      ['Pérenchies', '4'], // "Pérenchies : 4"
      ['Quesnoy-sur-Deûle', '2'], // "Quesnoy-sur-Deûle : 2"
      ['Saint-André-lez-Lille', '12'], // "Saint-André-Lez-Lille : 12"
      ['Verlinghem', '2'], // "Verlinghem : 2"
      ['Wambrechies', '3'], // "Wambrechies : 3"
      ['Total', '86'], // "Sorties Positives (86)", "« Positives » : 86"
    ],
  },
];

/** Figure-bearing sentences of seed 000's PLIE pages, as the report prints them. */
const expectedSentences: string[] = [
  // La programmation du PLIE
  // "Allocataires du RSA, DELD/DETLD, DE TH, DE Séniors."
  'allocataires du RSA, DELD/DETLD, DE TH, DE Séniors',
  // "383 participants en parcours - 134 nouvelles entrées"
  '383 participants en parcours - 134 nouvelles entrées',

  // Les participants
  // "134 nouvelles entrées / H : 40% (54)  F : 60% (80)"
  '134 nouvelles entrées H : 40 % (54) F : 60 % (80)',
  // "16 % / sont des séniors"
  '16 % sont des séniors',
  // "92 % / sont allocataires / du RSA"
  '92 % sont allocataires du RSA',
  // "66 % / ont un niveau / ≤ CAP"
  '66 % ont un niveau ≤ CAP',
  // "383 participants en parcours / H : 46% (177)   F : 54% (206)"
  '383 participants en parcours H : 46 % (177) F : 54 % (206)',
  // "28 % / sont des séniors"
  '28 % sont des séniors',
  // "77 % / sont allocataires / du RSA"
  '77 % sont allocataires du RSA',
  // "69 % / ont un niveau / ≤ CAP"
  '69 % ont un niveau ≤ CAP',
  // "Une hausse des nouvelles entrées (93 en 2022) - Une grande majorité d'allocataires du RSA"
  'Une hausse des nouvelles entrées (93 en 2022)',
  // "Une hausse du public féminin (55% en 2022 / 49% en 2021)": the 2021 figure is left out (docs/plie.md)
  'Une hausse du public féminin (55 % en 2022)',
  // "Les nouvelles entrées représentent 35% du nombre total des participants en parcours (20% en 2022)."
  'Les nouvelles entrées représentent 35 % du nombre total des participants en parcours (20 % en 2022).',

  // Les étapes de parcours
  // "478 / étapes mobilisées / pour 383 participants"
  '478 étapes mobilisées pour 383 participants',
  // "70% des étapes démarrées en 2023"
  '70 % des étapes démarrées en 2023',
  // "44 % / Parcours « Emploi »"
  '44 % Parcours « Emploi »',
  // "Les contrats IAE représentent 14% des étapes de parcours (10% en 2022)."
  'Les contrats IAE représentent 14 % des étapes de parcours (10 % en 2022).',
  // "Les actions de remobilisation (prestations) représentent 36% des étapes de parcours (28% en 2022)."
  'Les actions de remobilisation (prestations) représentent 36 % des étapes de parcours (28 % en 2022).',

  // Les sorties
  // "168 / sorties"
  '168 sorties',
  // "« Positives » : 86 / (Emploi – Formation)"
  '« Positives » : 86 (Emploi – Formation)',
  // "« Autres » : 82 / (Légitime – Réorientation — Rupture)"
  '« Autres » : 82 (Légitime – Réorientation — Rupture)',
  // "51 % / Sorties Positives"
  '51 % Sorties Positives',
  // "*Sorties légitimes : Santé  (8) ; Emploi probable/sans justificatif (8) ; Déménagement (4) ;  Retraite (3)"
  'Sorties légitimes : Santé (8) ; Emploi probable/sans justificatif (8) ; Déménagement (4) ; Retraite (3)',
  // "Un taux de sorties positives ajusté à 59 % (hors sorties légitimes)"
  'Un taux de sorties positives ajusté à 59 % (hors sorties légitimes)',
  // "Le PLIE a pour objectif un taux de sorties positives de 50 %."
  'Le PLIE a pour objectif un taux de sorties positives de 50 %.',
  // "Les niveaux ≤ CAP représentent / 73 % (55% en 2022)"
  'Les niveaux ≤ CAP représentent 73 % (55 % en 2022)',
  // "Les allocataires du RSA * / représentent / 64 %  (78% en 2022) / *critère d'entrée PLIE"
  "Les allocataires du RSA représentent 64 % (78 % en 2022) (critère d'entrée PLIE)",
  // "85% des 67 sorties « Emploi » sont répartis sur 5 secteurs professionnels : Services aux entreprises et
  //  collectivités (16)  ;  SAP/Santé/Social (15) ; Tertiaire/Numérique (9) ; Transport/Logistique (9)  ; Restauration (8)"
  '85 % des 67 sorties « Emploi » sont répartis sur 5 secteurs professionnels : Services aux entreprises et collectivités (16) ; SAP/Santé/Social (15) ; Tertiaire/Numérique (9) ; Transport/Logistique (9) ; Restauration (8)',
  // "La durée moyenne des parcours est de / 34 mois (31 mois en 2022)"
  'La durée moyenne des parcours est de 34 mois (31 mois en 2022).',
];

describe('the PLIE pages of the ALPES 2023 report reproduce seed 000', () => {
  it('has a PLIE section headed « Le PLIE », between the MDE and the Mission Locale', () => {
    const section = report.document.getElementById('plie');
    expect(section?.tagName).toBe('SECTION');
    expect(section?.getAttribute('class')).toContain('report-section');
    expect(normalizeSpaces(section?.querySelector('h2')?.textContent ?? '')).toBe('Le PLIE');
    const headings = [...(section?.querySelectorAll('h3') ?? [])].map((h) => normalizeSpaces(h.textContent ?? ''));
    // The seed's four parts, after the key-figures page that opens the PLIE (issue #18).
    expect(headings).toEqual(['Chiffres clés 2023', 'La programmation du PLIE', 'Les participants', 'Les étapes de parcours', 'Les sorties']);
    const order = [...report.document.querySelectorAll('section.report-section')].map((s) => s.getAttribute('id'));
    expect(order.indexOf('plie')).toBe(order.indexOf('mde') + 1);
    expect(order.indexOf('mission-locale')).toBe(order.indexOf('plie') + 1);
    expect(textOf('plie')).not.toContain('Données non fournies');
  });

  describe.each(expectedTables.map((table) => [table.id, table] as const))('table %s', (id, expected) => {
    it(`lists every commune and the total (${expected.seed})`, () => {
      const rows = report.table(id);
      expect(rows, `no <table id="${id}"> in the report`).toBeDefined();
      expect(rows).toEqual(expected.rows);
      const table = report.document.getElementById(id)!;
      // The commune is the row header; the total row is in the footer.
      expect([...table.querySelectorAll('tbody tr')].every((row) => row.firstElementChild?.matches('th[scope="row"]'))).toBe(true);
      expect(normalizeSpaces(table.querySelector('tfoot th')?.textContent ?? '')).toBe('Total');
    });
  });

  it.each(expectedSentences)('says: %s', (sentence) => {
    expect(textOf('plie')).toContain(normalizeSpaces(sentence));
  });

  it('says whether the 50 % target is met (51 % of positive exits)', () => {
    // "51 % Sorties Positives" against "un taux de sorties positives de 50 %"
    expect(textOf('plie')).toContain("l’objectif est atteint");
    expect(textOf('plie')).not.toContain("l’objectif n’est pas atteint");
  });

  it('prints the Accompagnement social and Formations / Prestations figures (from manuel.csv)', () => {
    const text = textOf('plie');
    for (const sentence of [
      'Mise en œuvre de 2 actions collectives', // "Mise en œuvre de 2 actions collectives"
      '49 participants - 352 heures d’accompagnement', // "49 participants - 352 heures d'accompagnement"
      '21 conventions de formation', // "21 conventions de formation"
      '14 organismes de formation', // "14 organismes de formation"
      '21 participants :', // "21 participants :"
      '9 participants ont suivi et validé une formation professionnalisante', // same words
      '12 participants ont suivi une formation au permis de conduire', // same words
      '1 permis obtenu', // "1 permis obtenu"
      '8 parcours en cours de réalisation au 31/12/2023', // same words
      '3 permis non obtenus', // "3 permis non obtenus"
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('prints no 2021 comparison', () => {
    const text = textOf('plie');
    // « / 49% en 2021 »: no 2021 data is read (comparisons go back one year), so no 2021 figure.
    expect(text).not.toMatch(/en 2021\b/); // (table digits run together, so not a bare "2021")
    // Every 2022 figure is a bracket of the sentences above: 8 of them, no other.
    expect(text.match(/en 2022\)/g)).toHaveLength(8);
  });
});
