import { diffMetrics, flatten } from '../diff/compare.js';
import { formatDiff, type DiffFormat } from '../diff/format.js';
import { loadSide } from '../diff/load-side.js';
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
}

/** `alpes-report diff <a> <b>`: exit 0 when nothing differs, 6 when something does. */
export async function runDiff(a: string, b: string, options: DiffCommandOptions, io: Io): Promise<number> {
  const { settings } = settingsOrReport(options.config, options.data, io);
  if (!settings) return EXIT.invalidData;
  const sides = [await loadSide(a, options.data, settings), await loadSide(b, options.data, settings)];
  let failed = false;
  for (const side of sides) {
    if ('issues' in side) {
      printIssues(side.issues, io.err);
      io.err(`Impossible de calculer ${side.label} : données absentes ou invalides.`);
      failed = true;
    } else if ('unreadable' in side) {
      io.err(`Impossible de lire ${side.label} : ${side.unreadable}.`);
      failed = true;
    }
  }
  if (failed) return EXIT.invalidData;
  const [left, right] = sides as { label: string; indicators: unknown }[];
  const rows = diffMetrics(flatten(left!.indicators), flatten(right!.indicators), {
    ...(options.section ? { sections: options.section.split(',').map((name) => name.trim()) } : {}),
    ...(options.key ? { keyPattern: options.key } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const color = options.format === 'table' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  io.out(formatDiff(rows, options.format, { a: left!.label, b: right!.label }, color));
  return rows.length > 0 ? EXIT.differencesFound : EXIT.ok;
}
