import { FIGURE_SECTIONS, type FigureSection } from '../contract/figures.js';
import * as words from '../contract/console-fr.js';
import { allKeys, diffMetrics, flatten, patternToRegExp, sectionOf } from '../diff/compare.js';
import { formatDiff, type DiffFormat } from '../diff/format.js';
import { loadSide } from '../diff/load-side.js';
import { METRICS_SCHEMA_VERSION } from '../contract/metrics-schema.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, type Io } from './io.js';
import { printIssues } from './report-issues.js';

export interface DiffCommandOptions {
  data: string;
  config?: string;
  format: DiffFormat;
  section?: string;
  key?: string;
  threshold?: number;
  /** `--cles` / `--keys`: show the technical keys. */
  cles?: boolean;
  keys?: boolean;
}

/** Sections a diff compares: the Mission Locale sections and the ALPES parts (not the comparisons). */
const DIFF_SECTIONS = (Object.keys(FIGURE_SECTIONS) as FigureSection[]).filter((section) => section !== 'comparisons' && section !== 'plieComparisons');

/**
 * `alpes-report diff <a> <b>`: exit 0 when nothing differs, 6 when something does, 2 for a
 * section or key that does not exist or a metrics.json of another schema version (a typo in
 * CI must not read as "no change").
 */
export async function runDiff(a: string, b: string, options: DiffCommandOptions, io: Io): Promise<number> {
  const sections = options.section?.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = sections?.filter((section) => !(DIFF_SECTIONS as string[]).includes(section)) ?? [];
  if (unknown.length > 0) {
    io.err(words.unknownSections(unknown, DIFF_SECTIONS.map((section) => words.sectionChoice(section, FIGURE_SECTIONS[section]))));
    return EXIT.usage;
  }
  const { settings } = settingsOrReport(options.config, options.data, io);
  if (!settings) return EXIT.invalidData;
  const sides = [await loadSide(a, options.data, settings), await loadSide(b, options.data, settings)];
  let failed: number | undefined;
  for (const side of sides) {
    if ('issues' in side) {
      printIssues(side.issues, io.err);
      io.err(words.cannotCompute(side.label));
      failed ??= EXIT.invalidData;
    } else if ('unreadable' in side) {
      io.err(words.cannotRead(side.label, side.unreadable));
      failed ??= EXIT.invalidData;
    } else if ('schemaVersion' in side) {
      io.err(words.otherSchemaVersion(side.label, side.schemaVersion, METRICS_SCHEMA_VERSION));
      failed = EXIT.usage;
    }
  }
  if (failed !== undefined) return failed;
  const [left, right] = sides as { label: string; indicators: unknown }[];
  const flatA = flatten(left!.indicators);
  const flatB = flatten(right!.indicators);
  if (options.key) {
    const pattern = patternToRegExp(options.key);
    const keys = allKeys(flatA, flatB).filter((key) => !sections || sections.includes(sectionOf(key)));
    if (!keys.some((key) => pattern.test(key))) {
      const first = options.key.split(/[.[*]/)[0] ?? '';
      const near = keys.filter((key) => first !== '' && key.toLowerCase().startsWith(first.toLowerCase())).slice(0, 20);
      io.err(words.noIndicatorMatches(options.key));
      io.err(near.length > 0 ? words.nearKeys(near) : words.keyStartsWithSection(DIFF_SECTIONS));
      return EXIT.usage;
    }
  }
  const result = diffMetrics(flatA, flatB, {
    ...(sections ? { sections } : {}),
    ...(options.key ? { keyPattern: options.key } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const color = options.format === 'table' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  io.out(formatDiff(result, options.format, { a: left!.label, b: right!.label }, { color, keys: Boolean(options.cles || options.keys) }));
  return result.rows.length > 0 || result.parts.length > 0 ? EXIT.differencesFound : EXIT.ok;
}
