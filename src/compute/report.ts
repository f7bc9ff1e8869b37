import type { IssueLog } from '../contract/issues.js';
import type { Comparisons, MdeIndicators, MissionLocaleIndicators, PlieComparisons, PlieIndicators, TerritoryIndicators } from '../contract/metrics-schema.js';
import type { FileSummary } from '../load/validate-file.js';
import type { PreviousIndicators } from './comparisons.js';

/** What the pipeline computes for one year, and for the report (the year and its comparisons). */
export interface YearResult {
  year: number;
  indicators: MissionLocaleIndicators;
  /** Null when the year folder has no plie/ (the report then leaves the PLIE out). */
  plie: PlieIndicators | null;
  /** Null when the year folder has no mde/ (the report then leaves the MDE pages out). */
  mde: MdeIndicators | null;
  /** Null when the year folder has no territoire/ (the report then says the key figures are not provided). */
  territory: TerritoryIndicators | null;
  /** Data rows and SHA-256 per input file. */
  inputs: Record<string, FileSummary>;
}

export interface BuildResult {
  issues: IssueLog;
  current?: YearResult;
  previous?: PreviousYear;
  comparisons: Comparisons | null;
  /** The PLIE figures of Y-1 printed next to Y's; null unless both years have PLIE indicators. */
  plieComparisons: PlieComparisons | null;
  /** The Y-1 input files behind `comparisons` (read now, or by the earlier build). */
  previousInputs: Record<string, FileSummary> | null;
}

/**
 * What the comparisons use of Y-1: its Mission Locale indicators but the propositions, its PLIE
 * indicators, and the files behind them. `plie` is also null when Y has no plie/ folder (then
 * Y-1's is not read).
 */
export type PreviousYear = Pick<YearResult, 'year' | 'plie' | 'inputs'> & { indicators: PreviousIndicators };

