import { computeReport, yearTexts } from '../pipeline.js';
import * as words from '../contract/console-fr.js';
import { datesOutsideYear } from '../load/texts.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, yearFolderOrReport, type Io } from './io.js';
import { countBySeverity, dataErrorExit, issuesJsonLines, printIssues } from './report-issues.js';

export interface ValidateOptions {
  year: number;
  data: string;
  config?: string;
  json?: boolean;
  /** Any warning makes the data invalid (exit 3). */
  strict?: boolean;
}

/** `alpes-report validate`: every problem of the year's files, nothing written. */
export async function runValidate(options: ValidateOptions, io: Io): Promise<number> {
  if (!yearFolderOrReport(options.data, options.year, io)) return EXIT.usage;
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
  const valid = errors === 0 && !(options.strict && warnings > 0);
  if (options.json) {
    for (const text of issuesJsonLines({ year: options.year, valid, errors, warnings }, issues, {})) io.out(text);
  } else if (settings) {
    printIssues(issues, io.err);
    io.err(words.validateOutcome(options.year, errors, warnings, valid));
  }
  return valid ? EXIT.ok : errors === 0 ? EXIT.invalidData : dataErrorExit(issues);
}
