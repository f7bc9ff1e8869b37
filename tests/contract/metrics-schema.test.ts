import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricsDocumentSchema, metricsJsonSchemaText } from '../../src/contract/metrics-schema.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema/metrics.schema.json');

/** Builds one year with `--format json` and returns the parsed metrics.json. */
async function buildMetrics(data: string, year: number): Promise<unknown> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', data, '--out', out, '--format', 'json', '--quiet']);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(readFileSync(path.join(out, String(year), 'metrics.json'), 'utf8'));
}

const clone = <T>(value: T): T => structuredClone(value);

/** The issues of a failed strict parse, as "path: code" strings. */
function rejections(document: unknown): string[] {
  const result = metricsDocumentSchema.safeParse(document);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
}

describe('metrics.json against the zod schema', () => {
  const documents: Record<string, unknown> = {};

  beforeAll(async () => {
    documents['fixtures 2024'] = await buildMetrics(FIXTURES, 2024);
    documents['fixtures 2023'] = await buildMetrics(FIXTURES, 2023);
    documents['minimal folder'] = await buildMetrics(writeYearFolder(2024), 2024);
    // The minimal folder with a previous year: comparisons against a year where most figures are 0.
    const twoYears = writeYearFolder(2024);
    writeYearFolder(2023, {}, twoYears);
    documents['minimal folder with 2023'] = await buildMetrics(twoYears, 2024);
  });

  it.each(['fixtures 2024', 'fixtures 2023', 'minimal folder', 'minimal folder with 2023'])('%s: every key is known and present', (name) => {
    const document = documents[name];
    // parse() is strict: it throws on any unknown or missing key, and returns the same document.
    expect(metricsDocumentSchema.parse(document)).toEqual(document);
  });

  it('covers both shapes of the optional parts', () => {
    const fixtures = metricsDocumentSchema.parse(documents['fixtures 2024']);
    expect(fixtures.previousYear).toBe(2023);
    expect(fixtures.comparisons?.previousYear).toBe(2023);
    expect(fixtures.indicators.labellisation).not.toBeNull();
    const minimal = metricsDocumentSchema.parse(documents['minimal folder']);
    expect(minimal.previousYear).toBeNull();
    expect(minimal.comparisons).toBeNull();
    const fixtures2023 = metricsDocumentSchema.parse(documents['fixtures 2023']);
    expect(fixtures2023.comparisons?.previousYear).toBe(2022);
    expect(fixtures2023.plieComparisons?.previousYear).toBe(2022);
    expect(fixtures.plieComparisons).toBeNull(); // 2024 has no plie/ folder
    expect(minimal.plieComparisons).toBeNull();
    expect(fixtures2023.territory?.jobSeekers.abc?.value).toBe(8_793);
    expect(minimal.territory).toBeNull();
    const twoYears = metricsDocumentSchema.parse(documents['minimal folder with 2023']);
    expect(twoYears.comparisons?.previousYear).toBe(2023);
  });

  it('rejects an extra key in an indicator', () => {
    const extra = clone(documents['fixtures 2024']) as MetricsLike;
    extra.indicators.public.newArrivals.menOnly = 1;
    expect(rejections(extra)).toEqual(['indicators.public.newArrivals: unrecognized_keys']);

    const inRow = clone(documents['fixtures 2024']) as MetricsLike;
    inRow.indicators.employment.byCommune.rows[0].women = 3;
    expect(rejections(inRow)).toEqual(['indicators.employment.byCommune.rows.0: unrecognized_keys']);

    const inVocabulary = clone(documents['fixtures 2024']) as MetricsLike;
    inVocabulary.indicators.public.propositions.byTheme['Santé'] = 4;
    expect(rejections(inVocabulary)).toEqual(['indicators.public.propositions.byTheme: unrecognized_keys']);

    const atTop = clone(documents['minimal folder']) as MetricsLike;
    atTop.generatedAt = '2025-01-01';
    expect(rejections(atTop)).toEqual([': unrecognized_keys']);
  });

  it('rejects a missing key', () => {
    const missing = clone(documents['fixtures 2024']) as MetricsLike;
    delete missing.indicators.aids.fundDirect.managementFeesCents;
    expect(rejections(missing)).toEqual(['indicators.aids.fundDirect.managementFeesCents: invalid_type']);

    const missingBand = clone(documents['fixtures 2024']) as MetricsLike;
    delete missingBand.indicators.public.newArrivals.housing['Précaire'];
    expect(rejections(missingBand)).toEqual(['indicators.public.newArrivals.housing.Précaire: invalid_type']);

    const missingSection = clone(documents['minimal folder']) as MetricsLike;
    delete missingSection.indicators.labellisation;
    expect(rejections(missingSection)).toEqual(['indicators.labellisation: invalid_type']);
  });

  it('rejects values of the wrong kind and inconsistent years', () => {
    const fraction = clone(documents['fixtures 2024']) as MetricsLike;
    fraction.indicators.aids.totalCents = 52069.5;
    expect(rejections(fraction)).toEqual(['indicators.aids.totalCents: invalid_type']);

    const badHash = clone(documents['minimal folder']) as MetricsLike;
    badHash.inputs['2024/manuel.csv'].sha256 = 'not-a-hash';
    expect(rejections(badHash)).toEqual(['inputs.2024/manuel.csv.sha256: invalid_format']);

    const wrongYear = clone(documents['fixtures 2024']) as MetricsLike;
    wrongYear.comparisons.entretiens.previousYear = 2022;
    expect(rejections(wrongYear)).toEqual(['comparisons.entretiens: custom']);

    const noComparisons = clone(documents['fixtures 2024']) as MetricsLike;
    noComparisons.comparisons = null;
    expect(rejections(noComparisons)).toEqual(['previousInputs: custom', 'comparisons: custom']);

    const wrongPlieYear = clone(documents['fixtures 2023']) as MetricsLike;
    wrongPlieYear.plieComparisons.meanPathMonths.previousYear = 2021;
    expect(rejections(wrongPlieYear)).toEqual(['plieComparisons.meanPathMonths: custom']);

    const plieComparisonsWithoutPlie = clone(documents['fixtures 2023']) as MetricsLike;
    plieComparisonsWithoutPlie.plie = null;
    expect(rejections(plieComparisonsWithoutPlie)).toEqual(['plieComparisons: custom']);
  });
});

describe('schema/metrics.schema.json', () => {
  it('is what the generator writes now', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/metrics.schema.json is stale: run npx tsx scripts/write-metrics-schema.ts').toBe(metricsJsonSchemaText());
  });

  it('is a strict draft 2020-12 schema with an id and a title', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:alpes-report:metrics:v1');
    expect(schema.title).toBe('alpes-report metrics.json');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion', 'report', 'year', 'previousYear', 'inputs', 'previousInputs', 'indicators', 'comparisons', 'plie', 'mde', 'territory', 'plieComparisons']);
  });
});

/** Loose view of a parsed metrics.json, for tests that break it on purpose. */
type MetricsLike = Record<string, any>;
