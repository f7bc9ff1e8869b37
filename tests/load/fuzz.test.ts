import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/contract/issues.js';
import { runCli } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

/**
 * Property: whatever happens to the bytes of one input file (bytes changed, characters
 * inserted or deleted, file cut short), `validate --json` never throws, exits 0 or 3 and
 * prints parseable JSON that agrees with its exit code. 60 runs, fixed seed: reproducible
 * and a few seconds long (set FUZZ_SEED and FUZZ_RUNS to explore further).
 */
const FILES = Object.keys(MINIMAL_FILES);
const KNOWN_CODES = new Set<string>(ISSUE_CODES);

/** Fragments that matter to a CSV reader: delimiters, quotes, line ends, BOM, accents. */
const TRICKY = [';', ',', '\t', '"', '""', '\n', '\r', '\r\n', ' ', '\u00a0', 'é', 'œ', '€', '\ufeff', '\u0000', 'sep=;\n', '31/02/2024', '-5'];

type Mutation =
  | { kind: 'set-byte'; offset: number; byte: number }
  | { kind: 'insert'; offset: number; bytes: Uint8Array }
  | { kind: 'delete'; offset: number; length: number }
  | { kind: 'truncate'; offset: number };

const insertion = fc.oneof(
  fc.constantFrom(...TRICKY).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
  fc.string({ maxLength: 6 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
  fc.uint8Array({ minLength: 1, maxLength: 4 }), // raw bytes: often invalid UTF-8
);

/** Any position in the file (taken modulo its length), uniformly: not biased towards the header. */
const offset = fc.noBias(fc.nat());

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set-byte' as const), offset, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), offset, bytes: insertion }),
  fc.record({ kind: fc.constant('delete' as const), offset, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), offset }),
);

function mutate(original: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = original;
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.offset % (bytes.length + 1);
    switch (change.kind) {
      case 'set-byte':
        if (bytes.length === 0) break;
        bytes = Buffer.from(bytes);
        bytes[Math.min(at, bytes.length - 1)] = change.byte;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

interface ValidateJson {
  year: number;
  valid: boolean;
  errors: number;
  warnings: number;
  issues: { code: string; severity: string; file: string; line?: number; column?: number; message: string }[];
}

describe('validate on mutated input (property-based)', () => {
  it('never throws, exits 0 or 3, and prints JSON that matches its exit code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const content = mutate(Buffer.from(`${MINIMAL_FILES[file]!}\n`, 'utf8'), mutations);
        const data = writeYearFolder(2024, { [file]: content });
        const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);

        expect([0, 3]).toContain(run.code);
        expect(run.err).not.toMatch(/\n\s+at /);
        expect(run.err).not.toContain('Erreur interne');
        const report = JSON.parse(run.out) as ValidateJson;
        expect(report.year).toBe(2024);
        expect(report.valid).toBe(run.code === 0);
        expect(report.errors).toBe(report.issues.filter((issue) => issue.severity === 'error').length);
        expect(report.warnings).toBe(report.issues.length - report.errors);
        for (const issue of report.issues) {
          expect(KNOWN_CODES.has(issue.code), issue.code).toBe(true);
          expect(['error', 'warning']).toContain(issue.severity);
          expect(issue.file.startsWith('2024/'), issue.file).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      // FUZZ_SEED / FUZZ_RUNS explore further locally; CI keeps the fixed, fast default.
      // A run normally takes ~20 ms: one that hangs (a stream that never ends) fails after 5 s.
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: Number(process.env.FUZZ_SEED ?? 42), timeout: 5_000 },
    );
  });
});
