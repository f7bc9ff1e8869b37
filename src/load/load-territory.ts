import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatDay, type Day } from '../contract/dates.js';
import { issuesSince, type IssueSink } from '../contract/issues.js';
import { checkActivityDate } from './quality.js';
import { UNREADABLE } from './references.js';
import { withAliases } from '../contract/schemas.js';
import {
  JOB_SEEKER_KEYS,
  JOB_SEEKER_PARTS,
  TERRITORY_INDICATOR_KEYS,
  buildTerritorySchemas,
  territoryIndicatorVocabulary,
  type EmploymentRow,
  type TerritoryIndicatorKey,
  type TerritorySchemas,
} from '../contract/territory-schemas.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { fileRef, type YearSource } from './registers.js';

/**
 * Reads and validates the territory's reference data of one year folder (`<year>/territoire/`):
 * the population of each commune and the employment figures. Both files are small and kept
 * in memory. Besides each cell, the files are checked as wholes: every commune of the
 * territory exactly once and one census; each indicator at most once, the job-seeker figures
 * at one date and none above the A, B, C total.
 *
 * A year without a `territoire/` folder has no key figures: `loadTerritory` returns undefined
 * without any issue and the report says the data is not provided, never zeros. Once the
 * folder exists, both files are required.
 */
export interface TerritoryPopulationRow {
  commune: string;
  population: number;
  census: string;
}

/** One figure of emploi.csv, as the computation needs it (the comment is not kept). */
export type TerritoryFigureRow = Omit<EmploymentRow, 'comment' | 'key'>;

export interface TerritoryRegisters {
  /** One row per commune of the territory, in file order. */
  population: TerritoryPopulationRow[];
  /** The figures the file gives; a missing one is absent (and was reported as a warning). */
  figures: Partial<Record<TerritoryIndicatorKey, TerritoryFigureRow>>;
  /** Rows read and SHA-256 per input file (path relative to the data folder), as `Registers.inputs`. */
  inputs: Record<string, FileSummary>;
}

export const TERRITORY_FOLDER = 'territoire';

function territorySchemasFor(source: YearSource): TerritorySchemas {
  // population.csv gives the territory's own communes: `horsTerritoire: compter` counts young
  // people from outside, but a population row outside the territory stays an error.
  const communes = { ...source.communes, countsOutside: false };
  return withAliases(buildTerritorySchemas(communes, source.cellLimits), source.headerAliases, source.valueAliases);
}

export function hasTerritoryFolder(source: Pick<YearSource, 'dataDir' | 'year'>): boolean {
  return existsSync(path.join(source.dataDir, String(source.year), TERRITORY_FOLDER));
}

/** True when an issue added since `before` makes `file` unreadable as a whole (its rows are then not all known). */
function unreadableSince(issues: IssueSink, before: number, file: string): boolean {
  for (const issue of issuesSince(issues, before)) if (issue.file === file && UNREADABLE.has(issue.code)) return true;
  return false;
}

function at(file: string, line: number, columns: ReadonlyMap<string, number>, field: string, header: string) {
  const column = columns.get(field);
  return { file, line, ...(column === undefined ? {} : { column }), field: header };
}

export async function loadTerritory(source: YearSource, issues: IssueSink): Promise<TerritoryRegisters | undefined> {
  if (!hasTerritoryFolder(source)) return undefined;
  const schemas = territorySchemasFor(source);
  const inputs: Record<string, FileSummary> = {};

  // ------------------------------------------------------------ population.csv
  const populationSchema = schemas.population;
  const populationFile = fileRef(source, populationSchema.path);
  const population: TerritoryPopulationRow[] = [];
  const communeLines = new Map<string, number>();
  /** Communes whose row failed on another cell: present, so not reported missing. */
  const presentButInvalid = new Set<string>();
  let census: { value: string; line: number } | undefined;
  const populationStart = issues.length;
  const populationSummary = await validateFile(
    populationSchema,
    populationFile.absolute,
    populationFile.display,
    issues,
    ({ record, line, cells, columns }) => {
      const where = (field: keyof typeof populationSchema.columns) => at(populationFile.display, line, columns, field, populationSchema.columns[field].header);
      const first = communeLines.get(record.commune);
      if (first !== undefined) {
        issues.push({ code: 'territory.duplicate', severity: 'error', ...where('commune'), value: cells.commune ?? record.commune, firstLine: first, expectation: { kind: 'oneRowPer', unit: 'commune' } });
        return;
      }
      communeLines.set(record.commune, line);
      if (census === undefined) census = { value: record.census, line };
      else if (record.census !== census.value) {
        issues.push({
          code: 'territory.inconsistent',
          severity: 'error',
          ...where('census'),
          value: cells.census ?? record.census,
          expectation: { kind: 'sameCensus', census: census.value, line: census.line },
        });
      }
      population.push({ commune: record.commune, population: record.population, census: record.census });
    },
    (cells) => {
      const commune = cells.commune === undefined ? undefined : source.communes.match(cells.commune);
      if (commune !== undefined) presentButInvalid.add(commune);
    },
  );
  if (populationSummary) inputs[populationFile.display] = populationSummary;
  // A header-only file is one warning (file.no_data) and a null population, not an error per commune.
  if (!unreadableSince(issues, populationStart, populationFile.display) && populationSummary?.rows !== 0) {
    for (const commune of source.communes.names) {
      if (communeLines.has(commune) || presentButInvalid.has(commune)) continue;
      issues.push({
        code: 'territory.missing_commune',
        severity: 'error',
        file: populationFile.display,
        field: populationSchema.columns.commune.header,
        value: commune,
        expectation: { kind: 'rowPerCommune', communes: source.communes.names.length },
      });
    }
  }

  // ------------------------------------------------------------ emploi.csv
  const emploiSchema = schemas.emploi;
  const emploiFile = fileRef(source, emploiSchema.path);
  const figures: Partial<Record<TerritoryIndicatorKey, TerritoryFigureRow>> = {};
  const placed = new Map<TerritoryIndicatorKey, { line: number; columns: ReadonlyMap<string, number>; cells: Record<string, string | undefined> }>();
  const keysOfInvalidRows = new Set<TerritoryIndicatorKey>();
  const emploiStart = issues.length;
  const emploiSummary = await validateFile(
    emploiSchema,
    emploiFile.absolute,
    emploiFile.display,
    issues,
    ({ record, line, cells, columns }) => {
      const first = placed.get(record.key);
      if (first !== undefined) {
        issues.push({
          code: 'territory.duplicate',
          severity: 'error',
          ...at(emploiFile.display, line, columns, 'key', emploiSchema.columns.key.header),
          value: cells.key ?? record.key,
          firstLine: first.line,
          expectation: { kind: 'oneRowPer', unit: 'indicator' },
        });
        return;
      }
      checkActivityDate(record.date, emploiSchema.columns.date.header, { file: emploiFile.display, line }, source.year, issues);
      placed.set(record.key, { line, columns, cells });
      const { key, comment: _comment, ...figure } = record;
      figures[key] = figure;
    },
    (cells) => {
      const key = cells.key === undefined ? undefined : territoryKey(cells.key);
      if (key !== undefined) keysOfInvalidRows.add(key);
    },
  );
  if (emploiSummary) inputs[emploiFile.display] = emploiSummary;

  if (!unreadableSince(issues, emploiStart, emploiFile.display)) {
    for (const key of TERRITORY_INDICATOR_KEYS) {
      if (figures[key] !== undefined || keysOfInvalidRows.has(key)) continue;
      issues.push({
        code: 'territory.missing_indicator',
        severity: 'warning',
        file: emploiFile.display,
        field: emploiSchema.columns.key.header,
        value: key,
      });
    }
  }

  // The shares are parts of the A, B, C total at the same date: one date, no part above the total.
  const reference = JOB_SEEKER_KEYS.map((key) => ({ key, figure: figures[key], where: placed.get(key) })).find((entry) => entry.figure !== undefined);
  if (reference?.figure && reference.where) {
    const referenceDate: Day = reference.figure.date;
    for (const key of JOB_SEEKER_KEYS) {
      const figure = figures[key];
      const where = placed.get(key);
      if (!figure || !where || key === reference.key || figure.date === referenceDate) continue;
      issues.push({
        code: 'territory.inconsistent',
        severity: 'error',
        ...at(emploiFile.display, where.line, where.columns, 'date', emploiSchema.columns.date.header),
        value: where.cells.date ?? formatDay(figure.date),
        expectation: { kind: 'sameDateAs', day: referenceDate, key: reference.key, line: reference.where.line },
      });
    }
  }
  const total = figures.demandeurs_abc;
  const totalLine = placed.get('demandeurs_abc')?.line;
  if (total) {
    for (const key of JOB_SEEKER_PARTS) {
      const figure = figures[key];
      const where = placed.get(key);
      if (!figure || !where) continue;
      const checks = [
        { field: 'value', value: figure.value, limit: total.value },
        { field: 'previousValue', value: figure.previousValue, limit: total.previousValue },
      ] as const;
      for (const check of checks) {
        if (check.value === undefined || check.limit === undefined || check.value <= check.limit) continue;
        issues.push({
          code: 'territory.exceeds_total',
          severity: 'error',
          ...at(emploiFile.display, where.line, where.columns, check.field, emploiSchema.columns[check.field].header),
          value: where.cells[check.field] ?? String(check.value),
          expectation: { kind: 'atMostJobseekers', limit: check.limit, line: totalLine },
        });
      }
    }
  }

  return { population, figures, inputs };
}

/** The indicator key a raw cell names, if any (for rows that failed on another cell). */
function territoryKey(raw: string): TerritoryIndicatorKey | undefined {
  return territoryIndicatorVocabulary.match(raw);
}
