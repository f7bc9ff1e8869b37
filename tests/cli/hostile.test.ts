import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

/**
 * Hostile inputs and interruptions (issue #16): each case mutates a copy of the fixtures in a
 * temporary folder and runs the command line on it.
 */
function fixturesCopy(): string {
  const data = temporaryDir('alpes-hostile-');
  cpSync(FIXTURES, data, { recursive: true });
  return data;
}

/** Rewrites one file of the copy, line by line (1-based line numbers, header = 1). */
function mutateLines(file: string, change: (cells: string[], line: number) => string[] | undefined): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = lines.map((text, index) => change(text.split(';'), index + 1)?.join(';') ?? text);
  writeFileSync(file, out.join('\n'));
}

describe('rows lost in silence', () => {
  it('a quote left open in a column without multi-line text is an error at the opening quote', async () => {
    const data = fixturesCopy();
    // Domaine (column 6) opens a quote on line 101 that a cell closes on line 1101.
    mutateLines(path.join(data, '2024/imilo/situations.csv'), (cells, line) => {
      if (line === 101) cells[5] = `"${cells[5]}`;
      if (line === 1101) cells[5] = `${cells[5]}"`;
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(3);
    const issues = JSON.parse(run.out).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'csv.multiline_cell', file: '2024/imilo/situations.csv', line: 101, column: 6, field: 'Domaine', count: 1001 }),
    );
  });
});

describe('a failed write', () => {
  const mounted: string[] = [];
  afterAll(() => {
    for (const folder of mounted) spawnSync('umount', [folder]);
  });

  it('a full disk (ENOSPC) leaves no partial file and the previous report as it was', async () => {
    // A 64 KiB tmpfs where the machine allows it (root, as in CI containers); else a folder
    // without write permission (EACCES), the other failure the writer must clean up after.
    const out = temporaryDir('alpes-full-');
    const full = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', out]).status === 0;
    if (full) mounted.push(out);
    mkdirSync(path.join(out, '2024'));
    writeFileSync(path.join(out, '2024', 'metrics.json'), '{"ancien":true}\n');
    if (!full) spawnSync('chmod', ['555', path.join(out, '2024')]);
    const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'html,json']);
    expect(run.code).toBe(4);
    expect(run.err).toContain(full ? 'disque plein (ENOSPC)' : 'droits insuffisants');
    expect(run.err).toContain('Aucun fichier n’a été écrit ; le rapport précédent est inchangé.');
    expect(readdirSync(path.join(out, '2024'))).toEqual(['metrics.json']);
    expect(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).toBe('{"ancien":true}\n');
  });
});
