import { describe, expect, it } from 'vitest';
import { RecordTable, type Layout } from '../../src/load/record-table.js';

interface Row {
  day: number | undefined;
  amount: number | undefined;
  flag: boolean | undefined;
  label: string | undefined;
  shared: { band: string } | undefined;
}

const LAYOUT: Layout<Row> = { day: 'int', amount: 'number', flag: 'flag', label: 'value', shared: 'value' };

describe('RecordTable', () => {
  it('gives back every field as pushed, undefined included', () => {
    const band = { band: 'BAC' };
    const rows: Row[] = [
      { day: 19_800, amount: 1234.5, flag: true, label: 'Emploi', shared: band },
      { day: undefined, amount: undefined, flag: undefined, label: undefined, shared: undefined },
      { day: -3, amount: 0, flag: false, label: '', shared: band },
    ];
    const table = RecordTable.from(LAYOUT, rows);
    expect(table.length).toBe(3);
    expect(table.toArray()).toStrictEqual(rows);
    // Shared objects come back as the same object, not a copy.
    expect(table.get(2).shared).toBe(band);
    expect(table.field(0, 'label')).toBe('Emploi');
    const days: (number | undefined)[] = [];
    table.scan((row, index) => days.push(row.day === undefined ? undefined : row.day + index));
    expect(days).toEqual([19_800, undefined, -1]);
    expect(table.filter((row) => row.flag === false)).toStrictEqual([rows[2]]);
  });

  it('stores fields missing from the pushed object as undefined, and set() fills them', () => {
    const table = new RecordTable(LAYOUT);
    const index = table.push({ label: 'x' });
    expect(table.get(index)).toStrictEqual({ day: undefined, amount: undefined, flag: undefined, label: 'x', shared: undefined });
    table.set(index, 'day', 42);
    expect(table.field(index, 'day')).toBe(42);
  });

  it('does not store properties outside the layout (ids)', () => {
    const table = new RecordTable(LAYOUT);
    table.push({ day: 1, id: 'secret' } as Partial<Row>);
    expect(Object.keys(table.get(0))).toEqual(['day', 'amount', 'flag', 'label', 'shared']);
  });

  it('keeps values apart past 255 and 65 535 distinct values (wider codes) and past its first capacity', () => {
    const table = new RecordTable(LAYOUT, 4);
    for (let i = 0; i < 70_000; i++) table.push({ label: `v${i}`, day: i });
    expect(table.length).toBe(70_000);
    for (const i of [0, 254, 255, 256, 65_534, 65_535, 65_536, 69_999]) {
      expect(table.field(i, 'label')).toBe(`v${i}`);
      expect(table.field(i, 'day')).toBe(i);
    }
    table.trim();
    expect(table.field(69_999, 'label')).toBe('v69999');
    table.push({ label: 'after trim' });
    expect(table.toArray().slice(-2).map((row) => row.label)).toEqual(['v69999', 'after trim']);
  });

  it('refuses a pass inside a pass over the same table (the view has one position)', () => {
    const table = RecordTable.from(LAYOUT, [{ day: 1, amount: 1, flag: true, label: 'a', shared: undefined }]);
    expect(() => table.scan(() => table.where(() => true))).toThrow(/do not nest/);
    // The table is usable again afterwards.
    expect(table.where((row) => row.day === 1)).toEqual([0]);
  });

  it('refuses what a column cannot hold rather than storing something else', () => {
    const table = new RecordTable(LAYOUT);
    expect(() => table.push({ day: 1.5 })).toThrow(TypeError);
    expect(() => table.push({ day: 2 ** 31 })).toThrow(TypeError);
    expect(() => table.push({ flag: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => table.get(5)).toThrow(RangeError);
  });
});
