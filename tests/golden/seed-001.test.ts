import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir, type ParsedReport } from '../helpers/report.js';
import { expectedSentences, expectedTables } from './seed-001.expected.js';

/**
 * The golden test: the 2024 report built from fixtures/ shows every table and every
 * figure-bearing sentence of the published 2024 report (seed 001), as transcribed by hand
 * in seed-001.expected.ts — never compared with our own earlier output.
 */
let report: ParsedReport;
let metrics: { year: number; previousYear: number | null; previousInputs: Record<string, { rows: number }> | null };

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  report = parseReport(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
  metrics = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
});

describe('the 2024 report reproduces seed 001', () => {
  it('is built with 2023 as the previous year', () => {
    expect(metrics.year).toBe(2024);
    expect(metrics.previousYear).toBe(2023);
    expect(metrics.previousInputs?.['2023/imilo/evenements.csv']?.rows).toBeGreaterThan(0);
    // 2023/mde/, 2023/territoire/ and 2023/plie/ (2024 has no plie/) exist but feed no comparison: not read.
    expect(Object.keys(metrics.previousInputs ?? {}).filter((file) => /^2023\/(mde|territoire|plie)\//.test(file))).toEqual([]);
  });

  describe.each(expectedTables.map((table) => [table.id, table] as const))('table %s', (id, expected) => {
    it(`matches the seed (${expected.seedHeading})`, () => {
      const rows = report.table(id);
      expect(rows, `no <table id="${id}"> in the report`).toBeDefined();
      expect(rows).toEqual(expected.rows.map((row) => row.map(normalizeSpaces)));
    });
  });

  it.each(expectedSentences.map((sentence) => [sentence.section, sentence.text] as const))(
    'section %i says: %s',
    (_section, text) => {
      expect(report.text).toContain(normalizeSpaces(text));
    },
  );

  it('prints the commune names correctly, never the seed typo', () => {
    expect(report.text).not.toContain('Lammersart');
    expect(report.text).toContain('Lambersart');
  });
});
