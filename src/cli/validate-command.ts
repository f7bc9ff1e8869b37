import { computeReport, yearTexts } from '../pipeline.js';
import { datesOutsideYear } from '../load/texts.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, type Io } from './io.js';
import { countBySeverity, issuesAsJson, printIssues } from './report-issues.js';

export interface ValidateOptions {
  year: number;
  data: string;
  config?: string;
  json?: boolean;
}

/** `alpes-report validate`: every problem of the year's files, nothing written. */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  const { settings, issues: configIssues } = settingsOrReport(options.config, options.data, io, options.json);
  const issues = configIssues;
  if (settings) {
    const result = await computeReport(options.data, options.year, settings);
    issues.push(...result.issues);
    const texts = await yearTexts(options.data, settings, result, issues);
    // Information only: the analyst rereads every date outside the year (legal references are dated too).
    if (texts) issues.push(...datesOutsideYear(texts.texts, options.year));
  }
  const { errors, warnings } = countBySeverity(issues);
  if (options.json) {
    io.out(JSON.stringify({ year: options.year, valid: errors === 0, errors, warnings, issues: issuesAsJson(issues) }, null, 2));
  } else if (settings) {
    printIssues(issues, io.err);
    io.err(
      errors === 0
        ? `Données ${options.year} valides (${warnings} avertissement(s)).`
        : `Données ${options.year} invalides : ${errors} erreur(s), ${warnings} avertissement(s). Corrigez les fichiers indiqués puis relancez.`,
    );
  }
  return errors === 0 ? EXIT.ok : EXIT.invalidData;
}
