import { describe, expect, it } from 'vitest';
import { explainedValue } from '../../src/contract/console-fr.js';
import { MISSING, NARROW_NBSP, NBSP } from '../../src/render/format.js';
import { FIGURE_HELPERS } from '../../src/render/html.js';

/** Issue #15: a figure the data do not hold (null) prints « n.d. » in sentences and tables, never 0. */
describe('the templates’ figure helpers', () => {
  const { n, cell, eur, eurCell } = FIGURE_HELPERS;

  it('print MISSING for null, whatever the helper', () => {
    expect(MISSING).toBe('n.d.');
    for (const helper of [n, cell, eur, eurCell]) expect(helper(null)).toBe(MISSING);
  });

  it('keep a real 0 apart from a missing figure: « 0 » in a sentence, « / » in a table, as the published report', () => {
    expect([n(0), cell(0), eur(0), eurCell(0)]).toEqual(['0', '/', `0${NBSP}€`, '/']);
    expect([n(1959), cell(1959), eur(5206900), eurCell(751771)]).toEqual([`1${NARROW_NBSP}959`, `1${NARROW_NBSP}959`, `52${NARROW_NBSP}069${NBSP}€`, `7${NARROW_NBSP}517,71${NBSP}€`]);
  });
});

describe('the same words on the console', () => {
  it('explain says a missing figure as the report does: « n.d. », donnée non fournie', () => {
    expect(explainedValue({ value: null, unit: 'nombre', kind: undefined })).toBe('n.d. (donnée non fournie : les fichiers de l’année ne la contiennent pas)');
  });
});
