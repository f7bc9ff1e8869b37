import path from 'node:path';
import { loadSettings, type Settings } from '../config/settings.js';
import type { Issue } from '../contract/issues.js';
import * as words from '../contract/console-fr.js';
import { missingYearFolder } from '../load/data-folder.js';
import { printIssues } from './report-issues.js';

/** Where a command writes: injected so that tests run the CLI in-process. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /**
   * Resolves once `out`'s buffered text is written: a pipe (`| jq`, a CI log) is written
   * asynchronously, and a million issues would otherwise wait in memory (300 MB of JSON).
   */
  drain?: () => Promise<void>;
}

/** Writes `lines` to `io.out`, waiting for the output between batches (see Io.drain). */
export async function writeOut(io: Io, lines: Iterable<string>): Promise<void> {
  for (const line of lines) {
    io.out(line);
    await io.drain?.();
  }
}

/** The configuration, or undefined after printing why it is unusable. */
export function settingsOrReport(configPath: string | undefined, dataDir: string, io: Io, json = false): { settings?: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings = loadSettings(configPath, dataDir, issues);
  if (!settings && !json) printIssues(issues, io.err);
  return settings ? { settings, issues } : { issues };
}

/**
 * A data folder without the year's folder is a wrong command line, not bad data: says the
 * absolute path tried, the years found, and the folder to give when --data is a year folder.
 * Returns false after printing it.
 */
export function yearFolderOrReport(dataDir: string, year: number, io: Io): boolean {
  const missing = missingYearFolder(dataDir, year);
  if (!missing) return true;
  for (const line of words.yearFolderMissing(year, path.resolve(dataDir), missing)) io.err(line);
  return false;
}
