import { describe, expect, it } from 'vitest';
import { change, roundedPercentTenths } from '../../src/compute/shared.js';
import { computeTerritory, isoDay, oneYearBefore, sourceLines, tenthsShare, territoryFigure } from '../../src/compute/territory.js';
import { METROPOLE_NORD_OUEST } from '../../src/contract/territory.js';
import type { TerritoryFigureRow, TerritoryRegisters } from '../../src/load/load-territory.js';
import { d } from '../helpers/records.js';

const context = { year: 2023, communes: METROPOLE_NORD_OUEST.communes };

describe('roundedPercentTenths', () => {
  it('reproduces the seed shares of the job seekers A, B, C (8 793)', () => {
    expect(roundedPercentTenths(1_860, 8_793)).toBe(21.2); // 21,15… %
    expect(roundedPercentTenths(1_002, 8_793)).toBe(11.4); // 11,39… %
    expect(roundedPercentTenths(2_197, 8_793)).toBe(25); // 24,985… %: printed "25,0 %"
    expect(roundedPercentTenths(4_507, 8_793)).toBe(51.3); // 51,256… %
  });

  it('rounds half up at .x5 on the exact ratio, where floating point would not', () => {
    expect(Math.round((201 / 400) * 1000) / 10).toBe(50.2); // the floating-point trap
    expect(roundedPercentTenths(201, 400)).toBe(50.3); // exactly 50,25 %
    expect(roundedPercentTenths(1, 16)).toBe(6.3); // exactly 6,25 %
    expect(roundedPercentTenths(3, 16)).toBe(18.8); // exactly 18,75 %
    expect(roundedPercentTenths(1, 8)).toBe(12.5); // exact, nothing to round
    expect(roundedPercentTenths(1_249, 10_000)).toBe(12.5); // 12,49 % rounds down
  });

  it('has no value without a denominator', () => {
    expect(roundedPercentTenths(0, 0)).toBeNull();
    expect(tenthsShare(3, 0)).toEqual({ count: 3, total: 0, percent: null });
  });
});

describe('change at one decimal', () => {
  it('reproduces the printed evolutions from the reconstructed 31/12/2022 values of the fixtures', () => {
    expect(change(8_793, 8_749, 1)).toBe(0.5); // "+0,5%*"
    expect(change(5_076, 4_862, 1)).toBe(4.4); // "+4,4%*"
    expect(change(1_860, 2_153, 1)).toBe(-13.6); // "-13,6%*"
    expect(change(1_002, 919, 1)).toBe(9); // "+9%*", printed "+9,0 %"
    expect(change(2_197, 2_272, 1)).toBe(-3.3); // "-3,3%*"
    expect(change(4_507, 4_498, 1)).toBe(0.2); // "+0,2%*"
  });

  it('rounds half away from zero at .x5', () => {
    expect(change(2_001, 2_000, 1)).toBe(0.1); // exactly +0,05 %
    expect(change(1_999, 2_000, 1)).toBe(-0.1); // exactly -0,05 %
    expect(change(20_009, 20_000, 1)).toBe(0); // +0,045 %
  });
});

describe('dates', () => {
  it('goes back one calendar year, 29 February giving the 28th', () => {
    expect(isoDay(oneYearBefore(d('31/12/2023')))).toBe('2022-12-31');
    expect(isoDay(oneYearBefore(d('29/02/2024')))).toBe('2023-02-28');
    expect(isoDay(oneYearBefore(d('01/03/2024')))).toBe('2023-03-01');
  });
});

function row(value: number, previousValue: number | undefined, overrides: Partial<TerritoryFigureRow> = {}): TerritoryFigureRow {
  return { value, date: d('31/12/2023'), previousValue, source: 'Pôle Emploi', processing: 'Compétences et Emplois', ...overrides };
}

describe('territoryFigure', () => {
  it('carries the figure, its dates, its evolution and its source', () => {
    expect(territoryFigure(row(8_793, 8_749))).toEqual({
      value: 8_793,
      date: '2023-12-31',
      previousDate: '2022-12-31',
      previousValue: 8_749,
      evolution: 0.5,
      source: 'Pôle Emploi',
      processing: 'Compétences et Emplois',
    });
  });

  it('has no evolution without a previous value, or from 0', () => {
    expect(territoryFigure(row(56_497, undefined, { processing: undefined }))).toMatchObject({ previousValue: null, evolution: null, processing: null });
    expect(territoryFigure(row(12, 0))).toMatchObject({ previousValue: 0, evolution: null });
  });

  it('gives 0, not -0, for a fall that rounds to nothing', () => {
    expect(Object.is(territoryFigure(row(19_999, 20_000)).evolution, 0)).toBe(true);
  });
});

const POPULATION: [string, number][] = [
  ['Lambersart', 27_121],
  ['Lompret', 2_182],
  ['Wambrechies', 10_798],
  ['Marcq-en-Barœul', 39_356],
  ['La Madeleine', 22_488],
  ['Marquette-lez-Lille', 11_213],
  ['Pérenchies', 8_519],
  ['Quesnoy-sur-Deûle', 6_920],
  ['Verlinghem', 2_673],
  ['Saint-André-lez-Lille', 12_942],
];

function registers(figures: TerritoryRegisters['figures']): TerritoryRegisters {
  return { population: POPULATION.map(([commune, population]) => ({ commune, population, census: 'RP2021' })), figures, inputs: {} };
}

const SEED_FIGURES: TerritoryRegisters['figures'] = {
  salaries_prives: row(56_497, undefined, { date: d('31/12/2022'), source: 'ACOSS/URSSAF/INSEE' }),
  demandeurs_abc: row(8_793, 8_749),
  demandeurs_a: row(5_076, 4_862),
  demandeurs_plus_24_mois: row(1_860, 2_153),
  demandeurs_moins_25_ans: row(1_002, 919),
  demandeurs_plus_50_ans: row(2_197, 2_272),
  demandeurs_femmes: row(4_507, 4_498),
};

describe('computeTerritory', () => {
  const territory = computeTerritory(registers(SEED_FIGURES), context);

  it('lists the population of every commune in report order, with the total 144 212', () => {
    expect(territory.population!.census).toBe('RP2021');
    expect(territory.population!.byCommune.rows.map((r) => r.commune)).toEqual([...METROPOLE_NORD_OUEST.communes]);
    expect(territory.population!.byCommune.rows.find((r) => r.commune === 'Lambersart')?.population).toBe(27_121);
    expect(territory.population!.byCommune.total.population).toBe(144_212);
  });

  it('divides each part of the job seekers by the A, B, C total', () => {
    const { jobSeekers } = territory;
    expect(jobSeekers.over24Months?.share).toEqual({ count: 1_860, total: 8_793, percent: 21.2 });
    expect(jobSeekers.under25?.share?.percent).toBe(11.4);
    expect(jobSeekers.over50?.share?.percent).toBe(25);
    expect(jobSeekers.women?.share?.percent).toBe(51.3);
    expect(jobSeekers.categoryA?.share?.percent).toBe(57.7); // 5 076 / 8 793, not printed
    expect(jobSeekers.abc?.evolution).toBe(0.5);
    expect(jobSeekers.date).toBe('2023-12-31');
    expect(jobSeekers.evolutionSince).toBe('2022-12-31');
  });

  it('keeps the private employees apart, without an evolution when none was given', () => {
    expect(territory.privateEmployment.employees).toMatchObject({ value: 56_497, date: '2022-12-31', evolution: null });
    expect(territory.privateEmployment.sources).toEqual([{ source: 'ACOSS/URSSAF/INSEE', date: '2022-12-31', processing: 'Compétences et Emplois' }]);
  });

  it('prints each source line once', () => {
    expect(territory.jobSeekers.sources).toEqual([{ source: 'Pôle Emploi', date: '2023-12-31', processing: 'Compétences et Emplois' }]);
    const other = territoryFigure(row(1, undefined, { source: 'DARES' }));
    const pe = territoryFigure(row(2, undefined));
    expect(sourceLines([pe, null, other, pe]).map((line) => line.source)).toEqual(['Pôle Emploi', 'DARES']);
  });

  it('has no share without the A, B, C total, and no figure the file does not give', () => {
    const { demandeurs_abc: _total, salaries_prives: _employees, ...parts } = SEED_FIGURES;
    const partial = computeTerritory(registers(parts), context);
    expect(partial.jobSeekers.abc).toBeNull();
    expect(partial.privateEmployment).toEqual({ employees: null, sources: [] });
    expect(partial.jobSeekers.over24Months).toMatchObject({ value: 1_860, share: null, evolution: -13.6 });
    expect(partial.jobSeekers.date).toBe('2023-12-31');
  });

  it('has no evolution period when no previous value is given', () => {
    const noPrevious = Object.fromEntries(
      Object.entries(SEED_FIGURES).map(([key, figure]) => [key, { ...figure, previousValue: undefined }]),
    ) as TerritoryRegisters['figures'];
    const computed = computeTerritory(registers(noPrevious), context);
    expect(computed.jobSeekers.evolutionSince).toBeNull();
    expect([computed.jobSeekers.abc, computed.jobSeekers.women].map((figure) => figure?.evolution)).toEqual([null, null]);
    expect(computeTerritory(registers({}), context).jobSeekers).toMatchObject({ date: null, evolutionSince: null, sources: [] });
  });
});
