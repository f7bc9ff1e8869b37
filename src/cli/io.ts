import { loadSettings, type Settings } from '../config/settings.js';
import type { Issue } from '../contract/issues.js';
import { printIssues } from './report-issues.js';

/** Where a command writes: injected so that tests run the CLI in-process. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The configuration, or undefined after printing why it is unusable. */
export function settingsOrReport(configPath: string | undefined, dataDir: string, io: Io, json = false): { settings?: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const settings = loadSettings(configPath, dataDir, issues);
  if (!settings && !json) printIssues(issues, io.err);
  return settings ? { settings, issues } : { issues };
}
