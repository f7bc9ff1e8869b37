import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { IssueSink } from '../contract/issues.js';
import {
  buildMdeSchemas,
  type ClauseHours,
  type CyberBaseVisit,
  type EmployerContact,
  type JobOffer,
  type MdeContract,
  type MdeFileKey,
  type MdeSchemas,
  type MobilityAid,
  type ProjectHolder,
  type SiaePlacement,
} from '../contract/mde-schemas.js';
import { duplicateRowChecker } from './quality.js';
import { withAliases, type ColumnSpec, type FileSchema } from '../contract/schemas.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { fileRef, type YearSource } from './registers.js';

/**
 * Reads and validates the Maison de l'Emploi logs of one year folder (`<year>/mde/`). Every
 * file is optional: a log the MDE does not keep is `null`, and the report leaves its part out
 * with a note (never zeros). Personal ids are replaced by a per-file number (`person`), so
 * nothing downstream holds an identifier; the logs are small (thousands of rows), so their
 * records are kept, like the PLIE's.
 */
type Pseudonymised<T extends { id: string }> = Omit<T, 'id'> & { person: number };

export interface MdeLogs {
  creation: Pseudonymised<ProjectHolder>[] | null;
  employers: EmployerContact[] | null;
  contracts: Pseudonymised<MdeContract>[] | null;
  clause: Pseudonymised<ClauseHours>[] | null;
  cyberBase: Pseudonymised<CyberBaseVisit>[] | null;
  mobility: Pseudonymised<MobilityAid>[] | null;
  siae: Pseudonymised<SiaePlacement>[] | null;
  offers: JobOffer[] | null;
  /** Rows read and SHA-256 per input file (path relative to the data folder), as `Registers.inputs`. */
  inputs: Record<string, FileSummary>;
}

export type ProjectHolderRecord = Pseudonymised<ProjectHolder>;
export type MdeContractRecord = Pseudonymised<MdeContract>;
export type ClauseHoursRecord = Pseudonymised<ClauseHours>;
export type CyberBaseRecord = Pseudonymised<CyberBaseVisit>;
export type MobilityAidRecord = Pseudonymised<MobilityAid>;
export type SiaePlacementRecord = Pseudonymised<SiaePlacement>;

export const MDE_FOLDER = 'mde';

export function hasMdeFolder(source: Pick<YearSource, 'dataDir' | 'year'>): boolean {
  return existsSync(path.join(source.dataDir, String(source.year), MDE_FOLDER));
}

/** Numbers people by id within one file, in order of first appearance. */
function pseudonymiser() {
  const numbers = new Map<string, number>();
  return <T extends { id: string }>(record: T): Pseudonymised<T> => {
    const { id, ...rest } = record;
    let person = numbers.get(id);
    if (person === undefined) {
      person = numbers.size;
      numbers.set(id, person);
    }
    return { ...rest, person };
  };
}

/**
 * @param actionIds ids of actions/actions.csv, for `Opération` in contrats.csv; undefined when
 *   actions.csv was unreadable (its own errors are already listed).
 */
export async function loadMde(source: YearSource, actionIds: ReadonlySet<string> | undefined, issues: IssueSink): Promise<MdeLogs | undefined> {
  if (!hasMdeFolder(source)) return undefined;
  const schemas: MdeSchemas = withAliases(buildMdeSchemas(source.communes, source.cellLimits), source.headerAliases, source.valueAliases);
  const inputs: Record<string, FileSummary> = {};

  /** Reads one log when present and not header-only (else null); `keep` returns the record to store, or undefined to drop the row. */
  async function readLog<S extends z.ZodType, R>(
    key: MdeFileKey,
    keep: (record: z.output<S>, line: number, columns: ReadonlyMap<string, number>) => R | undefined,
  ): Promise<R[] | null> {
    const schema = schemas[key] as unknown as FileSchema<S>;
    const ref = fileRef(source, schema.path);
    if (!existsSync(ref.absolute)) return null;
    const out: R[] = [];
    const duplicate = duplicateRowChecker(ref.display, issues);
    const summary = await validateFile(schema, ref.absolute, ref.display, issues, (row) => {
      const { record, line, columns } = row;
      duplicate.add(row);
      const kept = keep(record, line, columns);
      if (kept !== undefined) out.push(kept);
    });
    duplicate.finish();
    if (summary) inputs[ref.display] = summary;
    // A header-only log gives no figure, as an absent one does: its part is null, never zeros.
    return summary?.rows === 0 ? null : out;
  }

  /**
   * Whether `id` is seen for the first time in `key`'s file; a repeat is a cell.duplicate_id
   * issue (echoing the id only when it is not personal).
   */
  function uniqueIn(key: MdeFileKey, field: string) {
    const seen = new Map<string, number>();
    const spec = (schemas[key].columns as Readonly<Record<string, ColumnSpec>>)[field]!;
    const file = fileRef(source, schemas[key].path).display;
    return (id: string, line: number, columns: ReadonlyMap<string, number>): boolean => {
      const firstLine = seen.get(id);
      if (firstLine === undefined) {
        seen.set(id, line);
        return true;
      }
      const column = columns.get(field);
      issues.push({ code: 'cell.duplicate_id', severity: 'error', file, line, ...(column === undefined ? {} : { column }), field: spec.header, ...(spec.personal ? {} : { value: id }), firstLine });
      return false;
    };
  }

  // One row per project holder: a second row would count them twice.
  const firstHolder = uniqueIn('creation', 'id');
  const pseudonymiseHolder = pseudonymiser();
  const creation = await readLog<MdeSchemas['creation']['row'], Pseudonymised<ProjectHolder>>('creation', (record, line, columns) =>
    firstHolder(record.id, line, columns) ? pseudonymiseHolder(record) : undefined,
  );

  const employers = await readLog<MdeSchemas['employers']['row'], EmployerContact>('employers', (record) => record);

  const contractsFile = fileRef(source, schemas.contracts.path).display;
  const pseudonymiseSignatory = pseudonymiser();
  const contracts = await readLog<MdeSchemas['contracts']['row'], Pseudonymised<MdeContract>>('contracts', (record, line, columns) => {
    if (record.operation !== undefined && actionIds !== undefined && !actionIds.has(record.operation)) {
      const column = columns.get('operation');
      issues.push({
        code: 'cell.unknown_reference',
        severity: 'error',
        file: contractsFile,
        line,
        ...(column === undefined ? {} : { column }),
        field: schemas.contracts.columns.operation.header,
        value: record.operation,
        expectation: { kind: 'idIn', file: 'actions/actions.csv' },
      });
    }
    return pseudonymiseSignatory(record);
  });

  const clause = await readLog<MdeSchemas['clause']['row'], Pseudonymised<ClauseHours>>('clause', pseudonymiser());
  const cyberBase = await readLog<MdeSchemas['cyberBase']['row'], Pseudonymised<CyberBaseVisit>>('cyberBase', pseudonymiser());
  const mobility = await readLog<MdeSchemas['mobility']['row'], Pseudonymised<MobilityAid>>('mobility', pseudonymiser());
  const siae = await readLog<MdeSchemas['siae']['row'], Pseudonymised<SiaePlacement>>('siae', pseudonymiser());

  const firstOffer = uniqueIn('offers', 'offer');
  const offers = await readLog<MdeSchemas['offers']['row'], JobOffer>('offers', (record, line, columns) =>
    firstOffer(record.offer, line, columns) ? record : undefined,
  );

  return { creation, employers, contracts, clause, cyberBase, mobility, siae, offers, inputs };
}
