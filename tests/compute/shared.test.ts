import { describe, expect, it } from 'vitest';
import { change, changeHundredths, rankedLabels, roundedPercent } from '../../src/compute/shared.js';

describe('roundedPercent', () => {
  it('rounds half up on the exact ratio, where floating point would not', () => {
    expect(Math.round((29 / 200) * 100)).toBe(14); // the trap the contract warns about
    expect(roundedPercent(29, 200)).toBe(15);
  });

  it('reproduces the seed shares', () => {
    expect(roundedPercent(444, 745)).toBe(60); // 59,6 %
    expect(roundedPercent(7_793, 30_421)).toBe(26); // 25,6 %
    expect(roundedPercent(56, 128)).toBe(44); // 43,75 %
  });

  it('has no value without a denominator, rather than 0 %', () => {
    expect(roundedPercent(0, 0)).toBeNull();
  });
});

describe('change', () => {
  it('gives the seed year-on-year figures', () => {
    expect(change(745, 679)).toBe(10);
    expect(change(1_735, 1_634)).toBe(6);
    expect(change(16_975, 16_709)).toBe(2);
    expect(change(638, 468)).toBe(36);
    expect(change(679, 631, 2)).toBe(7.61);
  });

  it('computes 2 % for 1 959 contracts against 1 915 (the seed printed 3 %)', () => {
    expect(change(1_959, 1_915)).toBe(2);
  });

  it('rounds falls symmetrically and has no value from 0', () => {
    expect(change(97, 100)).toBe(-3);
    expect(change(1_905, 2_000)).toBe(-5); // -4,75 % -> -5
    expect(change(10, 0)).toBeNull();
  });
});

describe('changeHundredths', () => {
  it('gives the change in hundredths of a percent, exactly, half away from zero', () => {
    expect(changeHundredths(679, 631)).toBe(761); // seed 000: "+ 7,61%" (679 against 631)
    expect(changeHundredths(16_709, 15_913)).toBe(500);
    expect(changeHundredths(3, 2)).toBe(5_000);
    expect(changeHundredths(20_001, 20_000)).toBe(1); // +0,005 % rounds away from zero
    expect(changeHundredths(19_999, 20_000)).toBe(-1);
    expect(changeHundredths(97, 100)).toBe(-300);
    expect(changeHundredths(10, 0)).toBeNull();
  });
});

describe('rankedLabels', () => {
  it('groups spellings that differ by case and shows the most frequent one', () => {
    const ranked = rankedLabels([
      'Commerce, vente et grande distribution',
      'Commerce, Vente et Grande distribution',
      'Commerce, Vente et Grande distribution',
      'Transport et Logistique',
    ]);
    expect(ranked).toEqual([
      { label: 'Commerce, Vente et Grande distribution', count: 3 },
      { label: 'Transport et Logistique', count: 1 },
    ]);
  });
});
