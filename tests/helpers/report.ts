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

/**
 * Headings (h2 to h5) with nothing under them: no text, table, figure or image before the next
 * heading of their level or above, in document order (a heading whose only content is empty
 * subheadings counts as empty too).
 */
export function emptyHeadings(root: { childNodes: ArrayLike<unknown> }): string[] {
  const tokens: { level?: number; text: string }[] = [];
  const walk = (node: { childNodes: ArrayLike<unknown> }) => {
    for (const child of Array.from(node.childNodes) as { nodeType: number; tagName?: string; textContent: string | null; childNodes: ArrayLike<unknown> }[]) {
      if (child.nodeType === 3) {
        if ((child.textContent ?? '').trim() !== '') tokens.push({ text: child.textContent ?? '' });
      } else if (child.nodeType === 1 && child.tagName !== 'STYLE') {
        const heading = /^H([2-5])$/.exec(child.tagName ?? '');
        if (heading) tokens.push({ level: Number(heading[1]), text: normalizeSpaces(child.textContent ?? '') });
        else if (['TABLE', 'FIGURE', 'svg', 'SVG', 'IMG'].includes(child.tagName ?? '')) tokens.push({ text: `[${child.tagName}]` });
        else walk(child);
      }
    }
  };
  walk(root);
  return tokens.flatMap((token, index) => {
    if (token.level === undefined) return [];
    const next = tokens.findIndex((other, at) => at > index && other.level !== undefined && other.level <= token.level!);
    const under = tokens.slice(index + 1, next === -1 ? undefined : next);
    return under.some((other) => other.level === undefined) ? [] : [token.text];
  });
}

/**
 * A standalone 0 printed as a figure: not the end of a larger number (« 10 », « 1 000 » with its
 * grouping space), nor a decimal (« 0,5 »).
 */
export const ZERO_FIGURE = /(?<![\d,])(?<!\d )0(?![\d,])/;

/** Each innermost text block (paragraph, list item, cell, definition, caption, heading) that prints a standalone 0. */
export function textsWithZero(root: Pick<ParsedReport['document'], 'querySelectorAll'>): string[] {
  const blocks = [...root.querySelectorAll('p, li, td, th, dd, dt, figcaption, h2, h3, h4, h5')];
  return blocks
    .filter((block) => block.querySelector('p, li, td, dd') === null)
    .map((block) => normalizeSpaces(block.textContent ?? ''))
    .filter((text) => ZERO_FIGURE.test(text));
}
