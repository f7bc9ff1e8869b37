import { dayOf, partsOf, type Day } from '../contract/dates.js';
import type { TerritoryFigureRow, TerritoryRegisters } from '../load/load-territory.js';
import { JOB_SEEKER_KEYS, type TerritoryIndicatorKey } from '../contract/territory-schemas.js';
import { change, communeTable, roundedPercentTenths, type ComputeContext } from './shared.js';
import type { JobSeekerPart, SourceLine, TenthsShare, TerritoryFigure, TerritoryIndicators } from '../contract/metrics-schema.js';

/**
 * « Les données clés du territoire » (seed 000, 2023): population by commune, private-sector
 * employees and job seekers, from the reference files of `<year>/territoire/`. Pure functions;
 * definitions in docs/territoire.md. The figures in the comments are seed 000's.
 *
 * These are published statistics, not counts of our records: the tool adds up the communes,
 * divides the job-seeker parts by their total and compares each figure with its value one year
 * earlier, always at one decimal (glossary §1: the territory figures use 1 decimal).
 */

// ---------------------------------------------------------------- helpers

/** `yyyy-mm-dd` of a day number. */
export function isoDay(day: Day): string {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The same calendar day one year earlier; 29 February gives 28 February. */
export function oneYearBefore(day: Day): Day {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return dayOf(year - 1, month, month === 2 && dayOfMonth === 29 ? 28 : dayOfMonth);
}

export function tenthsShare(count: number, total: number): TenthsShare {
  return { count, total, percent: roundedPercentTenths(count, total) };
}

export function territoryFigure(row: TerritoryFigureRow): TerritoryFigure {
  const previousValue = row.previousValue ?? null;
  return {
    value: row.value,
    date: isoDay(row.date),
    previousDate: isoDay(oneYearBefore(row.date)),
    previousValue,
    evolution: previousValue === null ? null : normalizeZero(change(row.value, previousValue, 1)),
    source: row.source,
    processing: row.processing ?? null,
  };
}

/** `change` gives -0 for a tiny fall that rounds to 0; it prints and compares as 0. */
function normalizeZero(value: number | null): number | null {
  return value === 0 ? 0 : value;
}

function jobSeekerPart(row: TerritoryFigureRow | undefined, total: TerritoryFigureRow | undefined): JobSeekerPart | null {
  if (row === undefined) return null;
  return { ...territoryFigure(row), share: total === undefined ? null : tenthsShare(row.value, total.value) };
}

/** Distinct source lines of the given figures, in the order of the figures. */
export function sourceLines(figures: readonly (TerritoryFigure | null)[]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const figure of figures) {
    if (figure === null) continue;
    const line = { source: figure.source, date: figure.date, processing: figure.processing };
    if (!lines.some((known) => known.source === line.source && known.date === line.date && known.processing === line.processing)) lines.push(line);
  }
  return lines;
}

// ---------------------------------------------------------------- the section

export function computeTerritory(registers: TerritoryRegisters, context: ComputeContext): TerritoryIndicators {
  const table = communeTable(context.communes, ['population'] as const);
  for (const row of registers.population) table.add(row.commune, 'population', row.population);

  const rows = registers.figures;
  const total = rows.demandeurs_abc;
  const employees = rows.salaries_prives ? territoryFigure(rows.salaries_prives) : null;
  const abc = total ? territoryFigure(total) : null;
  const part = (key: TerritoryIndicatorKey) => jobSeekerPart(rows[key], total);
  const jobSeekers = {
    abc,
    categoryA: part('demandeurs_a'),
    over24Months: part('demandeurs_plus_24_mois'),
    under25: part('demandeurs_moins_25_ans'),
    over50: part('demandeurs_plus_50_ans'),
    women: part('demandeurs_femmes'),
  };
  const jobSeekerFigures = [jobSeekers.abc, jobSeekers.categoryA, jobSeekers.over24Months, jobSeekers.under25, jobSeekers.over50, jobSeekers.women];
  const firstDated = JOB_SEEKER_KEYS.map((key) => rows[key]).find((row) => row !== undefined);
  const firstEvolution = jobSeekerFigures.find((figure) => figure !== null && figure.evolution !== null);
  // No row read (a header-only population.csv): null, never a table of zeros.
  const population = registers.population[0];
  return {
    population: population ? { census: population.census, byCommune: table.table() } : null,
    privateEmployment: { employees, sources: sourceLines([employees]) },
    jobSeekers: {
      date: firstDated ? isoDay(firstDated.date) : null,
      evolutionSince: firstEvolution ? firstEvolution.previousDate : null,
      ...jobSeekers,
      sources: sourceLines(jobSeekerFigures),
    },
  };
}
