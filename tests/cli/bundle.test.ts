import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshSpec, reportTemplateFiles, TEMPLATES_DIR, type PrecompiledTemplates } from '../../src/render/html.js';
import { onlyManualKeysWarning, FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/alpes-report.js');

/**
 * The other tests run src/; users run bin/, which runs the bundle of dist/ (npm run build). The
 * bundle must find what it loads from its own location: the templates, the activity worker
 * (forced on here) and the chunks of the commands.
 */
describe('bin/alpes-report.js (the bundle)', () => {
  it('writes the same report as the sources, with the activity files read in a worker', async () => {
    const bundled = temporaryDir();
    const run = spawnSync(process.execPath, [BIN, 'build', '--year', '2024', '--data', FIXTURES, '--out', bundled, '--format', 'html,json', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, ALPES_WORKERS: 'always' },
    });
    expect(onlyManualKeysWarning(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);

    const sources = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', sources, '--format', 'html,json', '--quiet'])).code).toBe(0);
    for (const name of ['metrics.json', 'rapport-activite-2024.html']) {
      expect(readFileSync(path.join(bundled, '2024', name), 'utf8'), name).toBe(readFileSync(path.join(sources, '2024', name), 'utf8'));
    }
  });

  it('prints the ALPES report from its precompiled templates as the sources print it from templates/', async () => {
    // dist/templates.js (npm run build) holds every template compiled from today's sources; the sources compile them.
    const { PRECOMPILED } = (await import(pathToFileURL(path.resolve(import.meta.dirname, '../../dist/templates.js')).href)) as { PRECOMPILED: PrecompiledTemplates };
    for (const file of reportTemplateFiles()) expect(freshSpec(PRECOMPILED, file, readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')), file).toBeDefined();
    const bundled = temporaryDir();
    const run = spawnSync(process.execPath, [BIN, 'build', '--year', '2023', '--data', FIXTURES, '--out', bundled, '--report', 'alpes', '--format', 'html', '--quiet'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const sources = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', sources, '--report', 'alpes', '--format', 'html', '--quiet'])).code).toBe(0);
    const name = 'rapport-alpes-2023.html';
    expect(readFileSync(path.join(bundled, '2023', name), 'utf8')).toBe(readFileSync(path.join(sources, '2023', name), 'utf8'));
  });

  it('runs the commands loaded on demand', () => {
    const schema = spawnSync(process.execPath, [BIN, 'schema'], { encoding: 'utf8' });
    expect(schema.status).toBe(0);
    expect(schema.stdout).toContain('# Fichiers d’entrée');
    const diff = spawnSync(process.execPath, [BIN, 'diff', '2023', '2024', '--data', FIXTURES, '--format', 'json'], { encoding: 'utf8' });
    expect(diff.stderr).toBe('');
    expect([0, 6]).toContain(diff.status);
  });
});
