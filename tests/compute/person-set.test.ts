import { describe, expect, it } from 'vitest';
import { PersonSet } from '../../src/compute/person-set.js';

describe('PersonSet', () => {
  it('counts each person once and lists the members in ascending order', () => {
    const set = new PersonSet(10);
    for (const person of [7, 2, 7, 0, 9, 2]) set.add(person);
    expect(set.size).toBe(4);
    expect(set.toArray()).toEqual([0, 2, 7, 9]);
    expect([...set]).toEqual([0, 2, 7, 9]);
    expect([0, 1, 2, 7, 8, 9, 10, -1].map((person) => set.has(person))).toEqual([true, false, true, true, false, true, false, false]);
  });

  it('grows past the size it was given', () => {
    const set = new PersonSet(3);
    set.add(1);
    set.add(1_000);
    set.add(40);
    expect(set.size).toBe(3);
    expect(set.toArray()).toEqual([1, 40, 1_000]);
    expect(set.has(1_000)).toBe(true);
    expect(set.has(999)).toBe(false);
  });

  it('agrees with a sorted Set<number> on many additions', () => {
    let seed = 11;
    const set = new PersonSet(500);
    const reference = new Set<number>();
    for (let i = 0; i < 5_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const person = seed % 3_000;
      set.add(person);
      reference.add(person);
    }
    expect(set.size).toBe(reference.size);
    expect(set.toArray()).toEqual([...reference].sort((a, b) => a - b));
  });

  it('is empty when nothing was added', () => {
    const set = new PersonSet();
    expect(set.size).toBe(0);
    expect(set.toArray()).toEqual([]);
    expect([...set]).toEqual([]);
  });

  it('refuses what is not a person index', () => {
    const set = new PersonSet(4);
    expect(() => set.add(-1)).toThrow(RangeError);
    expect(() => set.add(1.5)).toThrow(RangeError);
    expect(set.size).toBe(0);
  });
});
