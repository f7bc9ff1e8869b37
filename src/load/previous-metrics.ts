import { existsSync, readFileSync } from 'node:fs';
import { isFileSystemError, type Expectation, type IssueSink } from '../contract/issues.js';
import { metricsDocumentSchema, type MissionLocaleIndicators, type PlieIndicators } from '../contract/metrics-schema.js';
import type { FileSummary } from './validate-file.js';

/** Indicators of Y-1 from an earlier build's metrics.json, when the data has no Y-1 folder. */
export interface PreviousMetrics {
  year: number;
  indicators: MissionLocaleIndicators;
  /** Its PLIE indicators, null when that build had no plie/ folder. */
  plie: PlieIndicators | null;
  /** The input files that earlier build read. */
  inputs: Record<string, FileSummary>;
}

/**
 * An earlier build's metrics.json given with --previous: the baseline of the year-on-year
 * figures when the data folder has no Y-1 folder (input contract, "Previous year"). It must
 * be a metrics.json of this tool (checked against its schema) and of year Y-1.
 */
/**
 * Top-level sections added to schema version 1 after its first files were written: a file
 * from an earlier build lacks them, which means "not computed" (null), not "invalid". Only
 * Y's Mission Locale indicators are read from the file anyway.
 */
const LATER_SECTIONS = ['plie', 'plieComparisons', 'mde', 'territory'] as const;

function withLaterSections(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const filled: Record<string, unknown> = { ...raw };
  for (const key of LATER_SECTIONS) if (!(key in filled)) filled[key] = null;
  return filled;
}

export function readPreviousMetrics(file: string, year: number, issues: IssueSink): PreviousMetrics | undefined {
  const invalid = (expectation: Expectation, field?: string) => {
    issues.push({ code: 'previous.invalid', severity: 'error', file, ...(field ? { field } : {}), expectation });
    return undefined;
  };
  if (!existsSync(file)) return invalid({ kind: 'previousFile' });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (isFileSystemError(error)) {
      issues.push({ code: 'file.unreadable', severity: 'error', file, errno: error.code });
      return undefined;
    }
    return invalid({ kind: 'previousJson' });
  }
  const parsed = metricsDocumentSchema.safeParse(withLaterSections(raw));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    // zod's words are English: the path says where.
    return invalid({ kind: 'previousShape' }, first.path.map(String).join(' > ') || undefined);
  }
  if (parsed.data.year !== year - 1) return invalid({ kind: 'previousYear', year: year - 1, found: parsed.data.year }, 'year');
  return { year: parsed.data.year, indicators: parsed.data.indicators, plie: parsed.data.plie, inputs: parsed.data.inputs };
}
