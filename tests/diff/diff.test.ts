import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMetrics, flatten } from '../../src/diff/compare.js';
import { csvCell, formatDiff } from '../../src/diff/format.js';
import { runCli, temporaryDir } from '../helpers/report.js';

const before = {
  public: { newArrivals: { total: 679, byCommune: { rows: [{ commune: 'Lompret', newArrivals: 3 }] } } },
  aids: { cej: { amountCents: 100 } },
};
const after = {
  public: { newArrivals: { total: 745, byCommune: { rows: [{ commune: 'Lompret', newArrivals: 3 }] } } },
  aids: { cej: { amountCents: 95 } },
};

describe('diffMetrics', () => {
  it('keys table rows by their label and reports absolute and relative changes', () => {
    expect(flatten(before).get('public.newArrivals.byCommune.rows[Lompret].newArrivals')).toBe(3);
    expect(diffMetrics(flatten(before), flatten(after))).toEqual([
      { key: 'aids.cej.amountCents', a: 100, b: 95, absolute: -5, relative: -5 },
      { key: 'public.newArrivals.total', a: 679, b: 745, absolute: 66, relative: 9.7 },
    ]);
  });

  it('filters by section, key pattern and threshold', () => {
    const a = flatten(before);
    const b = flatten(after);
    expect(diffMetrics(a, b, { sections: ['aids'] }).map((row) => row.key)).toEqual(['aids.cej.amountCents']);
    expect(diffMetrics(a, b, { keyPattern: '*.TOTAL' }).map((row) => row.key)).toEqual(['public.newArrivals.total']);
    expect(diffMetrics(a, b, { threshold: 6 }).map((row) => row.key)).toEqual(['public.newArrivals.total']);
  });
});

describe('diff output formats', () => {
  const rows = [
    { key: '=HYPERLINK("http://x")', a: 1, b: 2, absolute: 1, relative: 100 },
    { key: 'public.newArrivals.total', a: 679, b: 745, absolute: 66, relative: 9.7 },
    { key: 'aids.cej.amountCents', a: 100, b: 95, absolute: -5, relative: -5 },
  ];

  it('neutralises spreadsheet formulas in CSV text cells, keeping numbers numeric', () => {
    const csv = formatDiff(rows, 'csv', { a: '2023', b: '2024' }, false).split('\n');
    expect(csv[0]).toBe('indicateur;2023;2024;écart;évolution %');
    expect(csv[1]).toBe(`"'=HYPERLINK(""http://x"")";1;2;1;100`);
    expect(csv[3]).toBe('aids.cej.amountCents;100;95;-5;-5');
    for (const risky of ['=1+1', '+33', '-2', '@SUM(A1)']) expect(csvCell(risky).startsWith(`'`)).toBe(true);
  });

  it('writes a Markdown table fit for a pull-request comment', () => {
    const markdown = formatDiff(rows.slice(1), 'markdown', { a: '2023', b: '2024' }, false);
    expect(markdown.split('\n')).toEqual([
      '| indicateur | 2023 | 2024 | écart | évolution |',
      '|---|---:|---:|---:|---:|',
      '| `public.newArrivals.total` | 679 | 745 | +66 | +9,7 % |',
      '| `aids.cej.amountCents` | 100 | 95 | -5 | -5 % |',
    ]);
  });

  it('writes JSON and a plain table without colour codes when not on a terminal', () => {
    expect(JSON.parse(formatDiff(rows, 'json', { a: '2023', b: '2024' }, false)).differences).toHaveLength(3);
    const table = formatDiff(rows, 'table', { a: '2023', b: '2024' }, false);
    expect(table).not.toContain('\u001b[');
    expect(table).toContain('+9,7 %');
  });
});

describe('alpes-report diff', () => {
  it('compares two metrics files and exits 6 when they differ, 0 when they do not', async () => {
    const folder = temporaryDir();
    const a = path.join(folder, 'a.json');
    const b = path.join(folder, 'b.json');
    writeFileSync(a, JSON.stringify({ year: 2023, indicators: before }));
    writeFileSync(b, JSON.stringify({ year: 2024, indicators: after }));
    const changed = await runCli(['diff', a, b, '--format', 'json']);
    expect(changed.code).toBe(6);
    expect(JSON.parse(changed.out)).toMatchObject({ a: '2023', b: '2024' });
    const same = await runCli(['diff', a, a]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('(aucune différence)');
  });

  it('compares the ALPES parts (plie, mde, territory) as sections, and keeps events held twice apart', async () => {
    const folder = temporaryDir();
    const a = path.join(folder, 'a.json');
    const b = path.join(folder, 'b.json');
    const forums = (second: number) => ({ events: { forums: [{ title: 'Jobs Dating de la CMA', visitors: 10 }, { title: 'Jobs Dating de la CMA', visitors: second }] } });
    writeFileSync(a, JSON.stringify({ year: 2023, indicators: before, mde: forums(20), plie: null }));
    writeFileSync(b, JSON.stringify({ year: 2024, indicators: before, mde: forums(25), plie: null }));
    const run = await runCli(['diff', a, b, '--format', 'json', '--section', 'mde']);
    expect(run.code).toBe(6);
    expect(JSON.parse(run.out).differences).toEqual([
      { key: 'mde.events.forums[Jobs Dating de la CMA (2)].visitors', a: 20, b: 25, absolute: 5, relative: 25 },
    ]);
  });

  it('says clearly when a side cannot be read', async () => {
    const run = await runCli(['diff', '/nonexistent/metrics.json', '2024', '--data', temporaryDir()]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('Impossible de lire /nonexistent/metrics.json : fichier introuvable.');
  });
});
