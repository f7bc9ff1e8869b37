import type { BuildResult } from '../pipeline.js';

/**
 * The metrics file: stable keys, no personal data, no timestamp (same inputs, same bytes).
 * Amounts are whole cents (`amountCents`); shares are `{ count, total, percent }`.
 */
export const METRICS_SCHEMA_VERSION = 1;

export function buildMetricsDocument(result: BuildResult): object {
  const current = result.current;
  if (!current) throw new Error('metrics requested for a failed build');
  const inputs = Object.fromEntries(
    Object.keys(current.rowCounts)
      .sort()
      .map((file) => [file, { rows: current.rowCounts[file] }]),
  );
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    report: 'mission-locale',
    year: current.year,
    previousYear: result.previous?.year ?? null,
    inputs,
    indicators: current.indicators,
    comparisons: result.comparisons,
  };
}
