import type { IssueSink } from '../contract/issues.js';
import { checkActivityDate } from './quality.js';
import type { References } from './references.js';
import type { Schemas } from '../contract/schemas.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { type ActivitySinks } from './registers.js';

/**
 * Reading the two activity files (événements, propositions): each row validated, its date
 * checked, its jeune resolved, then handed to a sink. The same functions run in the main
 * thread or in a worker thread (activity-worker.ts): one file, one thread, the same issues
 * in the same order either way.
 */
export type ActivityFile = 'evenements' | 'propositions';

export interface ActivityFileRef {
  absolute: string;
  display: string;
}

/** Reads one activity file into its sink; the file's summary, or undefined when it is missing. */
export async function readActivityFile(
  kind: ActivityFile,
  schemas: Pick<Schemas, ActivityFile>,
  file: ActivityFileRef,
  year: number,
  youngPersonIds: References,
  sinks: ActivitySinks,
  issues: IssueSink,
): Promise<FileSummary | undefined> {
  // A known id is the common case: the position object is built only for an issue.
  const link = (id: string, line: number, columns: ReadonlyMap<string, number>) =>
    youngPersonIds.get(id) ?? youngPersonIds.resolve(id, { file: file.display, line, column: columns.get('id'), field: 'Identifiant' }, issues);
  if (kind === 'evenements') {
    return validateFile(schemas.evenements, file.absolute, file.display, issues, ({ record, line, columns }) => {
      checkActivityDate(record.date, 'Date', { file: file.display, line }, year, issues);
      const youngPerson = link(record.id, line, columns);
      if (youngPerson === undefined) return;
      sinks.event({ date: record.date, nature: record.nature, status: record.status, youngPerson });
    });
  }
  return validateFile(schemas.propositions, file.absolute, file.display, issues, ({ record, line, columns }) => {
    checkActivityDate(record.date, 'Date', { file: file.display, line }, year, issues);
    const youngPerson = link(record.id, line, columns);
    if (youngPerson === undefined) return;
    sinks.proposition({ date: record.date, theme: record.theme, youngPerson });
  });
}
