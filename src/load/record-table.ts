import { recordFactory } from '../contract/compiled-row.js';

/**
 * A register's records stored by column, for the national scale: a million jeunes and
 * their situations as one object each cost ~100 bytes a row on V8's heap (and V8 lets the
 * heap grow to about twice what is live between collections), against 10 to 20 bytes a row
 * in typed arrays. compute/ reads rows through a reused view (`scan`, and the tests of
 * `where` and `filter`), and builds records only for the rows it keeps (`get`, `filter`'s
 * result): each a fresh object, so nothing downstream can change the table. The view has one
 * position: passes over the same table do not nest (a nested one throws).
 *
 * Column kinds, declared per field by the register's layout:
 * - `int`: a whole number that fits 32 bits (day numbers, jeune indexes) or undefined;
 * - `number`: any number (amounts) or undefined;
 * - `flag`: a boolean or undefined;
 * - `value`: anything else (vocabulary values, free text, shared objects), kept once in a
 *   dictionary; the column holds 1-, 2- or 4-byte codes as the dictionary grows.
 */
export type ColumnKind = 'int' | 'number' | 'flag' | 'value';

/** One kind per field of T, optional fields included, so that a layout cannot miss a field. */
export type Layout<T> = { readonly [K in keyof T]-?: ColumnKind };

const NO_INT = -0x80000000;
const NO_FLAG = 2;

type Codes = Uint8Array | Uint16Array | Int32Array;

interface Column {
  kind: ColumnKind;
  data: Int32Array | Float64Array | Uint8Array | Codes;
  /** `value` columns: code - 1 -> value (code 0 is undefined) and back. */
  values?: unknown[];
  codes?: Map<unknown, number>;
}

function allocate(kind: ColumnKind, capacity: number): Column['data'] {
  switch (kind) {
    case 'int':
      return new Int32Array(capacity);
    case 'number':
      return new Float64Array(capacity);
    case 'flag':
    case 'value':
      return new Uint8Array(capacity);
  }
}

export class RecordTable<T extends object> {
  private readonly keys: readonly (keyof T & string)[];
  private readonly columns: Column[];
  private readonly readers: ((index: number) => unknown)[];
  private readonly make: (values: readonly unknown[]) => Record<string, unknown>;
  private readonly scratch: unknown[];
  /** The row view of `scan` and `filter`: its fields are getters, so a test reads only its columns. */
  private view: T | undefined;
  private cursor = 0;
  private passing = false;
  private capacity: number;
  #length = 0;

  /** `expected`: rows expected, to size the columns once (a guess is fine). */
  constructor(layout: Layout<T>, expected = 0) {
    this.keys = Object.keys(layout) as (keyof T & string)[];
    this.capacity = Math.max(16, expected);
    this.columns = this.keys.map((key) => {
      const kind = layout[key];
      return kind === 'value'
        ? { kind, data: allocate(kind, this.capacity), values: [], codes: new Map() }
        : { kind, data: allocate(kind, this.capacity) };
    });
    // One reader per column, of its kind: reading a field is the hot path of compute/.
    this.readers = this.columns.map((column): ((index: number) => unknown) => {
      switch (column.kind) {
        case 'int':
          return (index) => {
            const stored = column.data[index]!;
            return stored === NO_INT ? undefined : stored;
          };
        case 'number':
          return (index) => {
            const stored = column.data[index]!;
            return Number.isNaN(stored) ? undefined : stored;
          };
        case 'flag':
          return (index) => {
            const stored = column.data[index]!;
            return stored === NO_FLAG ? undefined : stored === 1;
          };
        case 'value':
          return (index) => {
            const stored = column.data[index]!;
            return stored === 0 ? undefined : column.values![stored - 1];
          };
      }
    });
    this.make = recordFactory(this.keys);
    this.scratch = new Array<unknown>(this.keys.length);
  }

  static from<T extends object>(layout: Layout<T>, records: Iterable<T>): RecordTable<T> {
    const table = new RecordTable(layout);
    for (const record of records) table.push(record);
    return table;
  }

  get length(): number {
    return this.#length;
  }

  /**
   * Appends a record and returns its index. Fields of the layout missing from `record` are
   * stored as undefined (`set` can fill them, e.g. the jeune index of a linked record);
   * properties outside the layout (an id) are not stored.
   */
  push(record: Partial<T>): number {
    if (this.#length === this.capacity) this.grow();
    const index = this.#length++;
    for (let i = 0; i < this.keys.length; i++) this.write(i, index, record[this.keys[i]!]);
    return index;
  }

  set<K extends keyof T & string>(index: number, key: K, value: T[K]): void {
    if (index < 0 || index >= this.#length) throw new RangeError(`RecordTable index out of range: ${index}`);
    this.write(this.keys.indexOf(key), index, value);
  }

  /** The record at `index`, as a new object. */
  get(index: number): T {
    if (index < 0 || index >= this.#length) throw new RangeError(`RecordTable index out of range: ${index}`);
    for (let i = 0; i < this.keys.length; i++) this.scratch[i] = this.read(i, index);
    return this.make(this.scratch) as T;
  }

  /** One field of the record at `index`, without building the record. */
  field<K extends keyof T & string>(index: number, key: K): T[K] {
    if (index < 0 || index >= this.#length) throw new RangeError(`RecordTable index out of range: ${index}`);
    return this.read(this.keys.indexOf(key), index) as T[K];
  }

  /**
   * Calls `callback` on each row in turn with one reused view of it (nothing is built per
   * row): the callback reads the row's fields, and must not keep the row itself (`get`
   * builds a record to keep).
   */
  scan(callback: (row: Readonly<T>, index: number) => void): void {
    this.pass((view, index) => callback(view, index));
  }

  /**
   * The records matching `predicate`, as new objects. The predicate sees one reused view of
   * each row in turn (so a pass over a million rows builds only the records it keeps): it
   * must test the row, not keep it.
   */
  filter(predicate: (row: Readonly<T>, index: number) => boolean): T[] {
    const out: T[] = [];
    this.pass((view, index) => {
      if (predicate(view, index)) out.push(this.get(index));
    });
    return out;
  }

  /** Indexes of the rows matching `predicate` (which sees the reused view, as in `scan`). */
  where(predicate: (row: Readonly<T>, index: number) => boolean): number[] {
    const out: number[] = [];
    this.pass((view, index) => {
      if (predicate(view, index)) out.push(index);
    });
    return out;
  }

  /** All records as plain objects (tests, small registers). */
  toArray(): T[] {
    const out = new Array<T>(this.#length);
    for (let index = 0; index < this.#length; index++) out[index] = this.get(index);
    return out;
  }

  /** Moves the view over every row in turn. */
  private pass(visit: (view: T, index: number) => void): void {
    if (this.passing) throw new Error('RecordTable: a pass over this table is already running (scan/where/filter do not nest)');
    this.passing = true;
    try {
      const view = this.rowView();
      for (let index = 0; index < this.#length; index++) {
        this.cursor = index;
        visit(view, index);
      }
    } finally {
      this.passing = false;
    }
  }

  private rowView(): T {
    if (this.view === undefined) {
      const view = {};
      this.keys.forEach((key, column) => {
        const read = this.readers[column]!;
        Object.defineProperty(view, key, { enumerable: true, get: () => read(this.cursor) });
      });
      this.view = view as T;
    }
    return this.view;
  }

  private write(column: number, index: number, value: unknown): void {
    const target = this.columns[column]!;
    switch (target.kind) {
      case 'int':
        if (value !== undefined && !(Number.isInteger(value) && (value as number) > NO_INT && (value as number) <= 0x7fffffff)) {
          throw new TypeError(`RecordTable: ${this.keys[column]} is not a 32-bit whole number: ${String(value)}`);
        }
        target.data[index] = value === undefined ? NO_INT : (value as number);
        return;
      case 'number':
        if (value !== undefined && typeof value !== 'number') throw new TypeError(`RecordTable: ${this.keys[column]} is not a number`);
        target.data[index] = value === undefined ? Number.NaN : value;
        return;
      case 'flag':
        if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`RecordTable: ${this.keys[column]} is not a boolean`);
        target.data[index] = value === undefined ? NO_FLAG : value ? 1 : 0;
        return;
      case 'value': {
        // The code first: a new value may widen the column (a new array).
        const code = value === undefined ? 0 : this.codeOf(target, value);
        target.data[index] = code;
        return;
      }
    }
  }

  private read(column: number, index: number): unknown {
    return this.readers[column]!(index);
  }

  private codeOf(column: Column, value: unknown): number {
    let code = column.codes!.get(value);
    if (code === undefined) {
      column.values!.push(value);
      code = column.values!.length;
      column.codes!.set(value, code);
      // Codes widen as the dictionary grows (code 0 is undefined).
      if (code === 0x100) column.data = Uint16Array.from(column.data);
      else if (code === 0x10000) column.data = Int32Array.from(column.data);
    }
    return code;
  }

  /** Gives back the capacity beyond the last row (once a register is read: the size was a guess). */
  trim(): void {
    this.resize(Math.max(1, this.#length));
  }

  /** Doubles every column's capacity. */
  private grow(): void {
    this.resize(this.capacity * 2);
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
    for (const column of this.columns) {
      const data = new (column.data.constructor as new (length: number) => Column['data'])(capacity);
      data.set(column.data.subarray(0, Math.min(this.#length, capacity)) as never);
      column.data = data;
    }
  }
}
