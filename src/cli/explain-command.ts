import { findFigure } from '../contract/figures.js';
import { frenchNumber } from '../diff/format.js';
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

/** The value as the report prints it: euros, not cents; a share's percentage with its count. */
function valueText(explanation: Omit<Explanation, 'trail'>): string {
  const { value, unit, share } = explanation;
  if (value === null) return 'non disponible (les données ne le donnent pas)';
  const kind = findFigure(explanation.key)?.figure.kind;
  if (kind === 'cents') return `${frenchNumber(value / 100, true, Number.isInteger(value / 100) ? 0 : 2)}\u00a0€`;
  if (kind === 'hundredths') return `${frenchNumber(value / 100)}${unit === '%' ? '\u00a0%' : ` ${unit}`}`;
  if (share) return `${frenchNumber(value)}\u00a0% (${frenchNumber(share.count)} sur ${frenchNumber(share.total)})`;
  if (unit === '%') return `${frenchNumber(value)}\u00a0%`;
  return unit === 'nombre' || unit === 'année' ? frenchNumber(value) : `${frenchNumber(value)} ${unit}`;
}

function text(explanation: Explanation): string[] {
  const lines = [
    `${explanation.label} (${explanation.year}) : ${valueText(explanation)}`,
    `Clé : ${explanation.key}`,
    `Section : ${explanation.section} › ${explanation.table}`,
    '',
    `Définition : ${explanation.definition}`,
    '',
  ];
  const trail = explanation.trail;
  if (!trail) {
    lines.push('Détail des lignes : pas encore écrit pour ce chiffre ; la définition ci-dessus dit comment il est calculé.');
    return lines;
  }
  lines.push('Règle appliquée :', `  ${trail.file} : ${frenchNumber(trail.rows)} lignes`);
  for (const step of trail.steps) lines.push(`  → ${frenchNumber(step.kept)} ${step.label}`);
  lines.push('', `Lignes retenues : ${frenchNumber(trail.count)}${trail.count > trail.positions.length ? ` (les ${trail.positions.length} premières)` : ''}`);
  for (const position of trail.positions) lines.push(`  ${position}`);
  return lines;
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
    io.err(`Impossible de calculer ${options.year} : données absentes ou invalides.`);
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
    io.err(`Aucun chiffre de ${options.year} n’a la clé « ${key} ».`);
    io.err(
      near.length > 0
        ? `Clés proches :\n  ${near.join('\n  ')}`
        : 'Les clés sont celles de « alpes-report diff --format json » et de docs/indicateurs.md (par ex. public.newArrivals.total).',
    );
    return EXIT.usage;
  }
  const trail = hasTrail(key) ? ((await (await trailReader(options.data, options.year, settings))(key)) ?? null) : null;
  const explanation: Explanation = { ...explained, trail };
  if (options.json) io.out(JSON.stringify(explanation, null, 2));
  else for (const line of text(explanation)) io.out(line);
  return EXIT.ok;
}
