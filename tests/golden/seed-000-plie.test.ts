import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computePlie } from '../../src/compute/plie.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import type { Issue } from '../../src/contract/issues.js';
import { loadPlie } from '../../src/load/load-plie.js';
import { type PlieIndicators } from '../../src/contract/metrics-schema.js';

/**
 * The 2023 PLIE fixtures (scripts/generate-plie-fixtures.ts) reproduce every PLIE figure that
 * the ALPES 2023 report (seed 000) prints, with the definitions of docs/plie.md. Every expected
 * value below is transcribed from seed 000's text, which the comments quote; none is copied
 * from the tool's output.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

let plie: PlieIndicators;
let plie2022: PlieIndicators;
const issues: Issue[] = [];
const issues2022: Issue[] = [];

async function computeFixtures(year: number, found: Issue[]): Promise<PlieIndicators> {
  const registers = await loadPlie({ dataDir: FIXTURES, year, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} }, found);
  expect(registers).toBeDefined();
  // « Le PLIE a pour objectif un taux de sorties positives de 50 %. »
  return computePlie(registers!, { year, communes: METROPOLE_NORD_OUEST.communes, targetPositiveRate: 50 });
}

beforeAll(async () => {
  plie = await computeFixtures(2023, issues);
  plie2022 = await computeFixtures(2022, issues2022);
});

/** Counts by commune in the territory's report order (La Madeleine … Wambrechies). */
function byCommune(table: NonNullable<PlieIndicators['participants']>['byCommune']): number[] {
  return table.rows.map((row) => row.count);
}

describe('the 2023 PLIE figures of seed 000', () => {
  it('loads the fixtures without any validation issue (noise included)', () => {
    expect(issues).toEqual([]);
    expect(METROPOLE_NORD_OUEST.communes).toEqual([
      'La Madeleine',
      'Lambersart',
      'Lompret',
      'Marcq-en-Barœul',
      'Marquette-lez-Lille',
      'Pérenchies',
      'Quesnoy-sur-Deûle',
      'Saint-André-lez-Lille',
      'Verlinghem',
      'Wambrechies',
    ]);
  });

  it('Les participants: 383 en parcours', () => {
    const p = plie.participants!;
    expect(p.total).toBe(383); // "383 participants en parcours"
    expect(p.sex).toEqual({ H: 177, F: 206, total: 383 }); // "H : 46% (177)   F : 54% (206)"
    expect(p.men.percent).toBe(46); // "H : 46% (177)"
    expect(p.women.percent).toBe(54); // "F : 54% (206)"
    expect(p.seniors.percent).toBe(28); // "28 % sont des séniors"
    expect(p.rsa.percent).toBe(77); // "77 % sont allocataires du RSA"
    expect(p.upToCap.percent).toBe(69); // "69 % ont un niveau ≤ CAP"
    // "La Madeleine : 82 / Lambersart : 87 / Lompret : 0 / Marcq-en-Baroeul : 80 / Marquette-Lez-Lille : 27 /
    //  Pérenchies : 28 / Quesnoy-sur-Deûle : 16 / Saint-André-Lez-Lille : 42 / Verlinghem : 4 / Wambrechies : 17"
    expect(byCommune(p.byCommune)).toEqual([82, 87, 0, 80, 27, 28, 16, 42, 4, 17]);
    expect(p.byCommune.total.count).toBe(383);
  });

  it('Les participants: 134 nouvelles entrées', () => {
    const n = plie.newEntries!;
    expect(n.total).toBe(134); // "134 nouvelles entrées"
    expect(n.sex).toEqual({ H: 54, F: 80, total: 134 }); // "H : 40% (54)  F : 60% (80)"
    expect(n.men.percent).toBe(40); // "H : 40% (54)"
    expect(n.women.percent).toBe(60); // "F : 60% (80)"
    expect(n.seniors.percent).toBe(16); // "16 % sont des séniors"
    expect(n.rsa.percent).toBe(92); // "92 % sont allocataires du RSA"
    expect(n.upToCap.percent).toBe(66); // "66 % ont un niveau ≤ CAP"
    // "La Madeleine : 21 / Lambersart : 39 / Lompret : 0 / Marcq-en-Baroeul : 18 / Marquette-Lez-Lille : 9 /
    //  Pérenchies : 15 / Quesnoy-sur-Deûle : 10 / Saint-André-Lez-Lille : 14 / Verlinghem : 1 / Wambrechies : 7"
    expect(byCommune(n.byCommune)).toEqual([21, 39, 0, 18, 9, 15, 10, 14, 1, 7]);
    // "Les nouvelles entrées représentent 35% du nombre total des participants en parcours"
    expect(plie.newEntriesShare!).toMatchObject({ count: 134, total: 383, percent: 35 });
  });

  it('Les étapes de parcours', () => {
    const s = plie.steps!;
    expect(s.mobilised).toBe(478); // "478 étapes mobilisées pour 383 participants"
    expect(s.participants).toBe(383); // "… pour 383 participants"
    expect(s.startedInYear.percent).toBe(70); // "70% des étapes démarrées en 2023"
    expect(s.byType.Emploi.percent).toBe(44); // "44 % Parcours « Emploi »" (docs/plie.md: the Emploi type alone)
    expect(s.byType["Emploi d'insertion (IAE)"].percent).toBe(14); // "Les contrats IAE représentent 14% des étapes de parcours"
    expect(s.byType.Prestation.percent).toBe(36); // "Les actions de remobilisation (prestations) représentent 36% des étapes de parcours"
    // Not printed: Formation is the rest, 100 − 44 − 14 − 36 = 6 % (docs/plie.md).
    expect(s.byType.Formation.percent).toBe(6);
  });

  it('Les sorties: counts and reasons', () => {
    const e = plie.exits!;
    expect(e.total).toBe(168); // "168 sorties"
    expect(e.positive).toBe(86); // "« Positives » : 86 (Emploi – Formation)"
    expect(e.others).toBe(82); // "« Autres » : 82 (Légitime – Réorientation — Rupture)"
    expect(e.byReason.Emploi).toBe(67); // "85% des 67 sorties « Emploi »"
    expect(e.byReason.Formation).toBe(86 - 67); // "Positives : 86 (Emploi – Formation)" with 67 Emploi
    // "*Sorties légitimes : Santé (8) ; Emploi probable/sans justificatif (8) ; Déménagement (4) ; Retraite (3)"
    expect(e.byReason.Santé).toBe(8);
    expect(e.byReason['Emploi probable sans justificatif']).toBe(8);
    expect(e.byReason.Déménagement).toBe(4);
    expect(e.byReason.Retraite).toBe(3);
    expect(e.legitimate).toBe(8 + 8 + 4 + 3);
    // "« Autres » : 82 (Légitime – Réorientation — Rupture)": the non-légitimes others are Réorientation or Rupture.
    expect(e.byReason.Réorientation + e.byReason.Rupture).toBe(82 - 23);
  });

  it('Les sorties: rates', () => {
    const e = plie.exits!;
    expect(e.rate.percent).toBe(51); // "51 % Sorties Positives"
    expect(e.adjustedRate.percent).toBe(59); // "Un taux de sorties positives ajusté à 59 % (hors sorties légitimes)"
    expect(e.target).toBe(50); // "Le PLIE a pour objectif un taux de sorties positives de 50 %."
    expect(e.targetMet).toBe(true); // 51 % ≥ 50 %
  });

  it('Sorties positives: public, sectors, communes', () => {
    const e = plie.exits!;
    expect(e.positiveUpToCap.percent).toBe(73); // "Les niveaux ≤ CAP représentent 73 %"
    expect(e.positiveRsa.percent).toBe(64); // "Les allocataires du RSA * représentent 64 %"
    // "85% des 67 sorties « Emploi » sont répartis sur 5 secteurs professionnels : Services aux entreprises et
    //  collectivités (16) ; SAP/Santé/Social (15) ; Tertiaire/Numérique (9) ; Transport/Logistique (9) ; Restauration (8)"
    expect(e.employmentSectors.top.map(({ label, share }) => [label, share.count, share.total])).toEqual([
      ['Services aux entreprises et collectivités', 16, 67],
      ['SAP/Santé/Social', 15, 67],
      ['Tertiaire/Numérique', 9, 67],
      ['Transport/Logistique', 9, 67],
      ['Restauration', 8, 67],
    ]);
    expect(e.employmentSectors.covered.percent).toBe(85); // "85% des 67 sorties « Emploi »"
    // "Sorties Positives (86)": "La Madeleine : 19 / Lambersart : 19 / Marcq-en-Baroeul : 17 / Marquette-Lez-Lille : 8 /
    //  Pérenchies : 4 / Quesnoy-sur-Deûle : 2 / Saint-André-Lez-Lille : 12 / Verlinghem : 2 / Wambrechies : 3" (Lompret not listed: 0)
    expect(byCommune(e.positiveByCommune)).toEqual([19, 19, 0, 17, 8, 4, 2, 12, 2, 3]);
    expect(e.positiveByCommune.total.count).toBe(86);
  });

  it('La durée moyenne des parcours', () => {
    expect(plie.pathLength!.meanMonths).toBe(34); // "La durée moyenne des parcours est de 34 mois"
    expect(plie.pathLength!.participants).toBe(168); // over the "168 sorties" (docs/plie.md)
  });
});

describe('the 2022 PLIE figures that seed 000 prints "en 2022"', () => {
  it('loads the 2022 fixtures without any validation issue', () => {
    expect(issues2022).toEqual([]);
  });

  it('Les participants', () => {
    expect(plie2022.newEntries!.total).toBe(93); // "Une hausse des nouvelles entrées (93 en 2022)"
    expect(plie2022.newEntries!.women.percent).toBe(55); // "Une hausse du public féminin (55% en 2022 / 49% en 2021)"
    expect(plie2022.newEntriesShare!.percent).toBe(20); // "Les nouvelles entrées représentent 35% … (20% en 2022)."
  });

  it('Les étapes de parcours', () => {
    expect(plie2022.steps!.byType["Emploi d'insertion (IAE)"].percent).toBe(10); // "Les contrats IAE représentent 14% des étapes de parcours (10% en 2022)."
    expect(plie2022.steps!.byType.Prestation.percent).toBe(28); // "… (prestations) représentent 36% des étapes de parcours (28% en 2022)."
  });

  it('Les sorties', () => {
    expect(plie2022.exits!.positiveUpToCap.percent).toBe(55); // "Les niveaux ≤ CAP représentent 73 % (55% en 2022)"
    expect(plie2022.exits!.positiveRsa.percent).toBe(78); // "Les allocataires du RSA * représentent 64 %  (78% en 2022)"
    expect(plie2022.pathLength!.meanMonths).toBe(31); // "34 mois (31 mois en 2022)"
  });
});
