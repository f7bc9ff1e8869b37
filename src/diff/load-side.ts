import { existsSync, readFileSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { computeReport } from '../pipeline.js';
import { METRICS_SCHEMA_VERSION } from '../contract/metrics-schema.js';
import { buildMetricsDocument } from '../render/metrics-json.js';
import type { IssueLog } from '../contract/issues.js';
import { SIDE_UNREADABLE } from '../contract/console-fr.js';

/**
 * One side of `alpes-report diff`: a year computed from the data folder, or a metrics.json
 * written by an earlier build.
 */
export type Side =
  | { label: string; indicators: unknown }
  | { label: string; issues: IssueLog }
  | { label: string; unreadable: string }
  /** A metrics.json of another schema version: its keys may mean something else. */
  | { label: string; schemaVersion: unknown };

/** The ALPES report's parts, compared as sections of their own (`--section mde`). */
const ALPES_SECTIONS = ['plie', 'mde', 'territory'] as const;

/**
 * What a diff compares: the Mission Locale indicators, whose first key is their section
 * (`public`, `employment`…), plus the ALPES parts present in the document.
 */
function comparable(document: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(document.indicators as Record<string, unknown>) };
  for (const section of ALPES_SECTIONS) if (section in document) out[section] = document[section];
  return out;
}

export async function loadSide(spec: string, dataDir: string, settings: Settings): Promise<Side> {
  if (/^\d{4}$/.test(spec)) {
    const result = await computeReport(dataDir, Number(spec), settings);
    if (!result.current || result.issues.some((issue) => issue.severity === 'error')) return { label: spec, issues: result.issues };
    return { label: spec, indicators: comparable(buildMetricsDocument(result, 'mission-locale') as unknown as Record<string, unknown>) };
  }
  if (!existsSync(spec)) return { label: spec, unreadable: SIDE_UNREADABLE.notFound };
  try {
    const document = JSON.parse(readFileSync(spec, 'utf8')) as Record<string, unknown>;
    if (typeof document.indicators !== 'object' || document.indicators === null) return { label: spec, unreadable: SIDE_UNREADABLE.notMetrics };
    if (document.schemaVersion !== METRICS_SCHEMA_VERSION) return { label: spec, schemaVersion: document.schemaVersion };
    return { label: typeof document.year === 'number' ? String(document.year) : spec, indicators: comparable(document) };
  } catch {
    return { label: spec, unreadable: SIDE_UNREADABLE.notJson };
  }
}
