import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMetrics, flatten } from '../../src/diff/compare.js';
import { csvCell, formatDiff, markdownText, MARKDOWN_MAX_CHARS } from '../../src/diff/format.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';

const share = (count: number, total: number, percent: number | null) => ({ count, total, percent });
const before = {
  public: {
    newArrivals: { total: 679, women: share(333, 679, 49), byCommune: { rows: [{ commune: 'Lompret', newArrivals: 3 }, { commune: 'Lambersart', newArrivals: 169 }] } },
  },
  aids: { cej: { amountCents: 207_607_400 } },
  health: { cpam: null },
};
const after = {
  public: {
    newArrivals: { total: 745, women: share(336, 745, 45), byCommune: { rows: [{ commune: 'Lompret', newArrivals: 3 }, { commune: 'Lambersart', newArrivals: 185 }] } },
  },
  aids: { cej: { amountCents: 183_524_951 } },
  health: { cpam: null },
};
const plie = { participants: { total: 383, women: share(206, 383, 54) }, exits: { total: 100 } };

describe('diffMetrics', () => {
  it('keys table rows by their label and keeps a share as one figure', () => {
    const flat = flatten(before);
    expect(flat.get('public.newArrivals.byCommune.rows[Lompret].newArrivals')).toEqual({ value: 3 });
    expect(flat.get('public.newArrivals.women')).toEqual({ value: 49, count: 333, total: 679 });
    expect(flat.has('public.newArrivals.women.total')).toBe(false);
  });

  it('gives French labels, euros rather than cents, shares in points, counts with their relative change', () => {
    const { rows, parts } = diffMetrics(flatten(before), flatten(after));
    expect(parts).toEqual([]);
    expect(rows.map((row) => [row.key, row.label, row.a, row.b, row.change, row.changeUnit, row.relative])).toEqual([
      ['public.newArrivals.total', 'Nouveaux accueils', 679, 745, 66, 'jeunes', 9.7],
      ['public.newArrivals.byCommune.rows[Lambersart].newArrivals', 'Nouveaux accueils : Lambersart', 169, 185, 16, 'jeunes', 9.5],
      ['public.newArrivals.women', 'Part de femmes parmi les nouveaux accueils', 49, 45, -4, 'pts', null],
      ['aids.cej.amountCents', 'Allocation CEJ : montant accordé', 2_076_074, 1_835_249.51, -240_824.49, '€', -11.6],
    ]);
    expect(rows[2]!.detail).toEqual({ a: { count: 333, total: 679 }, b: { count: 336, total: 745 } });
    expect(rows[0]!.headline).toBe(true);
  });

  it('says once that a part is absent on one side, and nothing of what is absent on both', () => {
    const { rows, parts } = diffMetrics(flatten({ ...before, plie }), flatten({ ...before, plie: null, mde: null }));
    expect(rows).toEqual([]);
    expect(parts).toEqual([{ key: 'plie', section: 'plie', label: 'Le PLIE', missingIn: 'b' }]);
  });

  it('filters by section, key pattern and threshold (points for shares)', () => {
    const a = flatten(before);
    const b = flatten(after);
    expect(diffMetrics(a, b, { sections: ['aids'] }).rows.map((row) => row.key)).toEqual(['aids.cej.amountCents']);
    expect(diffMetrics(a, b, { keyPattern: '*.TOTAL' }).rows.map((row) => row.key)).toEqual(['public.newArrivals.total']);
    expect(diffMetrics(a, b, { threshold: 10 }).rows.map((row) => row.key)).toEqual(['aids.cej.amountCents']);
    expect(diffMetrics(a, b, { threshold: 4 }).rows.map((row) => row.key)).toContain('public.newArrivals.women');
  });
});

describe('diff output formats', () => {
  const result = diffMetrics(flatten(before), flatten(after));
  const labels = { a: '2023', b: '2024' };

  it('writes CSV for French Excel: BOM, semicolons, decimal comma, French labels, no formula', () => {
    const csv = formatDiff(result, 'csv', labels);
    expect(csv.startsWith('\ufeffsection;indicateur;unité;2023;2024;écart;évolution %\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('Le public;Part de femmes parmi les nouveaux accueils;%;49;45;-4;');
    expect(lines).toContain('Les aides financières;Allocation CEJ : montant accordé;€;2076074;1835249,51;-240824,49;-11,6');
    for (const risky of ['=1+1', '+33', '-2', '@SUM(A1)']) expect(csvCell(risky).startsWith(`'`)).toBe(true);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(formatDiff(result, 'csv', labels, { keys: true }).split('\r\n')[0]).toContain(';clé;');
  });

  it('writes markdown with the headline figures first and the rest folded by section', () => {
    const markdown = formatDiff(result, 'markdown', labels);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('**Chiffres clés**');
    expect(lines).toContain('| Nouveaux accueils | 679 | 745 | +66 | +9,7\u00a0% |');
    expect(lines).toContain('<details><summary>Le public (2)</summary>');
    expect(lines).toContain('| Part de femmes parmi les nouveaux accueils | 49\u00a0% | 45\u00a0% | -4\u00a0pts |  |');
    expect(lines).toContain('| Allocation CEJ : montant accordé | 2\u202f076\u202f074\u00a0€ | 1\u202f835\u202f249,51\u00a0€ | -240\u202f824,49\u00a0€ | -11,6\u00a0% |');
    expect(markdown).not.toContain('`');
    expect(formatDiff(result, 'markdown', labels, { keys: true })).toContain('| Nouveaux accueils | `public.newArrivals.total` |');
  });

  it('escapes what would break a table cell', () => {
    expect(markdownText('a | b `c`\nd <e>')).toBe('a \\| b \\`c\\` d \\<e\\>');
    const odd = diffMetrics(flatten({ mde: { events: { forums: [{ title: 'Forum | `x`\nsuite', visitors: 1 }] } } }), flatten({ mde: { events: { forums: [{ title: 'Forum | `x`\nsuite', visitors: 2 }] } } }));
    const line = formatDiff(odd, 'markdown', labels, { keys: true }).split('\n').find((text) => text.startsWith('| « Forum'))!;
    expect(line.split(/(?<!\\)\|/)).toHaveLength(8);
  });

  it('cuts markdown to its budget and says what was left out', () => {
    const many = Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`c${index}`, index]));
    const big = diffMetrics(flatten({ public: { newArrivals: { byCommune: { rows: Object.keys(many).map((commune) => ({ commune, newArrivals: 1 })) } } } }), flatten({ public: { newArrivals: { byCommune: { rows: Object.keys(many).map((commune) => ({ commune, newArrivals: 2 })) } } } }));
    const markdown = formatDiff(big, 'markdown', labels, { maxChars: 5000 });
    expect(markdown.length).toBeLessThanOrEqual(5000);
    expect(markdown).toMatch(/Liste coupée pour tenir dans un commentaire : \d+ lignes non affichées \(Le public \(\d+ sur 400\)\)/);
    expect(markdown.split('\n').slice(-3, -1)).toEqual(['</details>', '']);
  });

  it('writes JSON with the key of every row, and a plain table without colour codes when not on a terminal', () => {
    const json = JSON.parse(formatDiff(result, 'json', labels)) as { differences: { key: string }[]; missingParts: unknown[] };
    expect(json.differences.map((row) => row.key)).toContain('aids.cej.amountCents');
    const table = formatDiff(result, 'table', labels);
    expect(table).not.toContain('\u001b[');
    expect(table).toContain('Le public');
    expect(table).toContain('+9,7\u00a0%');
    expect(table).not.toContain('public.newArrivals.total');
    expect(formatDiff(result, 'table', labels, { keys: true })).toContain('public.newArrivals.total');
  });
});

describe('alpes-report diff', () => {
  const files = (a: object, b: object) => {
    const folder = temporaryDir();
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify({ schemaVersion: 1, year: 2023, ...a }));
    writeFileSync(path.join(folder, 'b.json'), JSON.stringify({ schemaVersion: 1, year: 2024, ...b }));
    return [path.join(folder, 'a.json'), path.join(folder, 'b.json')] as const;
  };

  it('compares two metrics files and exits 6 when they differ, 0 when they do not', async () => {
    const [a, b] = files({ indicators: before }, { indicators: after });
    const changed = await runCli(['diff', a, b, '--format', 'json']);
    expect(changed.code).toBe(6);
    expect(JSON.parse(changed.out)).toMatchObject({ a: '2023', b: '2024' });
    const same = await runCli(['diff', a, a]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('(aucune différence)');
  });

  it('compares the ALPES parts as sections, keeps events held twice apart, and says when a part is absent', async () => {
    const forums = (second: number) => ({ events: { forums: [{ title: 'Jobs Dating de la CMA', visitors: 10 }, { title: 'Jobs Dating de la CMA', visitors: second }] } });
    const [a, b] = files({ indicators: before, mde: forums(20), plie }, { indicators: before, mde: forums(25), plie: null });
    const run = await runCli(['diff', a, b, '--format', 'json', '--section', 'mde']);
    expect(run.code).toBe(6);
    expect(JSON.parse(run.out).differences).toMatchObject([{ key: 'mde.events.forums[Jobs Dating de la CMA (2)].visitors', label: '« Jobs Dating de la CMA (2) » : visiteurs', a: 20, b: 25, change: 5 }]);
    const table = await runCli(['diff', a, b, '--section', 'plie']);
    expect(table.code).toBe(6);
    expect(table.out).toContain('Le PLIE : pas de données en 2024');
    expect(table.out).not.toContain('Participants');
  });

  it('refuses an unknown section, a key that matches nothing and another schema version (exit 2)', async () => {
    const [a, b] = files({ indicators: before }, { indicators: after });
    const section = await runCli(['diff', a, b, '--section', 'publique']);
    expect(section.code).toBe(2);
    expect(section.err).toContain('Section inconnue : publique. Sections possibles : public (Le public), immersion');
    const key = await runCli(['diff', a, b, '--key', 'public.foo']);
    expect(key.code).toBe(2);
    expect(key.err).toContain('Aucun indicateur ne correspond à « public.foo »');
    expect(key.err).toContain('public.newArrivals.total');
    const [old] = files({ indicators: before, schemaVersion: 0 }, {});
    const version = await runCli(['diff', old, b]);
    expect(version.code).toBe(2);
    expect(version.err).toContain('version 0 ; cette version d’alpes-report compare la version 1 seulement');
  });

  it('says clearly when a side cannot be read', async () => {
    const run = await runCli(['diff', '/nonexistent/metrics.json', '2024', '--data', temporaryDir()]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('Impossible de lire /nonexistent/metrics.json : fichier introuvable.');
  });

  it('compares the fixtures as an analyst reads them, and the CI markdown fits a pull-request comment', async () => {
    const run = await runCli(['diff', '2023', '2024', '--data', FIXTURES, '--format', 'markdown', '--threshold', '1']);
    expect(run.code).toBe(6);
    expect(run.out.length).toBeLessThan(MARKDOWN_MAX_CHARS);
    expect(run.out).toContain('- Le PLIE : pas de données en 2024');
    expect(run.out).not.toContain('Cents');
    expect(run.out).toMatch(/\| Nouveaux accueils \| 679 \| 745 \| \+66 \| \+9,7\u00a0% \|/);
  }, 60_000);
});
