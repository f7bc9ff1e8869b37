import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes generated files, paths relative to `<outDir>/<year>/`, as UTF-8. */
export function writeYearFiles(outDir: string, year: number, files: Iterable<readonly [string, string]>): void {
  for (const [path, content] of files) {
    const file = join(outDir, String(year), path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content, 'utf8');
  }
}
