import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FIGURE_SECTIONS, FIGURES, findFigure, HEADLINE_KEYS, type FigureKind } from '../../src/contract/figures.js';
import { figuresMarkdown } from '../../src/contract/figures-doc.js';
import { comparisonsSchema, indicatorsSchema, mdeSchema, plieComparisonsSchema, plieSchema, territorySchema } from '../../src/contract/metrics-schema.js';

/** Every numeric leaf of the metrics schema, as diff names it (a table row is `[row]`), with whether it is a share. */
function leaves(schema: z.ZodType, prefix: string, out: { key: string; share: boolean }[] = []) {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'nullable':
    case 'optional':
      return leaves(def.innerType as z.ZodType, prefix, out);
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      if (keys.length === 3 && ['count', 'total', 'percent'].every((key) => keys.includes(key))) out.push({ key: prefix, share: true });
      else for (const key of keys) leaves(shape[key]!, prefix ? `${prefix}.${key}` : key, out);
      return out;
    }
    case 'array':
      return leaves(def.element as z.ZodType, `${prefix}[row]`, out);
    case 'tuple':
      (def.items as z.ZodType[]).forEach((item, index) => leaves(item, `${prefix}[${index}]`, out));
      return out;
    case 'number':
    case 'int':
      out.push({ key: prefix, share: false });
      return out;
    default:
      return out;
  }
}

const schemaLeaves = [
  ...leaves(indicatorsSchema, ''),
  ...Object.entries({ plie: plieSchema, mde: mdeSchema, territory: territorySchema, comparisons: comparisonsSchema, plieComparisons: plieComparisonsSchema }).flatMap(
    ([name, schema]) => leaves(schema, name),
  ),
];

describe('catalogue of figures', () => {
  it('names every number of metrics.json, shares as shares', () => {
    expect(schemaLeaves.length).toBeGreaterThan(600);
    const missing = schemaLeaves.filter((leaf) => !findFigure(leaf.key)).map((leaf) => leaf.key);
    expect(missing).toEqual([]);
    const wrongKind = schemaLeaves.filter((leaf) => (findFigure(leaf.key)!.figure.kind === 'share') !== leaf.share).map((leaf) => leaf.key);
    expect(wrongKind).toEqual([]);
  });

  it('has no entry that matches nothing in the schema', () => {
    const used = new Set(schemaLeaves.map((leaf) => findFigure(leaf.key)?.figure.key));
    expect(FIGURES.map((figure) => figure.key).filter((key) => !used.has(key))).toEqual([]);
  });

  it('has one entry per key, with a French label, a unit, a known section and a definition', () => {
    const keys = FIGURES.map((figure) => figure.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const figure of FIGURES) {
      expect(figure.section in FIGURE_SECTIONS).toBe(true);
      expect(figure.label).toMatch(/\S/);
      expect(figure.unit).toMatch(/\S/);
      expect(figure.definition.length).toBeGreaterThan(30);
      // French typography: the catalogue uses the typographic apostrophe.
      expect(`${figure.label} ${figure.definition}`).not.toContain("'");
    }
  });

  it('reads amounts in euros and fills labels from the key', () => {
    const kinds = (key: string): FigureKind | undefined => findFigure(key)?.figure.kind;
    expect(kinds('aids.cej.amountCents')).toBe('cents');
    expect(kinds('public.newArrivals.women')).toBe('share');
    expect(findFigure('public.newArrivals.byCommune.rows[Lambersart].newArrivals')?.label).toBe('Nouveaux accueils : Lambersart');
    expect(findFigure('public.newArrivals.housing.Précaire')?.label).toBe('Part des nouveaux accueils en logement Précaire');
    expect(findFigure('public.newArrivals.nope')).toBeUndefined();
  });

  it('lists headline figures that exist', () => {
    for (const key of HEADLINE_KEYS) expect(findFigure(key)?.figure.key).toBe(key);
  });
});

describe('docs/indicateurs.md', () => {
  it('is what scripts/write-indicateurs.ts writes now', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../docs/indicateurs.md'), 'utf8');
    expect(committed, 'docs/indicateurs.md is stale: run npx tsx scripts/write-indicateurs.ts').toBe(figuresMarkdown());
  });

  it('lists every figure of the catalogue', () => {
    const doc = figuresMarkdown();
    for (const figure of FIGURES) expect(doc).toContain(`| \`${figure.key}\` |`);
  });
});
