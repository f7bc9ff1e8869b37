import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.js';
import { FIXTURES, temporaryDir } from '../helpers/report.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/alpes-report.js');
let browser: string;

/**
 * A real signal sent to a real build (bin/, the bundle) while Chromium starts: a cancelled CI
 * job (SIGTERM), a closed terminal (SIGHUP), Ctrl-C (SIGINT). The previous report must stay
 * byte for byte, nothing staged or no browser profile may be left behind.
 */
async function interruptedBuild(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; out: string; tmp: string; previous: Record<string, string> }> {
  const tmp = temporaryDir('alpes-signal-tmp-');
  const out = temporaryDir('alpes-signal-out-');
  const previous: Record<string, string> = { 'metrics.json': '{"old":true}\n', 'rapport-activite-2024.html': '<p>ancien</p>\n', 'rapport-activite-2024.pdf': '%PDF-ancien\n' };
  mkdirSync(path.join(out, '2024'));
  for (const [name, content] of Object.entries(previous)) writeFileSync(path.join(out, '2024', name), content);
  const child = spawn(process.execPath, [BIN, 'build', '--year', '2024', '--data', FIXTURES, '--out', out, '--browser', browser], {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The browser's profile folder appears when Chromium is being launched.
  for (let waited = 0; !readdirSync(tmp).some((name) => name.startsWith('alpes-report-chromium-')); waited += 20) {
    if (waited > 50_000 || child.exitCode !== null) throw new Error(`the build never launched a browser: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill(signal);
  const code = await exited;
  return { code, stderr, out, tmp, previous };
}

describe('a build interrupted by a signal', () => {
  beforeAll(async () => {
    browser = (await findBrowser(undefined)).executablePath!;
  });

  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
    it(`${signal} while Chromium starts: exit ${code}, previous report unchanged, nothing left behind`, async () => {
      const run = await interruptedBuild(signal);
      expect(run.code, run.stderr).toBe(code);
      expect(run.stderr).toContain(`Interrompu (${signal})`);
      expect(readdirSync(path.join(run.out, '2024')).sort()).toEqual(Object.keys(run.previous).sort());
      for (const [name, content] of Object.entries(run.previous)) expect(readFileSync(path.join(run.out, '2024', name), 'utf8')).toBe(content);
      // Node 22+ keeps its compile cache there (bin/alpes-report.js turns it on): not the build's.
      expect(readdirSync(run.tmp).filter((name) => name !== 'node-compile-cache')).toEqual([]);
    });
  }
});
