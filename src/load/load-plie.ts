import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IssueSink } from '../contract/issues.js';
import { OUTSIDE_TERRITORY } from '../contract/territory.js';
import { buildPlieSchemas, type PlieEtape, type PlieParticipant, type PlieSchemas } from '../contract/plie-schemas.js';
import { duplicateRowChecker } from './quality.js';
import { References } from './references.js';
import { withAliases } from '../contract/schemas.js';
import { validateFile, type FileSummary } from './validate-file.js';
import { fileRef, type YearSource } from './registers.js';

/**
 * Reads and validates the PLIE files of one year folder (`<year>/plie/`). Both files are
 * registers, kept in memory. An étape carries its participant's index in `participants`
 * instead of the id, so nothing downstream holds an identifier.
 *
 * A year without a `plie/` folder has no PLIE (a Mission Locale alone): `loadPlie` returns
 * undefined without any issue and the report leaves the PLIE section out, never zeros. Once
 * the folder exists, both files are required.
 */
export type PlieLinkedEtape = Omit<PlieEtape, 'id'> & { participant: number };

export interface PlieRegisters {
  participants: PlieParticipant[];
  etapes: PlieLinkedEtape[];
  /** Rows read and SHA-256 per input file (path relative to the data folder), as `Registers.inputs`. */
  inputs: Record<string, FileSummary>;
}

export const PLIE_FOLDER = 'plie';

/** The PLIE schemas with the configuration's extra header labels (file path -> header -> aliases). */
function plieSchemasFor(source: YearSource): PlieSchemas {
  return withAliases(buildPlieSchemas(source.communes), source.headerAliases, source.valueAliases);
}

export function hasPlieFolder(source: Pick<YearSource, 'dataDir' | 'year'>): boolean {
  return existsSync(path.join(source.dataDir, String(source.year), PLIE_FOLDER));
}

export async function loadPlie(source: YearSource, issues: IssueSink): Promise<PlieRegisters | undefined> {
  if (!hasPlieFolder(source)) return undefined;
  const schemas = plieSchemasFor(source);
  const inputs: Record<string, FileSummary> = {};
  const track = (display: string, summary: FileSummary | undefined) => {
    if (summary) inputs[display] = summary;
  };

  const participants: PlieParticipant[] = [];
  const participantIds = new References(schemas.participants.path);
  const participantLines: number[] = [];
  const participantsFile = fileRef(source, schemas.participants.path);
  let levelRows = 0;
  let outsideRows = 0;
  track(
    participantsFile.display,
    await validateFile(
      schemas.participants,
      participantsFile.absolute,
      participantsFile.display,
      issues,
      ({ record, line, columns }) => {
        if (participantIds.has(record.id)) {
          const column = columns.get('id');
          issues.push({
            code: 'cell.duplicate_id',
            severity: 'error',
            file: participantsFile.display,
            line,
            ...(column === undefined ? {} : { column }),
            field: schemas.participants.columns.id.header,
            firstLine: participantLines[participantIds.get(record.id)!]!,
          });
          return;
        }
        if (record.qualification.fromLevel) levelRows++;
        if (record.commune === OUTSIDE_TERRITORY) outsideRows++;
        participantIds.add(record.id, participants.length);
        participantLines.push(line);
        participants.push(record);
      },
      (cells) => participantIds.addInvalid(cells.id),
    ),
  );
  participantIds.checkReadable(issues, participantsFile.display);
  if (levelRows > 0) {
    issues.push({ code: 'qualification.level_not_validated', severity: 'warning', file: participantsFile.display, count: levelRows });
  }
  if (outsideRows > 0) issues.push({ code: 'commune.outside_counted', severity: 'warning', file: participantsFile.display, count: outsideRows });

  const etapes: PlieLinkedEtape[] = [];
  const etapesFile = fileRef(source, schemas.etapes.path);
  const duplicate = duplicateRowChecker(etapesFile.display, issues);
  track(
    etapesFile.display,
    await validateFile(schemas.etapes, etapesFile.absolute, etapesFile.display, issues, (row) => {
      const { record, line, columns } = row;
      duplicate.add(row);
      const { id, ...rest } = record;
      const at = { file: etapesFile.display, line, column: columns.get('id'), field: schemas.etapes.columns.id.header };
      // Never echoed: the id is personal data, the position is enough.
      const participant = participantIds.resolve(id, at, issues);
      if (participant !== undefined) etapes.push({ ...rest, participant });
    }),
  );
  duplicate.finish();

  return { participants, etapes, inputs };
}
