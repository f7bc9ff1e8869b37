import { describe, expect, it } from 'vitest';
import { comparePlie } from '../../src/compute/comparisons.js';
import {
  completedMonths,
  computePlie,
  computePlieExits,
  computePlieProgramme,
  computePliePathLength,
  computePlieSteps,
  type PlieContext,
} from '../../src/compute/plie.js';
import { METROPOLE_NORD_OUEST } from '../../src/contract/territory.js';
import type { PlieLinkedEtape, PlieRegisters } from '../../src/load/load-plie.js';
import type { PlieExitReason, PlieParticipant } from '../../src/contract/plie-schemas.js';
import { d } from '../helpers/records.js';

// ---------------------------------------------------------------- tiny builders

const context2023: PlieContext = { year: 2023, communes: METROPOLE_NORD_OUEST.communes, targetPositiveRate: 50 };

type ParticipantInput = Partial<Omit<PlieParticipant, 'qualification'>> & { qualification?: PlieParticipant['qualification']['band'] };

/** A participant entered on 01/03/2023, still in path, 40 on entry, RSA, BAC. */
function participant(overrides: ParticipantInput = {}): PlieParticipant {
  const { qualification, ...rest } = overrides;
  return {
    id: 'P',
    sex: 'F',
    birthDate: d('15/06/1982'),
    commune: 'Lambersart',
    publics: ['RSA'],
    qualification: { band: qualification ?? 'BAC', fromLevel: false },
    entry: d('01/03/2023'),
    exit: undefined,
    exitReason: undefined,
    sector: undefined,
    ...rest,
  };
}

/** A participant who exited on `exit` (default 30/06/2023) for `reason`. */
function exited(reason: PlieExitReason, overrides: ParticipantInput = {}): PlieParticipant {
  return participant({ entry: d('01/03/2021'), exit: d('30/06/2023'), exitReason: reason, ...overrides });
}

function etape(participantIndex: number, overrides: Partial<PlieLinkedEtape> = {}): PlieLinkedEtape {
  return { type: 'Prestation', start: d('01/04/2023'), end: undefined, ...overrides, participant: participantIndex };
}

function plie(participants: PlieParticipant[], etapes: PlieLinkedEtape[] = []): PlieRegisters {
  return { participants, etapes, inputs: {} };
}

function times(n: number, make: () => PlieParticipant): PlieParticipant[] {
  return Array.from({ length: n }, make);
}

// ---------------------------------------------------------------- tests

describe('PLIE exits and their rates', () => {
  it('reproduces the seed: 86 positive out of 168 exits, 23 légitimes -> 51 % and 59 %, target 50 % met', () => {
    const data = plie([
      ...times(67, () => exited('Emploi')),
      ...times(19, () => exited('Formation')),
      ...times(8, () => exited('Santé')),
      ...times(8, () => exited('Emploi probable sans justificatif')),
      ...times(4, () => exited('Déménagement')),
      ...times(3, () => exited('Retraite')),
      ...times(40, () => exited('Réorientation')),
      ...times(19, () => exited('Rupture')),
    ]);
    const exits = computePlieExits(data, context2023);
    expect(exits.total).toBe(168);
    expect(exits.positive).toBe(86);
    expect(exits.others).toBe(82);
    expect(exits.legitimate).toBe(23);
    expect(exits.byReason.Emploi).toBe(67);
    expect(exits.rate).toEqual({ count: 86, total: 168, percent: 51 });
    expect(exits.adjustedRate).toEqual({ count: 86, total: 145, percent: 59 });
    expect(exits.target).toBe(50);
    expect(exits.targetMet).toBe(true);
  });

  it('gives null rates (never 0 %) and an unknown target when nobody exited', () => {
    const exits = computePlieExits(plie([participant()]), context2023);
    expect(exits.total).toBe(0);
    expect(exits.rate).toEqual({ count: 0, total: 0, percent: null });
    expect(exits.adjustedRate.percent).toBeNull();
    expect(exits.targetMet).toBeNull();
    expect(exits.employmentSectors.covered.percent).toBeNull();
    expect(computePliePathLength(plie([participant()]), 2023).meanMonths).toBeNull();
  });

  it('with only légitimes exits: raw rate 0 %, adjusted rate null, target not met', () => {
    const exits = computePlieExits(plie([exited('Santé'), exited('Retraite')]), context2023);
    expect(exits.rate).toEqual({ count: 0, total: 2, percent: 0 });
    expect(exits.adjustedRate).toEqual({ count: 0, total: 0, percent: null });
    expect(exits.targetMet).toBe(false);
  });

  it('ignores exits dated in another year', () => {
    const data = plie([
      exited('Emploi', { exit: d('31/12/2022') }),
      exited('Rupture', { exit: d('01/01/2024') }),
      exited('Formation', { exit: d('01/01/2023') }),
    ]);
    const exits = computePlieExits(data, context2023);
    expect(exits.total).toBe(1);
    expect(exits.positive).toBe(1);
    expect(exits.byReason.Emploi).toBe(0);
  });

  it('compares the exact ratio with the target: 49,6 % prints 50 % but misses a 50 % target', () => {
    // 62 / 125 = 49,6 %.
    const data = plie([...times(62, () => exited('Emploi')), ...times(63, () => exited('Rupture'))]);
    const exits = computePlieExits(data, context2023);
    expect(exits.rate.percent).toBe(50);
    expect(exits.targetMet).toBe(false);
    expect(computePlieExits(data, { ...context2023, targetPositiveRate: 45 }).targetMet).toBe(true);
    // Exactly on the target is met: 1 out of 2.
    expect(computePlieExits(plie([exited('Emploi'), exited('Rupture')]), context2023).targetMet).toBe(true);
  });

  it('describes positive exits: RSA, niveau ≤ CAP, commune, and the Emploi sectors', () => {
    const data = plie([
      exited('Emploi', { sector: 'Restauration', qualification: 'BEP/CAP', commune: 'Pérenchies' }),
      exited('Emploi', { sector: 'restauration', publics: ['DELD'], qualification: 'Aucun diplôme' }),
      exited('Emploi', { sector: 'Restauration' }),
      exited('Emploi', { sector: 'Transport/Logistique' }),
      exited('Emploi', { sector: 'SAP/Santé/Social' }),
      exited('Emploi', { sector: 'Tertiaire/Numérique' }),
      exited('Emploi', { sector: 'Services aux entreprises et collectivités' }),
      exited('Emploi', { sector: 'Vente' }),
      exited('Emploi'),
      exited('Formation', { publics: ['TH'], sector: 'Ignored: not an Emploi exit' }),
      exited('Rupture', { commune: 'Lompret' }),
    ]);
    const exits = computePlieExits(data, context2023);
    expect(exits.positiveRsa).toEqual({ count: 8, total: 10, percent: 80 });
    expect(exits.positiveUpToCap).toEqual({ count: 2, total: 10, percent: 20 });
    expect(exits.positiveByCommune.rows).toHaveLength(10);
    expect(exits.positiveByCommune.rows.find((row) => row.commune === 'Pérenchies')?.count).toBe(1);
    expect(exits.positiveByCommune.rows.find((row) => row.commune === 'Lompret')?.count).toBe(0);
    expect(exits.positiveByCommune.total.count).toBe(10);
    // Restauration groups its spellings, shown with the most frequent one; ties are alphabetical; Vente (6th) and the exit without a sector are left out.
    expect(exits.employmentSectors.top.map(({ label, share }) => [label, share.count])).toEqual([
      ['Restauration', 3],
      ['SAP/Santé/Social', 1],
      ['Services aux entreprises et collectivités', 1],
      ['Tertiaire/Numérique', 1],
      ['Transport/Logistique', 1],
    ]);
    expect(exits.employmentSectors.covered).toEqual({ count: 7, total: 9, percent: 78 });
    expect(exits.employmentSectors.withoutSector).toBe(1);
  });

  it('reproduces the seed sector coverage: 57 of 67 Emploi exits in 5 sectors -> 85 %', () => {
    const sectors: [string, number][] = [
      ['Services aux entreprises et collectivités', 16],
      ['SAP/Santé/Social', 15],
      ['Tertiaire/Numérique', 9],
      ['Transport/Logistique', 9],
      ['Restauration', 8],
      ['Bâtiment', 4],
      ['Industrie', 3],
      ['Commerce', 3],
    ];
    const data = plie(sectors.flatMap(([sector, n]) => times(n, () => exited('Emploi', { sector }))));
    const exits = computePlieExits(data, context2023);
    expect(exits.employmentSectors.covered).toEqual({ count: 57, total: 67, percent: 85 });
    expect(exits.employmentSectors.top[0]).toEqual({ label: 'Services aux entreprises et collectivités', share: { count: 16, total: 67, percent: 24 } });
  });
});

describe('PLIE participants and new entries', () => {
  it('counts a participant entered the previous year and still in path in parcours, not in new entries', () => {
    const data = plie([
      participant({ entry: d('15/09/2022') }),
      participant({ entry: d('02/01/2023'), sex: 'H' }),
      // Exited before the year: neither.
      exited('Emploi', { entry: d('01/01/2021'), exit: d('31/12/2022') }),
      // Exited during the year: en parcours.
      exited('Rupture', { entry: d('01/06/2022'), exit: d('01/01/2023') }),
      // Enters next year: neither.
      participant({ entry: d('01/01/2024') }),
    ]);
    const result = computePlie(data, context2023);
    expect(result.participants!.total).toBe(3);
    expect(result.newEntries!.total).toBe(1);
    expect(result.newEntries!.sex).toEqual({ F: 0, H: 1, total: 1 });
    expect(result.newEntriesShare!).toEqual({ count: 1, total: 3, percent: 33 });
  });

  it('counts seniors by their age at entry, and exposes the Senior criterion apart', () => {
    const data = plie([
      // 50 on the day of entry.
      participant({ birthDate: d('01/03/1973'), entry: d('01/03/2023') }),
      // 49 at entry (01/03/2023), 50 by 31/12: not a senior.
      participant({ birthDate: d('02/03/1973'), entry: d('01/03/2023'), publics: ['RSA', 'Senior'] }),
      // Senior criterion only, 35 at entry.
      participant({ birthDate: d('01/01/1988'), publics: ['DETLD', 'Senior'] }),
      participant({ birthDate: d('01/01/1990'), publics: ['TH'] }),
    ]);
    const result = computePlie(data, context2023);
    expect(result.participants!.seniors).toEqual({ count: 1, total: 4, percent: 25 });
    expect(result.participants!.seniorCriterion).toEqual({ count: 2, total: 4, percent: 50 });
    expect(result.participants!.rsa).toEqual({ count: 2, total: 4, percent: 50 });
  });

  it('reproduces the seed sex split and shares of the 134 new entries', () => {
    // 80 F / 54 H; 123 RSA (92 %); 88 ≤ CAP (66 %); 21 aged 50+ at entry (16 %).
    const people = Array.from({ length: 134 }, (_, i) =>
      participant({
        sex: i < 80 ? 'F' : 'H',
        publics: i < 123 ? ['RSA'] : ['DELD'],
        qualification: i < 44 ? 'BEP/CAP' : i < 88 ? 'Aucun diplôme' : 'BAC',
        birthDate: i < 21 ? d('01/01/1970') : d('01/01/1990'),
        commune: i < 39 ? 'Lambersart' : 'La Madeleine',
      }),
    );
    const result = computePlie(plie(people), context2023);
    const entries = result.newEntries!;
    expect(entries.total).toBe(134);
    expect(entries.women).toEqual({ count: 80, total: 134, percent: 60 });
    expect(entries.men).toEqual({ count: 54, total: 134, percent: 40 });
    expect(entries.rsa.percent).toBe(92);
    expect(entries.upToCap.percent).toBe(66);
    expect(entries.seniors.percent).toBe(16);
    expect(entries.byCommune.rows.find((row) => row.commune === 'Lambersart')?.count).toBe(39);
    expect(entries.byCommune.rows.find((row) => row.commune === 'Lompret')?.count).toBe(0);
    expect(entries.byCommune.total.count).toBe(134);
  });

  it('gives null shares for an empty population', () => {
    const result = computePlie(plie([]), context2023);
    expect(result.participants!.total).toBe(0);
    expect(result.participants!.women.percent).toBeNull();
    expect(result.newEntriesShare!.percent).toBeNull();
    expect(result.steps!.startedInYear.percent).toBeNull();
  });
});

describe('PLIE étapes', () => {
  it('counts étapes overlapping the year, those started in it, and each type as a share', () => {
    const data = plie(
      [participant(), participant({ entry: d('01/01/2022') })],
      [
        etape(0, { type: 'Emploi', start: d('01/05/2023'), end: d('31/10/2023') }),
        etape(0, { type: "Emploi d'insertion (IAE)", start: d('01/11/2023') }),
        // Started the previous year, ended in the year: mobilised, not started in Y.
        etape(1, { type: 'Prestation', start: d('01/10/2022'), end: d('15/01/2023') }),
        // Started the previous year, still running: mobilised.
        etape(1, { type: 'Formation', start: d('01/09/2022') }),
        // Ended before the year, started after it: not mobilised.
        etape(1, { type: 'Emploi', start: d('01/02/2022'), end: d('31/12/2022') }),
        etape(1, { type: 'Emploi', start: d('01/01/2024') }),
      ],
    );
    const steps = computePlieSteps(data, 2023);
    expect(steps.mobilised).toBe(4);
    expect(steps.participants).toBe(2);
    expect(steps.startedInYear).toEqual({ count: 2, total: 4, percent: 50 });
    expect(steps.byType).toEqual({
      Emploi: { count: 1, total: 4, percent: 25 },
      Formation: { count: 1, total: 4, percent: 25 },
      "Emploi d'insertion (IAE)": { count: 1, total: 4, percent: 25 },
      Prestation: { count: 1, total: 4, percent: 25 },
    });
  });
});

describe('PLIE path length', () => {
  it('counts completed calendar months', () => {
    expect(completedMonths(d('15/01/2021'), d('14/01/2024'))).toBe(35);
    expect(completedMonths(d('15/01/2021'), d('15/01/2024'))).toBe(36);
    expect(completedMonths(d('31/01/2023'), d('28/02/2023'))).toBe(0);
    expect(completedMonths(d('01/03/2023'), d('01/03/2023'))).toBe(0);
  });

  it('averages the paths of the participants exiting in the year, half-up to a whole month', () => {
    const data = plie([
      exited('Emploi', { entry: d('01/01/2021'), exit: d('01/01/2023') }), // 24
      exited('Rupture', { entry: d('01/06/2020'), exit: d('01/12/2023') }), // 42
      exited('Santé', { entry: d('01/06/2023'), exit: d('01/07/2023') }), // 1 -> mean 67/3 = 22,33
      // Still in path, and exited the year before: not counted.
      participant({ entry: d('01/01/2015') }),
      exited('Emploi', { entry: d('01/01/2015'), exit: d('01/12/2022') }),
    ]);
    expect(computePliePathLength(data, 2023)).toEqual({ participants: 3, meanMonths: 22 });
    // 24 and 25 -> 24,5 rounds up to 25.
    const halves = plie([
      exited('Emploi', { entry: d('01/01/2021'), exit: d('01/01/2023') }),
      exited('Emploi', { entry: d('01/01/2021'), exit: d('01/02/2023') }),
    ]);
    expect(computePliePathLength(halves, 2023).meanMonths).toBe(25);
  });
});

describe('PLIE year-on-year figures', () => {
  const context2022: PlieContext = { ...context2023, year: 2022 };

  it('applies the same indicators to Y-1 and keeps Y-1 values only', () => {
    const previous = computePlie(
      plie(
        [
          participant({ entry: d('01/02/2022'), sex: 'F' }),
          participant({ entry: d('01/03/2022'), sex: 'H' }),
          participant({ entry: d('01/04/2022'), sex: 'F' }),
          participant({ entry: d('01/01/2020') }),
          exited('Emploi', { entry: d('01/01/2020'), exit: d('01/07/2022'), qualification: 'BEP/CAP' }), // 30 months, ≤ CAP, RSA
          exited('Formation', { entry: d('01/01/2020'), exit: d('01/09/2022'), publics: ['DELD'] }), // 32 months
          exited('Rupture', { entry: d('01/01/2020'), exit: d('01/01/2022') }), // 24 months
        ],
        [
          etape(0, { type: "Emploi d'insertion (IAE)", start: d('01/03/2022') }),
          etape(1, { type: 'Prestation', start: d('01/03/2022') }),
          etape(2, { type: 'Prestation', start: d('01/05/2022') }),
          etape(3, { type: 'Emploi', start: d('01/05/2022') }),
        ],
      ),
      context2022,
    );
    const current = computePlie(plie([participant(), participant({ entry: d('01/05/2023'), sex: 'H' })], [etape(0)]), context2023);
    const comparisons = comparePlie(current, previous, 2022)!;
    expect(comparisons.previousYear).toBe(2022);
    expect(comparisons.newEntries).toEqual({ previousYear: 2022, previous: 3, current: 2, percent: -33, percentHundredths: -3333 });
    expect(comparisons.newEntriesWomen).toEqual({ previousYear: 2022, percent: 67 }); // 2 of 3 (2023: 1 of 2)
    expect(comparisons.newEntriesShare).toEqual({ previousYear: 2022, percent: 43 }); // 3 of the 7 en parcours in 2022 (the Rupture of 01/01/2022 included)
    expect(comparisons.iaeSteps).toEqual({ previousYear: 2022, percent: 25 });
    expect(comparisons.prestationSteps).toEqual({ previousYear: 2022, percent: 50 });
    expect(comparisons.positiveUpToCap).toEqual({ previousYear: 2022, percent: 50 });
    expect(comparisons.positiveRsa).toEqual({ previousYear: 2022, percent: 50 });
    expect(comparisons.meanPathMonths).toEqual({ previousYear: 2022, months: 29 }); // (30 + 32 + 24) / 3 = 28,67
  });

  it('has no Y-1 percentage or duration where Y-1 had no denominator (never 0 %)', () => {
    const previous = computePlie(plie([participant({ entry: d('01/01/2020') })]), context2022);
    const comparisons = comparePlie(computePlie(plie([participant()]), context2023), previous, 2022)!;
    expect(comparisons.newEntries.percent).toBeNull(); // 0 new entrants in 2022
    expect(comparisons.newEntriesWomen.percent).toBeNull();
    expect(comparisons.iaeSteps.percent).toBeNull();
    expect(comparisons.positiveRsa.percent).toBeNull();
    expect(comparisons.meanPathMonths.months).toBeNull();
  });
});

describe('PLIE programme figures (manuel.csv)', () => {
  it('are null, never 0, when manuel.csv does not give them', () => {
    const programme = computePlieProgramme(new Map());
    expect(programme.socialSupport).toEqual({ collectiveActions: null, participants: null, hours: null });
    expect(programme.training.participants).toBeNull();
    expect(programme.training.drivingLicence.total).toBeNull();
  });

  it('derive the training participants and licence total from the known parts', () => {
    const programme = computePlieProgramme(
      new Map([
        ['plie.formations.validees', 9],
        ['plie.permis.obtenus', 1],
        ['plie.permis.non_obtenus', 3],
      ]),
    );
    expect(programme.training.drivingLicence).toEqual({ total: 4, obtained: 1, inProgress: null, failed: 3 });
    expect(programme.training.participants).toBe(13);
  });
});
