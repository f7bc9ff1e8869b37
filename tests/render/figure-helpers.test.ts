import { describe, expect, it } from 'vitest';
import { explainedValue } from '../../src/contract/console-fr.js';
import { MISSING, NARROW_NBSP, NBSP } from '../../src/render/format.js';
import { chartValue, drawableBars, FIGURE_HELPERS } from '../../src/render/html.js';

/** Issue #15: a figure the data do not hold (null) prints « n.d. » in sentences and tables, never 0. */
describe('the templates’ figure helpers', () => {
  const { n, cell, eur, eurCell, millionsEur, hundredths, hours } = FIGURE_HELPERS;

  it('print MISSING for null, whatever the helper', () => {
    expect(MISSING).toBe('n.d.');
    for (const helper of [n, cell, eur, eurCell, millionsEur, hundredths, hours]) expect(helper(null)).toBe(MISSING);
  });

  it('keep a real 0 apart from a missing figure: « 0 » in a sentence, « / » in a table, as the published report', () => {
    expect([n(0), cell(0), eur(0), eurCell(0)]).toEqual(['0', '/', `0${NBSP}€`, '/']);
    expect([n(1959), cell(1959), eur(5206900), eurCell(751771)]).toEqual([`1${NARROW_NBSP}959`, `1${NARROW_NBSP}959`, `52${NARROW_NBSP}069${NBSP}€`, `7${NARROW_NBSP}517,71${NBSP}€`]);
  });
});

describe('the charts', () => {
  it('draw a count or a share’s count, and nothing for a missing figure', () => {
    expect([chartValue(0), chartValue(12), chartValue({ count: 7, percent: 35 })]).toEqual([0, 12, 7]);
    for (const missing of [null, undefined, Number.NaN, 'n.d.', { count: null, percent: null }]) expect(chartValue(missing)).toBeNull();
  });

  it('leave out a chart one of whose bars is missing, rather than draw it as a zero bar', () => {
    expect(drawableBars([{ label: 'Lompret', value: 0 }, { label: 'Verlinghem', value: 4 }])).toEqual([
      { label: 'Lompret', value: 0 },
      { label: 'Verlinghem', value: 4 },
    ]);
    expect(drawableBars([{ label: 'Lompret', value: null }, { label: 'Verlinghem', value: 4 }])).toBeNull();
  });
});

describe('the same words on the console', () => {
  it('explain says a missing figure as the report does: « n.d. », donnée non fournie', () => {
    expect(explainedValue({ value: null, unit: 'nombre', kind: undefined })).toBe('n.d. (donnée non fournie : les fichiers de l’année ne la contiennent pas)');
  });
});
