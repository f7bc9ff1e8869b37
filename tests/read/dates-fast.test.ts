import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isInYear, parseDay, partsOf, yearBounds } from '../../src/contract/dates.js';

/**
 * parseDay reads the common spellings without regular expressions, and partsOf works in
 * integers: both must answer exactly like the regular expressions and Date did.
 */
const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function referenceParseDay(text: string): number | undefined {
  let match = FRENCH.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (match) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = ISO.exec(text);
    if (!match) return undefined;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

describe('dates without regular expressions nor Date', () => {
  const digit = fc.constantFrom(...'0123456789');
  const anyChar = fc.constantFrom(...'0123456789/- T:a٣');
  const text = fc.oneof(
    // dd/mm/yyyy and yyyy-mm-dd shapes, any digits: valid, impossible and far-off dates
    fc.tuple(digit, digit, digit, digit, digit, digit, digit, digit).map((d) => `${d[0]}${d[1]}/${d[2]}${d[3]}/${d[4]}${d[5]}${d[6]}${d[7]}`),
    fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`),
    fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    // anything ten characters long, and other lengths
    fc.array(anyChar, { minLength: 10, maxLength: 10 }).map((chars) => chars.join('')),
    fc.string({ maxLength: 20 }),
  );

  it('parseDay = the regular expressions (property-based)', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(parseDay(value)).toBe(referenceParseDay(value));
      }),
      { numRuns: 20_000, seed: 5 },
    );
    for (const value of ['01/01/2024', '29/02/2024', '29/02/2023', '2024-02-29', '2023-02-29', '1/01/2024 ', ' 01/01/2024', '01/01/2024 10:00', '٠١/٠١/٢٠٢٤']) {
      expect(parseDay(value), value).toBe(referenceParseDay(value));
    }
  });

  it('partsOf = Date in UTC, from 1600 to 2400', () => {
    for (let day = dayOf(1600, 1, 1); day <= dayOf(2400, 12, 31); day += 1) {
      const date = new Date(day * 86_400_000);
      const parts = partsOf(day);
      if (parts.year !== date.getUTCFullYear() || parts.month !== date.getUTCMonth() + 1 || parts.day !== date.getUTCDate()) {
        expect(parts, String(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      }
    }
  });

  it('year bounds stay right when the year asked changes', () => {
    for (const year of [2024, 2023, 2024, 2000, 2024]) {
      expect(yearBounds(year)).toEqual({ first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) });
      expect(isInYear(dayOf(year, 6, 1), year)).toBe(true);
      expect(isInYear(dayOf(year + 1, 1, 1), year)).toBe(false);
      expect(isInYear(dayOf(year - 1, 12, 31), year)).toBe(false);
    }
  });
});
