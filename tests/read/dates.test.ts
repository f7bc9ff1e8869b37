import { describe, expect, it } from 'vitest';
import { ageOn, dayOf, formatDay, parseDay, partsOf } from '../../src/contract/dates.js';

describe('dates', () => {
  it('counts days like Date.UTC over two centuries, leap years included', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      for (const [month, day] of [[1, 1], [2, 28], [3, 1], [12, 31]] as const) {
        expect(dayOf(year, month, day)).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
      }
    }
    expect(dayOf(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(partsOf(dayOf(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('parses the accepted formats and rejects impossible dates', () => {
    expect(parseDay('01/01/2024 00:10')).toBe(dayOf(2024, 1, 1)); // a Paris wall-clock time stays on its day
    expect(parseDay('2024-02-29')).toBe(dayOf(2024, 2, 29));
    expect(parseDay('5/3/2024')).toBe(dayOf(2024, 3, 5));
    for (const bad of ['31/02/2024', '29/02/2023', '31/04/2024', '2024-13-01', '00/01/2024', '15/03/0024', '1/1/24', 'hier']) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
    expect(parseDay('29/02/2000')).toBeDefined(); // divisible by 400
    expect(parseDay('29/02/1900')).toBeUndefined(); // divisible by 100
    expect(formatDay(parseDay('18/10/2024')!)).toBe('18/10/2024');
  });

  it('computes completed years', () => {
    expect(ageOn(dayOf(2006, 9, 20), dayOf(2024, 3, 5))).toBe(17);
    expect(ageOn(dayOf(2006, 9, 20), dayOf(2024, 9, 20))).toBe(18);
    expect(ageOn(dayOf(2004, 2, 29), dayOf(2022, 2, 28))).toBe(17);
  });
});
