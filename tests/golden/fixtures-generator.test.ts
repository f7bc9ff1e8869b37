import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, temporaryDir } from '../helpers/report.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function files(folder: string, base = folder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

describe('fixtures/', () => {
  it('is exactly what the committed generators write (no hand edits, deterministic)', () => {
    const out = temporaryDir('alpes-fixtures-');
    for (const script of ['scripts/generate-fixtures.ts', 'scripts/generate-plie-fixtures.ts', 'scripts/generate-mde-fixtures.ts']) {
      execFileSync(process.execPath, [TSX, script, out], { cwd: ROOT, stdio: 'pipe' });
    }
    const committed = files(FIXTURES).sort();
    expect(files(out).sort()).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(FIXTURES, file))), file).toBe(true);
    }
  });
});
