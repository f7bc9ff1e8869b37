import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config/settings.js';
import { findFigure } from '../../src/contract/figures.js';
import type { MetricsDocument } from '../../src/contract/metrics-schema.js';
import { documentFigures, explainValue, hasTrail, trailReader } from '../../src/explain/explain.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

/** Builds a year of the fixtures with `--format json` and returns the written metrics.json. */
async function builtMetrics(year: number): Promise<MetricsDocument> {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', String(year), '--data', FIXTURES, '--out', out, '--format', 'json', '--quiet']);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(readFileSync(path.join(out, String(year), 'metrics.json'), 'utf8')) as MetricsDocument;
}

const ROW_KEYS = ['commune', 'label', 'programme', 'title', 'quartier'];

/**
 * Reads a key in metrics.json by walking it, independently of the diff's flattening: `.name`
 * is a property, `[name]` the row whose label fields say name (or the index), a share gives its
 * percent.
 */
function lookUp(document: MetricsDocument, key: string): unknown {
  const { indicators, ...rest } = document;
  let node: unknown = { ...indicators, ...rest };
  for (const [, property, row] of key.matchAll(/\.?([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (property !== undefined) node = (node as Record<string, unknown>)[property];
    else {
      const rows = node as Record<string, unknown>[];
      const occurrence = /^(.*) \((\d+)\)$/.exec(row!);
      const named = (name: string) => rows.filter((item) => typeof item === 'object' && item !== null && ROW_KEYS.filter((field) => typeof item[field] === 'string').map((field) => item[field]).join(' / ') === name);
      node = named(row!)[0] ?? (occurrence ? named(occurrence[1]!)[Number(occurrence[2]) - 1] : rows[Number(row)]);
    }
  }
  if (node !== null && typeof node === 'object' && 'percent' in node && 'count' in node) return (node as { percent: unknown }).percent;
  return node;
}

describe.each([
  [2024, 'ml'],
  [2023, 'alpes (PLIE, MDE, territoire)'],
])('alpes-report explain on the fixtures of %i (%s)', (year) => {
  let metrics: MetricsDocument;
  beforeAll(async () => {
    metrics = await builtMetrics(year);
  }, 120_000);

  it('gives exactly the value metrics.json holds, with a French label, for every key', () => {
    const figures = documentFigures(metrics);
    // A part the year has no data for (plie, mde.cyberBase…) is one null key, not a figure.
    const parts = [...figures].filter(([key]) => !findFigure(key));
    for (const [key, value] of parts) expect(value, key).toEqual({ value: null });
    const keys = [...figures.keys()].filter((key) => findFigure(key));
    expect(keys.length).toBeGreaterThan(year === 2023 ? 1000 : 600);
    for (const key of keys) {
      const explained = explainValue(metrics, key);
      expect(explained, key).toBeDefined();
      expect(explained!.value, key).toBe(lookUp(metrics, key));
      expect(explained!.label, key).not.toBe(key);
      expect(explained!.definition.length, key).toBeGreaterThan(30);
    }
  });

  it('follows the rule row by row to the same value for every key that has a trail', async () => {
    const settings = loadSettings(undefined, FIXTURES, [])!;
    const trail = await trailReader(FIXTURES, year, settings);
    const keys = [...documentFigures(metrics).keys()].filter(hasTrail);
    expect(keys).toContain('public.newArrivals.total');
    expect(keys).toContain('public.newArrivals.byCommune.rows[Lambersart].newArrivals');
    for (const key of keys) {
      const explained = (await trail(key))!;
      expect(explained.count, key).toBe(explainValue(metrics, key)!.value);
      expect(explained.steps.at(-1)!.kept, key).toBe(explained.count);
      expect(explained.positions.length, key).toBe(Math.min(20, explained.count));
      for (const position of explained.positions) expect(position, key).toMatch(new RegExp(`^${year}/imilo/(jeunes|situations)\\.csv:\\d+$`));
    }
  }, 120_000);
});

describe('alpes-report explain', () => {
  const key = 'public.newArrivals.byCommune.rows[Lambersart].newArrivals';

  it('prints the value, label, definition, rule and row positions of a table cell, never a personal value', async () => {
    const run = await runCli(['explain', key, '--year', '2024', '--data', FIXTURES]);
    expect(run.code, run.err).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toBe('Nouveaux accueils : Lambersart (2024) : 185 jeunes');
    expect(run.out).toContain('Définition : Jeunes de imilo/jeunes.csv dont la « Date premier accueil » tombe dans l’année');
    expect(lines).toContain('  2024/imilo/jeunes.csv : 2\u202f366 lignes');
    expect(lines).toContain('  → 745 dont le premier accueil est en 2024');
    expect(lines).toContain('  → 185 dont la commune est Lambersart');
    expect(lines).toContain('Lignes retenues : 185 (les 20 premières)');
    const positions = lines.filter((line) => line.startsWith('  2024/imilo/jeunes.csv:')).map((line) => Number(line.split(':')[1]));
    expect(positions).toHaveLength(20);
    // The rows named are the right ones: Lambersart, first welcomed in 2024; their id and birth date are not printed.
    const file = readFileSync(path.join(FIXTURES, '2024/imilo/jeunes.csv'), 'utf8').split(/\r?\n/);
    for (const position of positions) {
      const cells = file[position - 1]!.split(';');
      expect(cells[3]).toBe('Lambersart');
      expect(cells[6]).toMatch(/\/2024$/);
      expect(run.out).not.toContain(cells[0]!);
      expect(run.out).not.toContain(cells[2]!);
    }
  }, 60_000);

  it('gives JSON for scripts, the value of a figure without a trail, and exit 2 for an unknown key', async () => {
    const json = await runCli(['explain', 'aids.cej.amountCents', '--year', '2024', '--data', FIXTURES, '--json']);
    expect(json.code, json.err).toBe(0);
    const explained = JSON.parse(json.out) as { value: number; unit: string; trail: unknown; label: string };
    expect(explained).toMatchObject({ unit: '€', trail: null, label: 'Allocation CEJ : montant accordé' });
    const unknown = await runCli(['explain', 'public.newArrivals.nope', '--year', '2024', '--data', FIXTURES]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Aucun chiffre de 2024 n’a la clé « public.newArrivals.nope ».');
    expect(unknown.err).toContain('public.newArrivals.total');
  }, 60_000);

  it('reads the registers as build does: with the configuration’s value aliases', async () => {
    // Every woman's Sexe written « Fille », which only the configuration's alias reads as F:
    // the trail must keep the same rows as the figure.
    const data = temporaryDir();
    cpSync(path.join(FIXTURES, '2024'), path.join(data, '2024'), { recursive: true });
    const jeunes = path.join(data, '2024/imilo/jeunes.csv');
    const text = readFileSync(jeunes, 'utf8');
    const renamed = text.replace(/^([^;\n]*);F;/gm, '$1;Fille;');
    expect(renamed).not.toBe(text);
    writeFileSync(jeunes, renamed);
    writeFileSync(path.join(data, 'alpes-report.config.json'), JSON.stringify({ valeurs: { 'imilo/jeunes.csv': { Sexe: { Fille: 'F' } } } }));
    const run = await runCli(['explain', 'public.newArrivals.total', '--year', '2024', '--data', data, '--json']);
    expect(run.code, run.err).toBe(0);
    const explained = JSON.parse(run.out) as { value: number; trail: { count: number; rows: number } };
    const fixtures = JSON.parse((await runCli(['explain', 'public.newArrivals.total', '--year', '2024', '--data', FIXTURES, '--json'])).out) as typeof explained;
    expect(explained.value).toBe(fixtures.value);
    expect(explained.trail.count).toBe(explained.value);
    expect(explained.trail.rows).toBe(fixtures.trail.rows);
  }, 120_000);
});
