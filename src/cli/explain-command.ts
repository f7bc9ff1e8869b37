import { findFigure } from '../contract/figures.js';
import * as words from '../contract/console-fr.js';
import { documentFigures, explainValue, hasTrail, trailReader, type Explanation } from '../explain/explain.js';
import { computeReport } from '../pipeline.js';
import { buildMetricsDocument } from '../render/metrics-json.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, type Io } from './io.js';
import { printIssues } from './report-issues.js';

export interface ExplainCommandOptions {
  year: number;
  data: string;
  config?: string;
  json?: boolean;
}

/**
 * `alpes-report explain <clé> --year Y`: the value metrics.json holds for the key, its label and
 * definition, and for the figures that have one, the rule applied row by row. Exit 2 for a key
 * the year does not have, 3 for invalid data.
 */
export async function runExplain(key: string, options: ExplainCommandOptions, io: Io): Promise<number> {
  const { settings } = settingsOrReport(options.config, options.data, io);
  if (!settings) return EXIT.invalidData;
  const result = await computeReport(options.data, options.year, settings);
  if (!result.current || result.issues.some((issue) => issue.severity === 'error')) {
    printIssues(result.issues, io.err);
    io.err(words.cannotCompute(options.year));
    return EXIT.invalidData;
  }
  const document = buildMetricsDocument(result, 'mission-locale');
  const figures = documentFigures(document);
  const explained = explainValue(document, key, figures);
  if (!explained) {
    const keys = [...figures.keys()];
    // Keys sharing the longest leading segments with the one asked.
    const segments = key.split(/[[*]/)[0]!.split('.');
    let near: string[] = [];
    for (let length = segments.length; length > 0 && near.length === 0; length--) {
      const stem = segments.slice(0, length).join('.').toLowerCase();
      near = keys.filter((candidate) => candidate.toLowerCase().startsWith(stem)).slice(0, 20);
    }
    io.err(words.noFigureWithKey(options.year, key));
    io.err(near.length > 0 ? words.nearKeys(near) : words.whereKeysAre);
    return EXIT.usage;
  }
  const trail = hasTrail(key) ? ((await (await trailReader(options.data, options.year, settings))(key)) ?? null) : null;
  const explanation: Explanation = { ...explained, trail };
  if (options.json) io.out(JSON.stringify(explanation, null, 2));
  else for (const line of words.explanation(explanation, words.explainedValue({ ...explanation, kind: findFigure(explanation.key)?.figure.kind }))) io.out(line);
  return EXIT.ok;
}
