import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The cover's logo: the configured file (association.logo), else read from the data folder when present (`<data>/<year>/logo.png`, else
 * `<data>/logo.png`; PNG, JPEG or SVG) and inlined as a data: URL, since rendering loads
 * nothing from disk or network.
 */
const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };
const MAX_BYTES = 2 * 1024 * 1024;

export function findLogo(dataDir: string, year: number, configured: string | null = null): string | null {
  if (configured !== null) {
    const file = path.resolve(dataDir, configured);
    const type = TYPES[path.extname(file).toLowerCase()];
    return type && existsSync(file) && statSync(file).size <= MAX_BYTES ? `data:${type};base64,${readFileSync(file).toString('base64')}` : null;
  }
  for (const folder of [path.join(dataDir, String(year)), dataDir]) {
    for (const [extension, type] of Object.entries(TYPES)) {
      const file = path.join(folder, `logo${extension}`);
      if (existsSync(file) && statSync(file).size <= MAX_BYTES) {
        return `data:${type};base64,${readFileSync(file).toString('base64')}`;
      }
    }
  }
  return null;
}
