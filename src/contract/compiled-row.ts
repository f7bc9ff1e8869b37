import { z } from 'zod';
import { CellFailure, cellParser, type CellParse } from './cells.js';

/**
 * The row schemas' fast path. A row schema made by `rowSchema()` is an ordinary zod schema
 * (z.object of cell schemas, cross-column checks, an optional final step), and it stays the
 * contract: every issue a row can have comes from zod. `compileRow()` turns the same parts
 * into one plain function for the common case, a row whose cells all read and whose checks
 * all pass. It returns the record zod would return (same keys in the same order, the same
 * values), or FALLBACK as soon as anything fails; the caller then runs zod on the row, which
 * reports the issues. So the fast path can only be wrong by accepting a row zod would refuse
 * or by building another record, which the equivalence tests (tests/load/fast-paths*)
 * look for on the broken-input corpus, the fixtures and mutated inputs.
 */
export const FALLBACK: unique symbol = Symbol('fallback to zod');

/** A cross-column check: adds issues through `ctx.addIssue` only. */
export type RowCheck<T> = (row: T, ctx: z.RefinementCtx<T>) => void;

/** Cross-column checks run even when another cell of the row failed (zod skips them otherwise). */
export const ALWAYS = { when: () => true };

interface RowPlan {
  shape: Readonly<Record<string, object>>;
  checks: readonly RowCheck<never>[];
  finish: ((row: never) => unknown) | undefined;
}

const PLANS = new WeakMap<object, RowPlan>();

/**
 * `z.object(shape)`, each check as a `superRefine(check, ALWAYS)`, then `finish` as a
 * transform (it runs on valid rows only). `finish` may change the row in place.
 */
export function rowSchema<Shape extends z.ZodRawShape>(
  shape: Shape,
  checks: readonly RowCheck<z.output<z.ZodObject<Shape>>>[] = [],
  finish?: (row: z.output<z.ZodObject<Shape>>) => z.output<z.ZodObject<Shape>>,
): z.ZodType<z.output<z.ZodObject<Shape>>, z.input<z.ZodObject<Shape>>> {
  let object = z.object(shape);
  for (const check of checks) object = object.superRefine(check, ALWAYS);
  const schema = finish ? object.transform(finish) : object;
  PLANS.set(schema, { shape, checks: checks as readonly RowCheck<never>[], finish: finish as RowPlan['finish'] });
  return schema;
}

/**
 * A record factory: one object literal with these keys, so that every record shares one
 * hidden class with its properties in the object (no separate property array).
 */
export function recordFactory(keys: readonly string[]): (values: readonly unknown[]) => Record<string, unknown> {
  const body = `return { ${keys.map((key, index) => `${JSON.stringify(key)}: values[${index}]`).join(', ')} };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- keys are the schema's field names
  return new Function('values', body) as (values: readonly unknown[]) => Record<string, unknown>;
}

/** The parse function of one field of a schema made by `rowSchema()` (config checks of value aliases). */
export function fieldParser(schema: object, field: string): CellParse<unknown> | undefined {
  const cellSchema = PLANS.get(schema)?.shape[field];
  return cellSchema === undefined ? undefined : cellParser(cellSchema);
}

export type CompiledRow<T> = (record: readonly string[]) => T | typeof FALLBACK;

/**
 * The fast path of `schema` for a file whose header maps fields to 1-based `columns`, or
 * undefined when the schema was not made by `rowSchema()` from `cell()` schemas.
 * `record` holds the row's cells as read (untrimmed); like the reader's cells, a field's text
 * is its trimmed cell, or undefined when the row is shorter than the header.
 */
export function compileRow<T>(schema: z.ZodType<T>, columns: ReadonlyMap<string, number>): CompiledRow<T> | undefined {
  const plan = PLANS.get(schema);
  if (!plan) return undefined;
  const fields = Object.keys(plan.shape);
  const parsers: CellParse<unknown>[] = [];
  for (const field of fields) {
    const parser = cellParser(plan.shape[field]!);
    if (!parser) return undefined;
    parsers.push(parser);
  }
  // zod's z.object keeps a key that is in the input (a header column, even when the row is
  // short), and a key that is not only when its value is defined. A missing column always
  // reads the same (parse(undefined)), so the record's keys are the same on every row.
  const keys: string[] = [];
  /** Per key: 0-based column to read, or -1 for a missing column's constant value. */
  const columnOf: number[] = [];
  const parseOf: CellParse<unknown>[] = [];
  const constantOf: unknown[] = [];
  for (const [i, field] of fields.entries()) {
    const column = columns.get(field);
    const parse = parsers[i]!;
    const constant = column === undefined ? parse(undefined) : undefined;
    if (constant instanceof CellFailure) return () => FALLBACK; // no row can be valid: zod says why
    if (column === undefined && constant === undefined) continue;
    keys.push(field);
    columnOf.push(column === undefined ? -1 : column - 1);
    parseOf.push(parse);
    constantOf.push(constant);
  }
  const make = recordFactory(keys);
  const { checks, finish } = plan;
  let failed = false;
  const ctx = {
    addIssue: () => {
      failed = true;
    },
  } as unknown as z.RefinementCtx<never>;
  const count = keys.length;
  const values: unknown[] = new Array<unknown>(count);

  return (record) => {
    for (let slot = 0; slot < count; slot++) {
      const column = columnOf[slot]!;
      if (column < 0) {
        values[slot] = constantOf[slot];
        continue;
      }
      const text = record[column];
      const value = parseOf[slot]!(text === undefined ? undefined : text.trim());
      if (value instanceof CellFailure) return FALLBACK;
      values[slot] = value;
    }
    const row = make(values);
    if (checks.length > 0) {
      failed = false;
      for (const check of checks) check(row as never, ctx);
      if (failed) return FALLBACK;
    }
    return (finish ? finish(row as never) : row) as T;
  };
}
