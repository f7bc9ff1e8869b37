import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isFileSystemError } from '../contract/issues.js';

/**
 * The cover's logo, read from the data folder when present (`<data>/<year>/logo.png`, else
 * `<data>/logo.png`; PNG, JPEG or SVG) and inlined as a data: URL, since rendering loads
 * nothing from disk or network.
 */
const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };
const MAX_BYTES = 2 * 1024 * 1024;

/** A logo that is there but cannot be read: the user meant one, so it is not silently left out. */
export interface LogoProblem {
  file: string;
  errno: string;
}

export function findLogo(dataDir: string, year: number): { dataUrl: string | null } | { problem: LogoProblem } {
  for (const folder of [path.join(dataDir, String(year)), dataDir]) {
    for (const [extension, type] of Object.entries(TYPES)) {
      const file = path.join(folder, `logo${extension}`);
      try {
        const stats = statSync(file);
        if (stats.isDirectory()) return { problem: { file, errno: 'EISDIR' } };
        if (stats.size <= MAX_BYTES) return { dataUrl: `data:${type};base64,${readFileSync(file).toString('base64')}` };
      } catch (error) {
        if (!isFileSystemError(error)) throw error;
        if (error.code !== 'ENOENT') return { problem: { file, errno: error.code } };
      }
    }
  }
  return { dataUrl: null };
}
