import { computeReport } from '../pipeline.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, type Io } from './io.js';
import { countBySeverity, dataErrorExit, issuesJsonLines, printIssues } from './report-issues.js';

export interface ValidateOptions {
  year: number;
  data: string;
  config?: string;
  json?: boolean;
}

/** `alpes-report validate`: every problem of the year's files, nothing written. */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  const { settings, issues: configIssues } = settingsOrReport(options.config, options.data, io, options.json);
  const issues = settings ? (await computeReport(options.data, options.year, settings)).issues : configIssues;
  const { errors, warnings } = countBySeverity(issues);
  if (options.json) {
    for (const text of issuesJsonLines({ year: options.year, valid: errors === 0, errors, warnings }, issues, {})) io.out(text);
  } else if (settings) {
    printIssues(issues, io.err);
    io.err(
      errors === 0
        ? `Données ${options.year} valides (${warnings} avertissement(s)).`
        : `Données ${options.year} invalides : ${errors} erreur(s), ${warnings} avertissement(s). Corrigez les fichiers indiqués puis relancez.`,
    );
  }
  return errors === 0 ? EXIT.ok : dataErrorExit(issues);
}
