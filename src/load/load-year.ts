import { statSync } from 'node:fs';
import type { z } from 'zod';
import { OUTSIDE_TERRITORY } from '../contract/territory.js';
import { IssueLog, type IssueSink } from '../contract/issues.js';
import { References } from './references.js';
import { AID_LAYOUT, ENROLMENT_LAYOUT, PARTICIPATION_LAYOUT, YOUNG_PERSON_LAYOUT, SITUATION_LAYOUT, fileRef, type Linked, type Registers, type YearSinks, type YearSource } from './registers.js';
import { isManualKey, type ManualKey } from '../contract/manual-keys.js';
import {
  buildSchemas,
  withAliases,
  type FileSchema,
  type Schemas,
  type Action,
} from '../contract/schemas.js';
import { checkActivityDate, checkAid, checkYoungPerson, duplicateRowChecker } from './quality.js';
import { readActivityFile, type ActivityFile, type ActivityFileRef } from './activity-files.js';
import { startActivityWorker, worthWorker } from './activity-workers.js';
import { fastPaths } from '../read/fast-paths.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { filesWithoutData } from './completeness.js';
import { RecordTable, type Layout } from './record-table.js';
import { IdTable } from './id-table.js';

/** A guess of a file's data rows from its size (register rows are 35 to 80 bytes), to size tables once. */
function expectedRows(file: string): number {
  try {
    return Math.floor(statSync(file).size / 64);
  } catch {
    return 0;
  }
}

export function schemasFor(source: YearSource): Schemas {
  return withAliases(buildSchemas(source.communes, source.cellLimits), source.headerAliases, source.valueAliases);
}

/** What loadYear starts while the registers are being read (see there). */
export interface RegisterHooks {
  /** jeunes.csv is read: the ids every other file refers to are known. */
  youngPeopleRead(youngPersonIds: References): void;
  /** dispositifs.csv is read too: what the événement sink needs. */
  eventsReady(registers: Pick<Registers, 'youngPeople' | 'enrolments' | 'youngPersonIds'>): void;
}

/**
 * Reads the registers. dispositifs.csv is read right after jeunes.csv (the événement sink
 * needs both, so événements can start early), but its issues and inputs are listed in
 * the contract's order, after situations.csv's.
 */
export async function loadRegisters(source: YearSource, issues: IssueSink, hooks?: RegisterHooks): Promise<Registers> {
  const schemas = schemasFor(source);
  const inputs: Record<string, FileSummary> = {};
  const track = (display: string, summary: FileSummary | undefined) => {
    if (summary) inputs[display] = summary;
  };

  const youngPeopleFile = fileRef(source, schemas.jeunes.path);
  const expectedYoungPeople = expectedRows(youngPeopleFile.absolute);
  const youngPeople = new RecordTable(YOUNG_PERSON_LAYOUT, expectedYoungPeople);
  const youngPersonIds = new References('imilo/jeunes.csv', expectedYoungPeople);
  let levelRows = 0;
  let outsideRows = 0;
  const onInvalidYoungPerson = (cells: Record<string, string | undefined>) => youngPersonIds.addInvalid(cells.id);
  // Line of each kept jeune, for a duplicate id's message: 4 bytes a row, dropped after the file.
  let youngPersonLines = new Int32Array(Math.max(16, expectedYoungPeople));
  track(youngPeopleFile.display, await validateFile(schemas.jeunes, youngPeopleFile.absolute, youngPeopleFile.display, issues, ({ record, line }) => {
    if (!youngPersonIds.addNew(record.id, youngPeople.length)) {
      issues.push({ code: 'cell.duplicate_id', severity: 'error', file: youngPeopleFile.display, line, column: 1, field: 'Identifiant', firstLine: youngPersonLines[youngPersonIds.get(record.id)!]! });
      return;
    }
    if (youngPeople.length === youngPersonLines.length) {
      const grown = new Int32Array(youngPersonLines.length * 2);
      grown.set(youngPersonLines);
      youngPersonLines = grown;
    }
    youngPersonLines[youngPeople.length] = line;
    if (record.qualification.fromLevel) levelRows++;
    if (record.commune === OUTSIDE_TERRITORY) outsideRows++;
    checkYoungPerson(record, { file: youngPeopleFile.display, line }, source.year, issues);
    youngPeople.push(record);
  }, onInvalidYoungPerson, undefined, true));
  youngPersonIds.checkReadable(issues, youngPeopleFile.display);
  youngPeople.trim();
  hooks?.youngPeopleRead(youngPersonIds);
  if (levelRows > 0) {
    issues.push({ code: 'qualification.level_not_validated', severity: 'warning', file: youngPeopleFile.display, count: levelRows });
  }
  if (outsideRows > 0) issues.push({ code: 'commune.outside_counted', severity: 'warning', file: youngPeopleFile.display, count: outsideRows });

  // A known id is the common case: the position object is built only for an issue.
  const link = (id: string, file: string, line: number, columns: ReadonlyMap<string, number>, into = issues) =>
    youngPersonIds.get(id) ?? youngPersonIds.resolve(id, { file, line, column: columns.get('id'), field: 'Identifiant' }, into);

  async function readLinked<S extends z.ZodType<{ id: string }>>(
    schema: FileSchema<S>,
    layout: Layout<Linked<z.output<S>>>,
    into: IssueSink,
  ): Promise<RecordTable<Linked<z.output<S>>>> {
    const ref = fileRef(source, schema.path);
    const out = new RecordTable(layout, expectedRows(ref.absolute));
    const duplicate = duplicateRowChecker(ref.display, into, expectedRows(ref.absolute));
    track(ref.display, await validateFile(schema, ref.absolute, ref.display, into, (row) => {
      const { record, line, columns } = row;
      duplicate.add(row);
      const youngPerson = link(record.id, ref.display, line, columns, into);
      if (youngPerson !== undefined) out.set(out.push(record as Partial<Linked<z.output<S>>>), 'youngPerson', youngPerson as Linked<z.output<S>>['youngPerson']);
    }, undefined, undefined, true));
    duplicate.finish();
    out.trim();
    return out;
  }

  const enrolmentIssues = new IssueLog();
  const enrolments = await readLinked(schemas.dispositifs, ENROLMENT_LAYOUT, enrolmentIssues);
  hooks?.eventsReady({ youngPeople, enrolments, youngPersonIds });
  const situations = await readLinked(schemas.situations, SITUATION_LAYOUT, issues);
  for (const issue of enrolmentIssues) issues.push(issue);

  const aidsFile = fileRef(source, schemas.aides.path);
  const aids = new RecordTable(AID_LAYOUT, expectedRows(aidsFile.absolute));
  const duplicateAid = duplicateRowChecker(aidsFile.display, issues, expectedRows(aidsFile.absolute));
  track(aidsFile.display, await validateFile(schemas.aides, aidsFile.absolute, aidsFile.display, issues, (row) => {
    const { record, line, columns } = row;
    duplicateAid.add(row);
    checkAid(record, { file: aidsFile.display, line }, issues, source.aidCeilingCents);
    checkActivityDate(record.date, 'Date', { file: aidsFile.display, line }, source.year, issues);
    const youngPerson = record.id === undefined ? -1 : link(record.id, aidsFile.display, line, columns);
    if (youngPerson !== undefined) aids.set(aids.push(record), 'youngPerson', youngPerson);
  }, undefined, undefined, true));
  duplicateAid.finish();
  aids.trim();

  const actions: Action[] = [];
  const actionLines: number[] = [];
  const actionIds = new References('actions/actions.csv');
  const actionsFile = fileRef(source, schemas.actions.path);
  const parentRefs: { parent: string; line: number; column: number | undefined }[] = [];
  track(actionsFile.display, await validateFile(schemas.actions, actionsFile.absolute, actionsFile.display, issues, ({ record, line, columns }) => {
    checkActivityDate(record.date, 'Date', { file: actionsFile.display, line }, source.year, issues);
    if (actionIds.has(record.actionId)) {
      const firstLine = actionLines[actionIds.get(record.actionId)!]!;
      issues.push({ code: 'cell.duplicate_id', severity: 'error', file: actionsFile.display, line, column: 1, field: 'Identifiant action', value: record.actionId, firstLine });
      return;
    }
    actionIds.add(record.actionId, actions.length);
    actionLines.push(line);
    actions.push(record as Action); // the row schema has split a combined Type (schemas.ts)
    if (record.parent !== undefined) parentRefs.push({ parent: record.parent, line, column: columns.get('parent') });
  }, (cells) => actionIds.addInvalid(cells.actionId), undefined, true));
  actionIds.checkReadable(issues, actionsFile.display);
  // A parent may be listed after its children: checked once the whole file is read.
  for (const ref of parentRefs) {
    actionIds.resolve(ref.parent, { file: actionsFile.display, line: ref.line, column: ref.column, field: 'Action parente' }, issues, true);
  }

  // Participants (young people or not) numbered in order of first appearance; their ids in an
  // IdTable rather than a Map of strings: compact at a network's size, nothing for V8 to trace.
  const participantNumbers = new IdTable();
  const participationsFile = fileRef(source, schemas.participations.path);
  const expectedParticipations = expectedRows(participationsFile.absolute);
  const participations = new RecordTable(PARTICIPATION_LAYOUT, expectedParticipations);
  const duplicateParticipation = duplicateRowChecker(participationsFile.display, issues, expectedParticipations);
  track(participationsFile.display, await validateFile(schemas.participations, participationsFile.absolute, participationsFile.display, issues, (row) => {
    const { record, line, columns } = row;
    duplicateParticipation.add(row);
    // A known action is the common case: the position object is built only for an issue.
    let action = actionIds.get(record.actionId);
    if (action === undefined) {
      const at = { file: participationsFile.display, line, column: columns.get('actionId'), field: 'Identifiant action' };
      action = actionIds.resolve(record.actionId, at, issues, true);
      if (action === undefined) return;
    }
    let participant = participantNumbers.get(record.participantId);
    if (participant === undefined) {
      participant = participantNumbers.size;
      participantNumbers.insert(record.participantId, participant);
    }
    participations.push({
      action,
      participant,
      // Not a jeune is no issue: a participant may be anyone.
      youngPerson: youngPersonIds.get(record.participantId) ?? -1,
      communeInTerritory: record.commune?.inTerritory,
    });
  }, undefined, undefined, true));
  duplicateParticipation.finish();
  participations.trim();

  const manual = new Map<ManualKey, number>();
  const manualFile = fileRef(source, schemas.manuel.path);
  track(manualFile.display, await validateFile(schemas.manuel, manualFile.absolute, manualFile.display, issues, ({ record, line }) => {
    if (!isManualKey(record.key)) {
      issues.push({ code: 'manual.unknown_key', severity: 'error', file: manualFile.display, line, column: 1, field: 'Indicateur', value: record.key, expectation: { kind: 'documentedKey' } });
      return;
    }
    if (manual.has(record.key)) {
      issues.push({ code: 'manual.duplicate_key', severity: 'error', file: manualFile.display, line, column: 1, field: 'Indicateur', value: record.key });
      return;
    }
    manual.set(record.key, record.value);
  }));

  return { youngPeople, youngPersonIds, situations, enrolments, aids, actions, participations, manual, inputs, withoutData: filesWithoutData(inputs, source.year) };
}

/**
 * Reads a year folder into its registers and the sinks. When both activity files are large,
 * each is read in a worker thread (activity-workers.ts): propositions from when jeunes.csv is
 * read, événements from when dispositifs.csv is read too, while this thread reads the other
 * registers and hands the workers' records on to the sinks. Otherwise both are read in this
 * thread after the registers. Each file's records reach its sink in file order, and the
 * issues come in the same order either way: registers, then événements, then propositions.
 */
export async function loadYear(
  source: YearSource,
  sinks: YearSinks,
  issues: IssueSink,
  /** `propositions: false`: propositions.csv is neither read nor checked (Y-1 read for the comparisons, which do not use it). */
  options: { propositions?: boolean } = {},
): Promise<Registers> {
  const schemas = schemasFor(source);
  const events = fileRef(source, schemas.evenements.path);
  const propositions = fileRef(source, schemas.propositions.path);
  const activityFiles = options.propositions === false ? ([['evenements', events]] as const) : ([['evenements', events], ['propositions', propositions]] as const);
  const parallel = fastPaths.workers === 'always' || (fastPaths.workers === 'auto' && worthWorker([events, propositions]));
  const job = (kind: ActivityFile, file: ActivityFileRef, youngPersonIds: References) =>
    ({ kind, file, year: source.year, headerAliases: source.headerAliases, valueAliases: source.valueAliases ?? {}, communeNames: source.communes.names, youngPersonIds: youngPersonIds.share() }) as const;
  const workers: Partial<Record<ActivityFile, ReturnType<typeof startActivityWorker>>> = {};
  try {
    const registers = await loadRegisters(source, issues, {
      youngPeopleRead(youngPersonIds) {
        if (parallel && options.propositions !== false) workers.propositions = startActivityWorker(job('propositions', propositions, youngPersonIds), sinks);
      },
      eventsReady(read) {
        sinks.eventsReady(read);
        if (parallel) workers.evenements = startActivityWorker(job('evenements', events, read.youngPersonIds), sinks);
      },
    });
    for (const [kind, file] of activityFiles) {
      const worker = workers[kind];
      if (worker) {
        const result = await worker.done;
        for (const issue of result.issues) issues.push(issue);
        if (result.summary) registers.inputs[file.display] = result.summary;
      } else {
        const summary = await readActivityFile(kind, schemas, file, source.year, registers.youngPersonIds, sinks, issues);
        if (summary) registers.inputs[file.display] = summary;
      }
    }
    // The activity files were read after the registers: their emptiness is known now.
    registers.withoutData = filesWithoutData(registers.inputs, source.year);
    return registers;
  } finally {
    await Promise.all(Object.values(workers).map((worker) => worker.stop()));
  }
}
