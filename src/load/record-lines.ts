import type { Issue } from '../contract/issues.js';
import { schemasFor } from './load-year.js';
import { fileRef, type YearSource } from './registers.js';
import { validateFile } from './validate-file.js';

/** Registers whose rows `explain` points at. */
export type TrailFile = 'jeunes' | 'situations';

/**
 * The line numbers of a register's records, in register order (index i of the table is line
 * `lines[i]` of the file), for `explain`. The file is read again with the same schema: in a
 * year without errors, loadYear keeps every valid row, in file order.
 */
export async function registerLines(source: YearSource, file: TrailFile): Promise<{ display: string; lines: number[] }> {
  const schemas = schemasFor(source);
  const lines: number[] = [];
  const issues: Issue[] = [];
  const onRecord = ({ line }: { line: number }) => lines.push(line);
  const schema = file === 'jeunes' ? schemas.jeunes : schemas.situations;
  const ref = fileRef(source, schema.path);
  if (file === 'jeunes') await validateFile(schemas.jeunes, ref.absolute, ref.display, issues, onRecord);
  else await validateFile(schemas.situations, ref.absolute, ref.display, issues, onRecord);
  return { display: ref.display, lines };
}
