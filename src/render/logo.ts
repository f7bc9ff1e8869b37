import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isFileSystemError } from '../contract/issues.js';

/**
 * The cover's logo: the configured file (association.logo, relative to the data folder), else
 * `<data>/<year>/logo.png`, else `<data>/logo.png` (PNG, JPEG or SVG), inlined as a data: URL,
 * since rendering loads nothing from disk or network.
 */
const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };
const MAX_BYTES = 2 * 1024 * 1024;

/** A logo that is there (or configured) but cannot be read: the user meant one, so it is not silently left out. */
export interface LogoProblem {
  file: string;
  errno: string;
}

export function findLogo(dataDir: string, year: number, configured: string | null = null): { dataUrl: string | null } | { problem: LogoProblem } {
  const candidates =
    configured !== null
      ? [path.resolve(dataDir, configured)]
      : [path.join(dataDir, String(year)), dataDir].flatMap((folder) => Object.keys(TYPES).map((extension) => path.join(folder, `logo${extension}`)));
  for (const file of candidates) {
    const type = TYPES[path.extname(file).toLowerCase()];
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) return { problem: { file, errno: 'EISDIR' } };
      if (type !== undefined && stats.size <= MAX_BYTES) return { dataUrl: `data:${type};base64,${readFileSync(file).toString('base64')}` };
    } catch (error) {
      if (!isFileSystemError(error)) throw error;
      // No logo in the data folder is fine; a configured one that is missing is not.
      if (error.code !== 'ENOENT' || configured !== null) return { problem: { file, errno: error.code } };
    }
  }
  return { dataUrl: null };
}
