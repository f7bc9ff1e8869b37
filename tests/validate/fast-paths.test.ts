import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/config/territory.js';
import { readCsvRecords, type CsvHeader } from '../../src/read/csv-rows.js';
import { fastPaths } from '../../src/read/fast-paths.js';
import type { Issue } from '../../src/validate/issues.js';
import { loadRegisters, streamActivity, type YearSource } from '../../src/validate/load-year.js';
import { buildSchemas, type FileSchema } from '../../src/validate/schemas.js';
import { FIXTURES, temporaryDir } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

/**
 * The fast path (the line splitter in read/csv-rows.ts) must give exactly what the reference
 * path gives (csv-parse for every line): the same rows and lines, the same records, the same
 * issues in the same order. Compared here on the broken-input corpus, on the fixtures and on
 * mutated files (property-based).
 */
const SCHEMAS = buildSchemas(communeMatcher(METROPOLE_NORD_OUEST));
const SCHEMA_BY_PATH = new Map<string, FileSchema>(Object.values(SCHEMAS).map((schema) => [schema.path, schema]));

async function withFastPaths<T>(on: boolean, run: () => Promise<T>): Promise<T> {
  const saved = { ...fastPaths };
  fastPaths.lines = on;
  try {
    return await run();
  } finally {
    Object.assign(fastPaths, saved);
  }
}

/** Everything the reader gives for one file. */
async function readFile(file: string, schema: FileSchema) {
  const issues: Issue[] = [];
  const rows: { line: number; record: readonly string[] }[] = [];
  const headers: CsvHeader[] = [];
  let sha256: string | undefined;
  await readCsvRecords(file, 'f.csv', schema.columns, issues, (record, line) => rows.push({ line, record: [...record] }), (header) => headers.push(header), (sha) => (sha256 = sha));
  return { issues, rows, headers, sha256 };
}

/** Everything loading a year gives: registers, activity records and issues, in order. */
async function loadYear(dataDir: string, year: number) {
  const source: YearSource = { dataDir, year, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} };
  const issues: Issue[] = [];
  const registers = await loadRegisters(source, issues);
  const events: unknown[] = [];
  const propositions: unknown[] = [];
  await streamActivity(source, registers, { evenement: (event) => events.push(event), proposition: (proposition) => propositions.push(proposition) }, issues);
  return { issues, registers, events, propositions };
}

async function expectSameYear(dataDir: string, year: number): Promise<Awaited<ReturnType<typeof loadYear>>> {
  const reference = await withFastPaths(false, () => loadYear(dataDir, year));
  const fast = await withFastPaths(true, () => loadYear(dataDir, year));
  expect(fast.issues).toStrictEqual(reference.issues);
  expect(fast.registers).toStrictEqual(reference.registers);
  expect(fast.events).toStrictEqual(reference.events);
  expect(fast.propositions).toStrictEqual(reference.propositions);
  return fast;
}

async function expectSameRead(file: string, schema: FileSchema): Promise<void> {
  const reference = await withFastPaths(false, () => readFile(file, schema));
  const fast = await withFastPaths(true, () => readFile(file, schema));
  expect(fast).toStrictEqual(reference);
}

// ---------------------------------------------------------------- the broken-input corpus

const CORPUS = path.resolve(import.meta.dirname, '../broken');

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function corpusCase(name: string): Record<string, Buffer | null> {
  const dir = path.join(CORPUS, name);
  const changes: Record<string, Buffer | null> = {};
  for (const relative of listFiles(path.join(dir, 'files'))) changes[relative] = readFileSync(path.join(dir, 'files', relative));
  for (const removeList of [path.join(dir, 'remove.txt'), path.join(dir, 'files', 'remove.txt')]) {
    if (!existsSync(removeList)) continue;
    delete changes['remove.txt'];
    for (const relative of readFileSync(removeList, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) changes[relative] = null;
  }
  return changes;
}

const caseNames = readdirSync(CORPUS).filter((entry) => statSync(path.join(CORPUS, entry)).isDirectory()).sort();

describe('fast paths = reference path on the broken-input corpus', () => {
  it('covers the whole corpus', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(90);
  });

  it.each(caseNames)('%s', async (name) => {
    const data = writeYearFolder(2024, corpusCase(name));
    const loaded = await expectSameYear(data, 2024);
    for (const relative of Object.keys(MINIMAL_FILES)) {
      const file = path.join(data, '2024', relative);
      if (existsSync(file)) await expectSameRead(file, SCHEMA_BY_PATH.get(relative)!);
    }
    // The cases are meant to produce issues; the comparison must not be vacuous.
    if (!name.startsWith('valid-')) expect(loaded.issues.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- the fixtures

describe('fast paths = reference path on the fixtures', () => {
  it.each([2024, 2023])('fixtures/%i', async (year) => {
    const loaded = await expectSameYear(FIXTURES, year);
    expect(loaded.events.length).toBeGreaterThan(10_000);
  });
});

// ---------------------------------------------------------------- mutated files

/** Fragments that matter to a CSV reader, quotes and line ends first. */
const TRICKY = ['"', '""', '"x;y"', '"a\nb"', '\n', '\r', '\r\n', '\n\n', ';', ',', '\t', ' ', '\u00a0', 'é', '\ufeff', 'sep=;\n', 'sep=,\n', 'Total', 'T', '31/02/2024', '2024-01-05', '-5', 'A9', ''];

type Mutation = { offset: number; insert: string } | { offset: number; remove: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ offset: fc.noBias(fc.nat()), insert: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 5 })) }),
  fc.record({ offset: fc.noBias(fc.nat()), remove: fc.integer({ min: 1, max: 20 }) }),
);

function mutate(text: string, mutations: readonly Mutation[], atLineStart: boolean): string {
  let out = text;
  for (const change of mutations) {
    let at = change.offset % (out.length + 1);
    if (atLineStart) at = out.lastIndexOf('\n', at) + 1;
    out = 'insert' in change ? out.slice(0, at) + change.insert + out.slice(at) : out.slice(0, at) + out.slice(at + change.remove);
  }
  return out;
}

/** Over 64 KiB, so that lines and quotes fall across the decoder's blocks. */
const LARGE_EVENTS = readFileSync(path.join(FIXTURES, '2024/imilo/evenements.csv'), 'utf8').slice(0, 150_000);

describe('fast paths = reference path on mutated files (property-based)', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 60);
  const seed = Number(process.env.FUZZ_SEED ?? 7);

  it('reads the same rows, lines and issues from any mutation of any file', async () => {
    const files = Object.keys(MINIMAL_FILES);
    const dir = temporaryDir();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files, 'large'), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (name, mutations, atLineStart) => {
        const original = name === 'large' ? LARGE_EVENTS : `${MINIMAL_FILES[name]!}\n`;
        const file = path.join(dir, 'file.csv');
        writeFileSync(file, mutate(original, mutations, atLineStart));
        await expectSameRead(file, SCHEMA_BY_PATH.get(name === 'large' ? 'imilo/evenements.csv' : name)!);
      }),
      { numRuns: runs, seed },
    );
  });

  it('loads the same registers, records and issues from a year folder with one mutated file', async () => {
    const files = Object.keys(MINIMAL_FILES);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (name, mutations, atLineStart) => {
        const data = writeYearFolder(2024, { [name]: mutate(`${MINIMAL_FILES[name]!}\n`, mutations, atLineStart) });
        await expectSameYear(data, 2024);
      }),
      { numRuns: runs, seed },
    );
  });
});
