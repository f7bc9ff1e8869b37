import type { Issue } from '../contract/issues.js';
import type { MdeEvents } from '../contract/metrics-schema.js';
import { MANUAL_KEYS, type ManualKey } from '../contract/manual-keys.js';
import type { FileSummary } from './validate-file.js';

/**
 * What a year folder does not give, said on the console rather than printed as zeros:
 * header-only files, manuel.csv keys left out, optional parts of the ALPES report absent.
 */

/** The files that `issues` hold an error about. */
export function filesInError(issues: Iterable<Issue>): Set<string> {
  const files = new Set<string>();
  for (const issue of issues) if (issue.severity === 'error') files.add(issue.file);
  return files;
}

/** Without young people or their événements there is no report to make. */
const ESSENTIAL = ['imilo/jeunes.csv', 'imilo/evenements.csv'];

/**
 * Files read with their header only: an error for jeunes.csv and evenements.csv, else a
 * warning. Not for a file already in error (an empty file, a missing column: no row was read).
 */
export function headerOnlyFiles(inputs: Readonly<Record<string, FileSummary>>, inError: ReadonlySet<string>): Issue[] {
  return Object.entries(inputs)
    .filter(([file, summary]) => summary.rows === 0 && !inError.has(file))
    .map(([file]) => ({
      code: 'file.no_data',
      severity: ESSENTIAL.some((essential) => file.endsWith(`/${essential}`)) ? 'error' : 'warning',
      file,
    }));
}

/** The files of `inputs` (keyed `2024/imilo/aides.csv`) read with their header only, as paths in the year folder. */
export function filesWithoutData(inputs: Readonly<Record<string, FileSummary>>, year: number): Set<string> {
  const prefix = `${year}/`;
  return new Set(Object.entries(inputs).filter(([file, summary]) => summary.rows === 0 && file.startsWith(prefix)).map(([file]) => file.slice(prefix.length)));
}

/**
 * The manuel.csv keys the year's reports read but the file does not give (their sentences are
 * left out): one warning listing them. PLIE and MDE keys count only when the year has that part.
 */
export function missingManualKeys(
  manual: ReadonlyMap<ManualKey, number>,
  file: string,
  parts: { plie: boolean; mde: boolean },
): Issue[] {
  const keys = (Object.keys(MANUAL_KEYS) as ManualKey[]).filter(
    (key) => !manual.has(key) && (parts.plie || !key.startsWith('plie.')) && (parts.mde || !key.startsWith('mde.')),
  );
  return keys.length === 0 ? [] : [{ code: 'manual.missing_keys', severity: 'warning', file, keys, count: keys.length }];
}

/** The ALPES report's optional folders a year does not have (its pages say « Données non fournies »). */
export function absentAlpesParts(year: number, present: { plie: boolean; mde: boolean; territory: boolean }): Issue[] {
  const folders = [
    ['plie/', present.plie],
    ['mde/', present.mde],
    ['territoire/', present.territory],
  ] as const;
  return folders.filter(([, here]) => !here).map(([folder]) => ({ code: 'part.absent', severity: 'warning', file: `${year}/${folder}` }));
}

/**
 * actions.csv has rows but none of the events the MDE's « anticipation des mutations
 * économiques » part lists: the page says there are none, and so does the console, since an
 * export that left them out reads the same way.
 */
export function mdeWithoutEvents(year: number, events: MdeEvents | null | undefined): Issue[] {
  if (!events) return [];
  const listed = events.discovery.length + events.jobDatings.length + events.coOrganised.length + events.salons.length + events.forums.length;
  return listed > 0 ? [] : [{ code: 'mde.no_events', severity: 'warning', file: `${year}/actions/actions.csv` }];
}
