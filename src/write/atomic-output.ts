import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The only place that writes report files. Every file is first written next to its target
 * under a temporary name; only when all of them are on disk are they renamed over the
 * targets. A build that fails before that point leaves the previous report untouched.
 */
export interface OutputFile {
  /** File name inside the output folder. */
  name: string;
  content: string | Uint8Array;
}

const STAGED = /^\..+\.\d+\.tmp$/;

export function writeOutputs(folder: string, files: readonly OutputFile[]): string[] {
  mkdirSync(folder, { recursive: true });
  // Files staged by a build that was killed before its renames: never part of a report.
  for (const name of readdirSync(folder)) if (STAGED.test(name)) rmSync(path.join(folder, name), { force: true });
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      if (file.name !== path.basename(file.name)) throw new Error(`invalid output name ${file.name}`);
      const target = path.join(folder, file.name);
      const temporary = path.join(folder, `.${file.name}.${process.pid}.tmp`);
      writeFileSync(temporary, file.content);
      staged.push({ temporary, target });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
  return staged.map(({ target }) => target);
}
