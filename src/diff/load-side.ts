import { existsSync, readFileSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import { computeReport } from '../pipeline.js';
import { buildMetricsDocument } from '../render/metrics-json.js';
import type { Issue } from '../validate/issues.js';

/**
 * One side of `alpes-report diff`: a year computed from the data folder, or a metrics.json
 * written by an earlier build.
 */
export type Side = { label: string; indicators: unknown } | { label: string; issues: Issue[] } | { label: string; unreadable: string };

export async function loadSide(spec: string, dataDir: string, settings: Settings): Promise<Side> {
  if (/^\d{4}$/.test(spec)) {
    const result = await computeReport(dataDir, Number(spec), settings);
    if (!result.current || result.issues.some((issue) => issue.severity === 'error')) return { label: spec, issues: result.issues };
    return { label: spec, indicators: (buildMetricsDocument(result) as { indicators: unknown }).indicators };
  }
  if (!existsSync(spec)) return { label: spec, unreadable: 'fichier introuvable' };
  try {
    const document = JSON.parse(readFileSync(spec, 'utf8')) as { year?: unknown; indicators?: unknown };
    if (typeof document.indicators !== 'object' || document.indicators === null) return { label: spec, unreadable: 'ce n’est pas un metrics.json d’alpes-report' };
    return { label: typeof document.year === 'number' ? String(document.year) : spec, indicators: document.indicators };
  } catch {
    return { label: spec, unreadable: 'JSON illisible' };
  }
}
