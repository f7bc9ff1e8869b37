import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURES, onlyManualKeysWarning, runCli, temporaryDir } from '../helpers/report.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/alpes-report.js');
const NAMES = ['rapport-activite-2024.html', 'rapport-activite-2024.pdf', 'metrics.json'];

/**
 * A SIGKILLed build cannot close its Chromium: end the orphans it left (parent gone, our
 * profile prefix), so that the test leaves no process behind.
 */
function killOrphanedBrowsers(): void {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (cmdline.includes('alpes-report-chromium-') && parent === 1) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // the process ended meanwhile
    }
  }
}

/**
 * Starts a real build and kills it after `delay` ms (SIGKILL: no chance to clean up). Its
 * temporary folder is `tmp`, so that the Chromium profile it cannot remove is left there, not
 * in the machine's.
 */
function buildKilledAfter(out: string, tmp: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', '--year', '2024', '--data', FIXTURES, '--out', out, '--quiet'], {
      stdio: 'ignore',
      env: { ...process.env, TMPDIR: tmp },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('an interrupted build', () => {
  it('leaves every report file either as it was or completely new, never half-written', async () => {
    const out = temporaryDir();
    const tmp = temporaryDir();
    const folder = path.join(out, '2024');
    mkdirSync(folder);
    for (const name of NAMES) writeFileSync(path.join(folder, name), `previous ${name}`);
    for (const delay of [300, 1_200, 2_500, 4_000, 5_500]) {
      await buildKilledAfter(out, tmp, delay);
      for (const name of NAMES) {
        const content = readFileSync(path.join(folder, name));
        const text = content.toString('latin1');
        if (text === `previous ${name}`) continue;
        if (name.endsWith('.json')) expect(() => JSON.parse(content.toString('utf8'))).not.toThrow();
        if (name.endsWith('.html')) expect(text.trimEnd().endsWith('</html>')).toBe(true);
        if (name.endsWith('.pdf')) expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
      }
    }
    killOrphanedBrowsers();
    // The next build removes whatever a killed one had staged.
    expect((await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'json', '--quiet'])).code).toBe(0);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a Windows export', () => {
  it('in Windows-1252 with CRLF and a sep=; line builds the same report as its UTF-8 twin', async () => {
    const windows = temporaryDir();
    cpSync(FIXTURES, windows, { recursive: true });
    for (const year of ['2023', '2024']) {
      for (const relative of ['imilo/jeunes.csv', 'imilo/evenements.csv', 'imilo/situations.csv', 'imilo/aides.csv', 'actions/actions.csv', 'manuel.csv']) {
        const file = path.join(windows, year, relative);
        const text = readFileSync(file, 'utf8');
        expect(iconv.decode(iconv.encode(text, 'win1252'), 'win1252')).toBe(text); // every character exists in Windows-1252
        writeFileSync(file, iconv.encode(`sep=;\r\n${text.replace(/\n/g, '\r\n')}`, 'win1252'));
      }
    }
    const [utf8Out, windowsOut] = [temporaryDir(), temporaryDir()];
    expect((await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', utf8Out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    const run = await runCli(['build', '--year', '2024', '--data', windows, '--out', windowsOut, '--format', 'html,json', '--quiet']);
    expect(onlyManualKeysWarning(run.err)).toEqual([]);
    expect(run.code).toBe(0);
    const html = (folder: string) => readFileSync(path.join(folder, '2024', 'rapport-activite-2024.html'));
    expect(html(windowsOut).equals(html(utf8Out))).toBe(true);
    const indicators = (folder: string) => JSON.parse(readFileSync(path.join(folder, '2024', 'metrics.json'), 'utf8')).indicators;
    expect(indicators(windowsOut)).toEqual(indicators(utf8Out));
    expect(existsSync(path.join(windowsOut, '2024', 'metrics.json'))).toBe(true);
  });
});
