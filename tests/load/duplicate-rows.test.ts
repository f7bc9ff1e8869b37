import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/contract/issues.js';
import { duplicateRowChecker } from '../../src/load/quality.js';

/** The check as it was written with a Map of string keys: the typed table must agree. */
function referenceChecker(file: string, issues: Issue[]) {
  const rowKey = (text: string): string => {
    let a = 0x811c9dc5;
    let b = 0x050c5d1f;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
    }
    return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
  };
  const seen = new Map<string, number>();
  return (cells: Record<string, string | undefined>, line: number): void => {
    const key = rowKey(Object.values(cells).join('\u0000'));
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      return;
    }
    issues.push({ code: 'quality.duplicate_row', severity: 'warning', file, line, firstLine: first });
  };
}

/** A file with an extra column and its fields out of order: id in column 3, type in 1, start in 2. */
const COLUMNS = new Map([
  ['id', 3],
  ['type', 1],
  ['start', 2],
]);

/** The trimmed cells keyed by field, as validate-file builds them for the reference. */
function cellsOf(raw: readonly (string | undefined)[]): Record<string, string | undefined> {
  return Object.fromEntries([...COLUMNS].map(([field, column]) => [field, raw[column - 1]?.trim()]));
}

describe('duplicate rows', () => {
  it('reports what the string-keyed check on trimmed cells reported, rows repeated or not (property-based)', () => {
    const text = fc.oneof(fc.constantFrom('', 'A1', 'Emploi', 'CDI', '01/02/2024', 'é', '\u0000'), fc.string({ maxLength: 4 }));
    const padding = fc.constantFrom('', ' ', '\t', '\u00a0', '\ufeff', ' \u3000', '\r');
    const cell = fc.oneof(fc.tuple(padding, text, padding).map(([before, value, after]) => `${before}${value}${after}`), fc.constant(undefined));
    const row = fc.tuple(cell, cell, cell, cell);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 3000 }), (rows) => {
        const fast: Issue[] = [];
        const reference: Issue[] = [];
        const check = duplicateRowChecker('f.csv', fast);
        const checkReference = referenceChecker('f.csv', reference);
        rows.forEach((raw, index) => {
          check.add({ raw: raw as string[], columns: COLUMNS, line: index + 2 });
          checkReference(cellsOf(raw), index + 2);
        });
        check.finish();
        expect(fast).toStrictEqual(reference);
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it('grows past its first arrays and still finds the first line', () => {
    const issues: Issue[] = [];
    const check = duplicateRowChecker('f.csv', issues);
    const columns = new Map([
      ['id', 1],
      ['type', 2],
    ]);
    for (let n = 0; n < 50_000; n++) check.add({ raw: [`J${n}`, 'Emploi'], columns, line: n + 2 });
    check.add({ raw: ['J123', 'Emploi'], columns, line: 60_000 });
    check.add({ raw: ['J123 ', ' Emploi'], columns, line: 60_001 });
    check.add({ raw: ['J123', 'Emploi', 'another column'], columns, line: 60_002 });
    check.add({ raw: ['J123', 'Emplo'], columns, line: 60_003 });
    expect(issues).toEqual([]); // reported once the file is read
    check.finish();
    expect(issues.map((issue) => [issue.line, issue.firstLine])).toEqual([
      [60_000, 125],
      [60_001, 125],
      [60_002, 125],
    ]);
  });

  it('tells rows apart whose first 32-bit half collides', () => {
    // Two ids with the same FNV-1a hash (the first half), found by brute force: the second half differs.
    const fnv = (text: string) => {
      let a = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
      return a;
    };
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; pair === undefined; n++) {
      const id = `J${n}`;
      const other = seen.get(fnv(id));
      if (other === undefined) seen.set(fnv(id), id);
      else pair = [other, id];
    }
    const [first, second] = pair;
    const issues: Issue[] = [];
    const check = duplicateRowChecker('f.csv', issues);
    const columns = new Map([['id', 1]]);
    check.add({ raw: [first], columns, line: 2 });
    check.add({ raw: [second], columns, line: 3 });
    check.add({ raw: [second], columns, line: 4 });
    check.add({ raw: [first], columns, line: 5 });
    check.finish();
    expect(issues.map((issue) => [issue.line, issue.firstLine])).toEqual([
      [4, 3],
      [5, 2],
    ]);
  });
});
