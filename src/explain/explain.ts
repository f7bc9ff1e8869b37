import { findFigure, FIGURE_SECTIONS } from '../contract/figures.js';
import type { Issue } from '../contract/issues.js';
import { TRAILS } from '../compute/trails.js';
import type { Settings } from '../config/settings.js';
import { flatten, type FlatMetrics } from '../diff/compare.js';
import { registerLines, type TrailFile } from '../load/record-lines.js';
import type { MetricsDocument } from '../render/metrics-json.js';
import { readCore } from '../pipeline.js';

/** Row positions printed: the first ones, and the count. */
export const SHOWN_POSITIONS = 20;

export interface ExplainedTrail {
  /** The register file, as messages name it (`2024/imilo/jeunes.csv`). */
  file: string;
  rows: number;
  steps: { label: string; kept: number }[];
  count: number;
  /** `2024/imilo/jeunes.csv:412`: positions only, never a cell value. */
  positions: string[];
}

/** What `alpes-report explain` says of one figure. */
export interface Explanation {
  key: string;
  year: number;
  /** Exactly what metrics.json holds: cents for amounts, the percentage of a share. */
  value: number | null;
  /** For a share: its count and total. */
  share?: { count: number; total: number };
  label: string;
  unit: string;
  section: string;
  table: string;
  definition: string;
  /** Null when no trail is written for this figure yet (value and definition only). */
  trail: ExplainedTrail | null;
}

/** Every figure of a metrics document under the keys diff and explain use. */
export function documentFigures(document: MetricsDocument): FlatMetrics {
  const { indicators, plie, mde, territory, comparisons, plieComparisons } = document;
  return flatten({ ...indicators, plie, mde, territory, comparisons, plieComparisons });
}

/** Value, label and definition of a key of the document, or undefined when it has no such figure. */
export function explainValue(document: MetricsDocument, key: string, figures = documentFigures(document)): Omit<Explanation, 'trail'> | undefined {
  const flat = figures.get(key);
  const match = findFigure(key);
  if (!flat || !match) return undefined;
  const { figure } = match;
  return {
    key,
    year: document.year,
    value: flat.value,
    ...(flat.count !== undefined ? { share: { count: flat.count, total: flat.total! } } : {}),
    label: match.label,
    unit: figure.unit,
    section: FIGURE_SECTIONS[figure.section],
    table: figure.table,
    definition: figure.definition,
  };
}

/** Whether a row trail is written for this key. */
export function hasTrail(key: string): boolean {
  const match = findFigure(key);
  return match !== undefined && match.figure.key in TRAILS;
}

/**
 * Reads the year's registers again (as the build does) and returns the row trail of a key:
 * the figure's rule applied step by step, with the positions of the rows it keeps; undefined
 * for a key without a trail. The registers are read once for every key asked.
 */
export async function trailReader(dataDir: string, year: number, settings: Settings): Promise<(key: string) => Promise<ExplainedTrail | undefined>> {
  const issues: Issue[] = [];
  const { source, context, registers, tally } = await readCore(dataDir, year, settings, issues, false);
  const input = { registers, activity: tally.result(), context };
  const lines = new Map<TrailFile, Awaited<ReturnType<typeof registerLines>>>();
  return async (key) => {
    const match = findFigure(key);
    const trailOf = match ? TRAILS[match.figure.key] : undefined;
    if (!match || !trailOf) return undefined;
    const trail = trailOf(input, match.parts);
    if (!lines.has(trail.file)) lines.set(trail.file, await registerLines(source, trail.file));
    const { display, lines: numbers } = lines.get(trail.file)!;
    return {
      file: display,
      rows: trail.rows,
      steps: trail.steps,
      count: trail.indexes.length,
      positions: trail.indexes.slice(0, SHOWN_POSITIONS).map((index) => `${display}:${numbers[index]}`),
    };
  };
}
