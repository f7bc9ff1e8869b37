import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/load/id-table.js';

/** IdTable must answer exactly like a Map<string, number> (it replaces one in References). */
describe('IdTable', () => {
  it('answers like a Map for any ids, values and lookups (property-based)', () => {
    // Around what a slot holds in itself (9 characters of code 1 to 127) and what it does not.
    const edge = fc.string({ unit: fc.constantFrom('\u0000', '\u0001', 'J', '0', '9', '\u007f', '\u0080', 'é', '\ud83d'), minLength: 7, maxLength: 11 });
    const id = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.nat(5000).map((n) => `J${String(n).padStart(8, '0')}`), edge);
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.nat(0x7ffffffe)), { maxLength: 400 }), fc.array(id, { maxLength: 200 }), (entries, lookups) => {
        const table = new IdTable();
        const map = new Map<string, number>();
        for (const [key, value] of entries) {
          table.set(key, value);
          map.set(key, value);
        }
        expect(table.size).toBe(map.size);
        for (const key of [...map.keys(), ...lookups]) {
          expect(table.get(key)).toBe(map.get(key));
          expect(table.has(key)).toBe(map.has(key));
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('holds a register-sized table (growth, long and accented ids)', () => {
    const table = new IdTable();
    const id = (n: number) => (n % 3 === 0 ? `identifiant-très-long-${n}` : n % 3 === 1 ? `J${n}` : `J${String(n).padStart(8, '0')}`);
    for (let n = 0; n < 200_000; n++) table.set(id(n), n);
    expect(table.size).toBe(200_000);
    for (let n = 0; n < 200_000; n += 997) expect(table.get(id(n))).toBe(n);
    expect(table.get('J200000')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    const huge = 'x'.repeat(70_000);
    table.set(huge, 1);
    expect(table.get(huge)).toBe(1);
    expect(table.get(huge.slice(1))).toBeUndefined();
    expect(() => table.set('x', -1)).toThrow(RangeError);
  });

  it('keeps apart ids that differ only by a trailing U+0000, a tenth character or one above 127', () => {
    const ids = ['J0017341', 'J0017341\u0000', 'J00173410', 'J00173410\u0000', 'J001734100', 'J0017341\u0080', 'J0017341\u007f', '', '\u0000'];
    const table = new IdTable();
    ids.forEach((id, index) => table.set(id, index));
    expect(table.size).toBe(ids.length);
    ids.forEach((id, index) => expect(table.get(id)).toBe(index));
    expect(table.get('J0017341\u0000\u0000')).toBeUndefined();
    expect(table.get('J001734')).toBeUndefined();
  });

  it('finds an id inside a longer text (getSpan) exactly as get finds the id cut out of it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 11 }), { maxLength: 30 }), fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), fc.string({ maxLength: 11 }), (ids, before, after, probe) => {
        const table = new IdTable();
        ids.forEach((id, index) => table.set(id, index));
        for (const id of [...ids, probe]) {
          const text = `${before}${id}${after}`;
          expect(table.getSpan(text, before.length, before.length + id.length)).toBe(table.get(id));
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
