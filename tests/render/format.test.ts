import { describe, expect, it } from 'vitest';
import { formatMillionsOfEuros } from '../../src/render/format.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts in millions of euros', () => {
  it('rounds to one decimal, half-up on the exact cents (seed 000: 2 238 779 € is "2,2 millions")', () => {
    expect(formatMillionsOfEuros(2_238_779_00)).toBe("2,2 millions d'euros");
    expect(formatMillionsOfEuros(2_250_000_00)).toBe("2,3 millions d'euros");
    expect(formatMillionsOfEuros(2_249_999_99)).toBe("2,2 millions d'euros");
    expect(formatMillionsOfEuros(12_000_000_00)).toBe("12,0 millions d'euros");
  });

  it('says "million" below two, and prints an amount under one million whole', () => {
    expect(formatMillionsOfEuros(1_549_000_00)).toBe("1,5 million d'euros");
    expect(formatMillionsOfEuros(950_000_00)).toBe("1,0 million d'euros");
    expect(plain(formatMillionsOfEuros(949_999_99))).toBe('949 999,99 €');
    expect(plain(formatMillionsOfEuros(0))).toBe('0 €');
  });
});
