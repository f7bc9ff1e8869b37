import type { IssueSink } from '../contract/issues.js';
import { EVENT_STATUSES, NATURES, THEMES, type EventStatus, type Nature, type Theme } from '../contract/vocabularies.js';
import { activityLineReader } from './activity-lines.js';
import { checkActivityDate } from './quality.js';
import type { References } from './references.js';
import type { Schemas } from '../contract/schemas.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { type ActivitySinks, type Linked, type PropositionFact } from './registers.js';
import type { ActivityEvent } from '../contract/schemas.js';

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
    // Lines read in place hand one reused record on (sinks count, they do not keep records).
    const event: Linked<ActivityEvent> = { date: 0, nature: NATURES[0], status: EVENT_STATUSES[0], youngPerson: 0 };
    const closed = [
      { field: 'nature', spellings: NATURES },
      { field: 'status', spellings: EVENT_STATUSES },
    ] as const;
    return validateFile(
      schemas.evenements,
      file.absolute,
      file.display,
      issues,
      ({ record, line, columns }) => {
        checkActivityDate(record.date, 'Date', { file: file.display, line }, year, issues);
        const youngPerson = link(record.id, line, columns);
        if (youngPerson === undefined) return;
        sinks.event({ date: record.date, nature: record.nature, status: record.status, youngPerson });
      },
      undefined,
      (header) =>
        activityLineReader(schemas.evenements, header, year, youngPersonIds, closed, [], (date, youngPerson, nature, status) => {
          event.date = date;
          event.nature = nature as Nature;
          event.status = status as EventStatus;
          event.youngPerson = youngPerson;
          sinks.event(event);
        }),
    );
  }
  const proposition: PropositionFact = { date: 0, theme: THEMES[0], youngPerson: 0 };
  return validateFile(
    schemas.propositions,
    file.absolute,
    file.display,
    issues,
    ({ record, line, columns }) => {
      checkActivityDate(record.date, 'Date', { file: file.display, line }, year, issues);
      const youngPerson = link(record.id, line, columns);
      if (youngPerson === undefined) return;
      sinks.proposition({ date: record.date, theme: record.theme, youngPerson });
    },
    undefined,
    (header) =>
      activityLineReader(schemas.propositions, header, year, youngPersonIds, [{ field: 'theme', spellings: THEMES }], ['subTheme'], (date, youngPerson, theme) => {
        proposition.date = date;
        proposition.theme = theme as Theme;
        proposition.youngPerson = youngPerson;
        sinks.proposition(proposition);
      }),
  );
}
