import { describe, expect, it } from 'vitest';
import { contains, type Interval } from '../../src/contract/dates.js';
import { IntervalsByPerson } from '../../src/compute/intervals.js';

type Row = [person: number, start: number, end: number | undefined];

function build(rows: readonly Row[]): IntervalsByPerson {
  return IntervalsByPerson.build((add) => {
    for (const [person, start, end] of rows) add(person, start, end);
  });
}

describe('IntervalsByPerson', () => {
  it('finds a day inside one of the person’s intervals, bounds included, and no one else’s', () => {
    const intervals = build([
      [2, 100, 200],
      [0, 50, 60],
      [2, 300, undefined],
    ]);
    expect(intervals.contains(2, 100)).toBe(true);
    expect(intervals.contains(2, 200)).toBe(true);
    expect(intervals.contains(2, 201)).toBe(false);
    expect(intervals.contains(2, 99)).toBe(false);
    // An open interval runs on with no end.
    expect(intervals.contains(2, 300)).toBe(true);
    expect(intervals.contains(2, 1_000_000)).toBe(true);
    expect(intervals.contains(2, 299)).toBe(false);
    expect(intervals.contains(0, 55)).toBe(true);
    expect(intervals.contains(0, 150)).toBe(false);
    // Person 1 has none; 3 and -1 are beyond the people seen.
    expect(intervals.contains(1, 55)).toBe(false);
    expect(intervals.contains(3, 150)).toBe(false);
    expect(intervals.contains(-1, 150)).toBe(false);
    expect([0, 1, 2, 3, -1].map((person) => intervals.has(person))).toEqual([true, false, true, false, false]);
  });

  it('holds nothing when given nothing', () => {
    const intervals = build([]);
    expect(intervals.has(0)).toBe(false);
    expect(intervals.contains(0, 10)).toBe(false);
  });

  it('answers as a Map of interval lists does, on many people with several intervals each', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const rows: Row[] = Array.from({ length: 3_000 }, () => {
      const start = random(2_000);
      return [random(800), start, random(4) === 0 ? undefined : start + random(200)];
    });
    const reference = new Map<number, Interval[]>();
    for (const [person, start, end] of rows) reference.set(person, [...(reference.get(person) ?? []), { start, end }]);
    const intervals = build(rows);
    for (let person = 0; person < 810; person++) {
      expect(intervals.has(person)).toBe(reference.has(person));
      for (let day = 0; day < 2_300; day += 37) {
        expect(intervals.contains(person, day)).toBe((reference.get(person) ?? []).some((interval) => contains(interval, day)));
      }
    }
  });

  it('refuses a person that is not an index', () => {
    expect(() => build([[1.5, 0, 1]])).toThrow(RangeError);
    expect(() => build([[-1, 0, 1]])).toThrow(RangeError);
  });
});
