import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The only place that writes report files. Every file is first written next to its target
 * under a temporary name; only when all of them are on disk are they renamed over the
 * targets. A build that fails before that point leaves the previous report untouched.
 */
export interface OutputFile {
  /** File name inside the output folder, or `subfolder/name` (the commune sheets' `fiches/`). */
  name: string;
  content: string | Uint8Array;
}

/** A write that failed, with the files already renamed over their targets (none unless a rename failed). */
export class WriteFailure extends Error {
  constructor(
    override readonly cause: NodeJS.ErrnoException,
    readonly written: readonly string[],
  ) {
    super(cause.message);
  }
}

const STAGED = /^\..+\.\d+\.tmp$/;

/** `name` or `folder/name`, each part a plain file name: nothing is written outside the output folder. */
function isSafeName(name: string): boolean {
  const parts = name.split('/');
  return parts.length <= 2 && parts.every((part) => part !== '' && part !== '.' && part !== '..' && part === path.basename(part));
}

/** Files staged by a build that was killed before its renames: never part of a report. */
function removeStaged(folder: string): void {
  for (const name of readdirSync(folder)) if (STAGED.test(name)) rmSync(path.join(folder, name), { force: true });
}

export function writeOutputs(folder: string, files: readonly OutputFile[], signal?: AbortSignal): string[] {
  signal?.throwIfAborted();
  mkdirSync(folder, { recursive: true });
  removeStaged(folder);
  const staged: { temporary: string; target: string }[] = [];
  try {
    const subfolders = new Set<string>();
    for (const file of files) {
      if (!isSafeName(file.name)) throw new Error(`invalid output name ${file.name}`);
      const target = path.join(folder, file.name);
      const directory = path.dirname(target);
      if (file.name.includes('/') && !subfolders.has(directory)) {
        mkdirSync(directory, { recursive: true });
        removeStaged(directory);
        subfolders.add(directory);
      }
      const temporary = path.join(directory, `.${path.basename(file.name)}.${process.pid}.tmp`);
      // Listed before writing: a full disk (ENOSPC) leaves a partial file that must go too.
      staged.push({ temporary, target });
      writeFileSync(temporary, file.content);
    }
    signal?.throwIfAborted();
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw signal?.aborted ? error : new WriteFailure(error as NodeJS.ErrnoException, []);
  }
  const renamed: string[] = [];
  try {
    for (const { temporary, target } of staged) {
      renameSync(temporary, target);
      renamed.push(target);
    }
  } catch (error) {
    for (const { temporary } of staged.slice(renamed.length)) rmSync(temporary, { force: true });
    throw new WriteFailure(error as NodeJS.ErrnoException, renamed);
  }
  return renamed;
}
