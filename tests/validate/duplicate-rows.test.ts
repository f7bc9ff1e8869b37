import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/validate/issues.js';
import { duplicateRowChecker } from '../../src/validate/quality.js';

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
    issues.push({ code: 'quality.duplicate_row', severity: 'warning', file, line, expected: `une ligne différente de la ligne ${first}` });
  };
}

describe('duplicate rows', () => {
  it('reports what the string-keyed check reported, rows repeated or not (property-based)', () => {
    const cell = fc.oneof(fc.constantFrom('', 'A1', 'Emploi', 'CDI', '01/02/2024', 'é', '\u0000'), fc.string({ maxLength: 4 }), fc.constant(undefined));
    const row = fc.record({ id: cell, type: cell, start: cell });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 3000 }), (rows) => {
        const fast: Issue[] = [];
        const reference: Issue[] = [];
        const check = duplicateRowChecker('f.csv', fast);
        const checkReference = referenceChecker('f.csv', reference);
        rows.forEach((cells, index) => {
          check(cells, index + 2);
          checkReference(cells, index + 2);
        });
        expect(fast).toStrictEqual(reference);
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it('grows past its first table and still finds the first line', () => {
    const issues: Issue[] = [];
    const check = duplicateRowChecker('f.csv', issues);
    for (let n = 0; n < 50_000; n++) check({ id: `J${n}`, type: 'Emploi' }, n + 2);
    check({ id: 'J123', type: 'Emploi' }, 60_000);
    check({ id: 'J123', type: 'Emploi ' }, 60_001);
    expect(issues).toEqual([{ code: 'quality.duplicate_row', severity: 'warning', file: 'f.csv', line: 60_000, expected: 'une ligne différente de la ligne 125' }]);
  });
});
