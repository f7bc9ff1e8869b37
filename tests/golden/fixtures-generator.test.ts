import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTextBlock } from '../../src/contract/texts.js';
import { FIXTURES, temporaryDir } from '../helpers/report.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function files(folder: string, base = folder): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

/**
 * `<year>/territoire/` holds published statistics copied by hand (docs/territoire.md), and
 * `<year>/textes/` the year's prose transcribed from the published reports (docs/textes.md):
 * not generated data, so the generators must not write there, and the comparison leaves them out.
 */
const isReferenceData = (file: string) => ['territoire', 'textes'].includes(file.split(path.sep)[1]!);
const isText = (file: string) => file.split(path.sep)[1] === 'textes';

describe('fixtures/', () => {
  it('is exactly what the committed generators write (no hand edits, deterministic), hand-written reference data aside', () => {
    const out = temporaryDir('alpes-fixtures-');
    for (const script of ['scripts/generate-fixtures.ts', 'scripts/generate-plie-fixtures.ts', 'scripts/generate-mde-fixtures.ts']) {
      execFileSync(process.execPath, [TSX, script, out], { cwd: ROOT, stdio: 'pipe' });
    }
    const generated = files(out).sort();
    expect(generated.filter(isReferenceData)).toEqual([]);
    const all = files(FIXTURES).sort();
    expect(all.filter(isReferenceData).filter((file) => !isText(file))).toEqual([path.join('2023', 'territoire', 'emploi.csv'), path.join('2023', 'territoire', 'population.csv')]);
    // Texts are Markdown files named after a block of the report.
    for (const file of all.filter(isText)) expect(isTextBlock(path.basename(file, '.md')), file).toBe(true);
    const committed = all.filter((file) => !isReferenceData(file));
    expect(generated).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(FIXTURES, file))), file).toBe(true);
    }
    // Three generators each start tsx: about 15 s idle, over 60 s on a loaded 2-core runner.
  }, 240_000);
});
