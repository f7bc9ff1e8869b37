import { computeReport, missingReportTexts, yearTexts } from '../pipeline.js';
import { hasErrors, type Issue } from '../contract/issues.js';
import * as words from '../contract/console-fr.js';
import { datesOutsideYear } from '../load/texts.js';
import { IssueLog } from '../contract/issues.js';
import { EXIT } from './exit-codes.js';
import { settingsOrReport, writeOut, yearFolderOrReport, type Io } from './io.js';
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
  let issues = new IssueLog(configIssues);
  if (settings) {
    const result = await computeReport(options.data, options.year, settings);
    // The data's issues (maybe a million) are not copied: the configuration's few join them.
    issues = result.issues;
    issues.push(...configIssues);
    const texts = await yearTexts(options.data, settings, result, issues, 'ml', false);
    // Information only: the analyst rereads every date outside the year (legal references are dated too).
    if (texts) issues.push(...datesOutsideYear(texts.texts, options.year));
    // The texts still to write, as build says them, for both reports: the Mission Locale's
    // prints every numbered block, the ALPES report the editorial and the PLIE and MDE blocks
    // of the parts the year has data for.
    if (texts && result.current && !hasErrors(issues)) {
      const missing = new Map<string, Issue>();
      for (const report of ['ml', 'alpes'] as const) {
        for (const issue of await missingReportTexts({ ...result, current: result.current }, texts.rendered, settings, report)) missing.set(issue.file, issue);
      }
      issues.push(...[...missing.values()].sort((a, b) => a.file.localeCompare(b.file)));
    }
  }
  const { errors, warnings } = countBySeverity(issues);
  const valid = errors === 0 && !(options.strict && warnings > 0);
  if (options.json) {
    await writeOut(io, issuesJsonLines({ year: options.year, valid, errors, warnings }, issues, {}));
  } else if (settings) {
    printIssues(issues, io.err);
    io.err(words.validateOutcome(options.year, errors, warnings, valid));
  }
  return valid ? EXIT.ok : errors === 0 ? EXIT.invalidData : dataErrorExit(issues);
}
