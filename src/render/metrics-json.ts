import type { FileSummary } from '../load/validate-file.js';
import { METRICS_SCHEMA_VERSION, type MetricsDocument } from '../contract/metrics-schema.js';
import { type BuildResult } from '../compute/report.js';

export type { MetricsDocument };

/**
 * The metrics file: stable keys, no personal data, no timestamp (same inputs, same bytes).
 * Amounts are whole cents (`amountCents`); shares are `{ count, total, percent }`. Inputs are
 * named by path, row count and SHA-256, so a metrics file says exactly what it was computed from.
 */

export function buildMetricsDocument(result: BuildResult, report: MetricsDocument['report']): MetricsDocument {
  const current = result.current;
  if (!current) throw new Error('metrics requested for a failed build');
  const sorted = (files: Record<string, FileSummary>) =>
    Object.fromEntries(
      Object.keys(files)
        .sort()
        .map((file) => [file, files[file]!]),
    );
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    report,
    year: current.year,
    previousYear: result.comparisons?.previousYear ?? null,
    inputs: sorted(current.inputs),
    previousInputs: result.previousInputs ? sorted(result.previousInputs) : null,
    indicators: current.indicators,
    comparisons: result.comparisons,
    plie: current.plie,
    mde: current.mde,
    territory: current.territory,
    plieComparisons: result.plieComparisons,
  };
}
