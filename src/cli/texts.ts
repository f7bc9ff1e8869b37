import type { Settings } from '../config/settings.js';
import type { Issue } from '../contract/issues.js';
import { TEXTS_FOLDER, type TextBlock } from '../contract/texts.js';
import type { BuildResult } from '../compute/report.js';
import { loadTexts, type YearTexts } from '../load/texts.js';
import { buildMetricsDocument } from '../render/metrics-json.js';
import type { RenderedTexts } from '../render/texts.js';

/**
 * The year's texts for `build` and `validate`: read (load/texts.ts), then their helpers checked
 * and Markdown rendered against the year's metrics (render/texts.ts). Issues go to `issues`.
 */
export async function yearTexts(
  dataDir: string,
  settings: Settings,
  result: BuildResult,
  issues: Issue[],
): Promise<{ texts: YearTexts; rendered: RenderedTexts } | undefined> {
  if (!result.current) return undefined;
  const year = result.current.year;
  const texts = loadTexts(dataDir, year, issues);
  if (Object.keys(texts).length === 0) return { texts, rendered: { blocks: {}, entries: {} } };
  // Loaded only when the year has texts: markdown-it is not needed otherwise.
  const { renderTexts } = await import('../render/texts.js');
  const rendered = renderTexts(texts, { year, territory: settings.territory, metrics: buildMetricsDocument(result) }, issues);
  return { texts, rendered };
}

/** One warning per text the report would print and the year does not have. */
export function missingTextIssues(year: number, missing: ReadonlySet<TextBlock>): Issue[] {
  return [...missing].sort().map((name) => ({ code: 'text.missing', severity: 'warning', file: `${year}/${TEXTS_FOLDER}/${name}.md`, value: name }));
}
