import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { main } from '../../src/cli/main.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const created: string[] = [];

/** A fresh temporary folder, removed after the test file (tests/setup.ts). */
export function temporaryDir(prefix = 'alpes-test-'): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(folder);
  return folder;
}

export function removeTemporaryDirs(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * Collapses every kind of space (U+00A0, U+202F, newlines) to one plain space, and reads a
 * straight apostrophe as the typographic one (’) the report prints: some transcriptions of the
 * seeds keep the straight one. The report's typography is tested in tests/render/typography.test.ts.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/'/g, '’').trim();
}

export interface ParsedReport {
  text: string;
  /** Rows of the table with this id: tbody then tfoot rows, each as cell texts. */
  table(id: string): string[][] | undefined;
  document: ReturnType<typeof parseHTML>['document'];
}

export function parseReport(html: string): ParsedReport {
  const { document } = parseHTML(html);
  return {
    document,
    text: normalizeSpaces(document.body?.textContent ?? ''),
    table(id) {
      const table = document.getElementById(id);
      if (!table || table.tagName !== 'TABLE') return undefined;
      const rows = [...table.querySelectorAll('tbody tr, tfoot tr')];
      return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => normalizeSpaces(cell.textContent ?? '')));
    },
  };
}

/**
 * What a build of the fixtures prints with --quiet: nothing but the warning that lists the
 * manuel.csv keys the fixtures do not give (their sentences are left out, as in the seeds).
 */
export function onlyManualKeysWarning(err: string): string[] {
  return err
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => !/^\d{4}\/manuel\.csv avertissement \[manual\.missing_keys\] /.test(line.replace(/\u001b\[[0-9;]*m/g, '')));
}
