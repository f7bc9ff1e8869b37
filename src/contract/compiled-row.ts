import { z } from 'zod';
import { CellFailure, cellParser, cellSpanParser, type CellIssueParams, type CellParse, type SpanParse } from './cells.js';

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
 * One issue of a refused row as zod words it: the message (an issue code), the field of
 * the path's first step (undefined when the path is empty) and the cell's params.
 */
export interface RowIssue {
  field: string | undefined;
  message: string;
  params: CellIssueParams | undefined;
}

/** A refused row's issues, in zod's order; undefined when only zod can list them. */
export type RowIssues = (record: readonly string[]) => RowIssue[] | undefined;

/** zod's issues of a refused row, as RowIssues. */
export function rowIssuesOf(error: z.ZodError): RowIssue[] {
  return error.issues.map((issue) => ({
    field: typeof issue.path[0] === 'string' ? issue.path[0] : undefined,
    message: issue.message,
    params: 'params' in issue ? (issue.params as CellIssueParams | undefined) : undefined,
  }));
}

/** A compiled row: its fast path, and the wording of a row the fast path refused. */
export interface CompiledRowParts<T> {
  parse: CompiledRow<T>;
  issues: RowIssues;
}

/**
 * The fast path of `schema` for a file whose header maps fields to 1-based `columns`, or
 * undefined when the schema was not made by `rowSchema()` from `cell()` schemas.
 * `record` holds the row's cells as read (untrimmed); like the reader's cells, a field's text
 * is its trimmed cell, or undefined when the row is shorter than the header.
 */
export function compileRow<T>(schema: z.ZodType<T>, columns: ReadonlyMap<string, number>): CompiledRow<T> | undefined {
  return compileRowParts(schema, columns)?.parse;
}

/** A header whose missing columns make every row invalid (a required column is absent). */
export const NO_VALID_ROW: unique symbol = Symbol('no valid row');

/** How a file's rows are read, for its header: what the compiled row and the registers' lines read in place share. */
export interface RowPlanFor {
  /** The record's keys, in zod's order. */
  keys: readonly string[];
  /** Per key: 0-based column to read, or -1 for a missing column's constant value. */
  columnOf: readonly number[];
  parseOf: readonly CellParse<unknown>[];
  /** Per key: the cell's span reader (cells.ts), when it has one. */
  spanOf: readonly (SpanParse<unknown> | undefined)[];
  constantOf: readonly unknown[];
  make: (values: readonly unknown[]) => Record<string, unknown>;
  checks: readonly RowCheck<never>[];
  finish: ((row: never) => unknown) | undefined;
}

/**
 * The plan of `schema` for a header mapping fields to 1-based `columns`; undefined when the
 * schema was not made by `rowSchema()` from `cell()` schemas, NO_VALID_ROW when no row can be valid.
 */
export function rowPlanFor(schema: z.ZodType, columns: ReadonlyMap<string, number>): RowPlanFor | typeof NO_VALID_ROW | undefined {
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
  const columnOf: number[] = [];
  const parseOf: CellParse<unknown>[] = [];
  const spanOf: (SpanParse<unknown> | undefined)[] = [];
  const constantOf: unknown[] = [];
  for (const [i, field] of fields.entries()) {
    const column = columns.get(field);
    const parse = parsers[i]!;
    const constant = column === undefined ? parse(undefined) : undefined;
    if (constant instanceof CellFailure) return NO_VALID_ROW;
    if (column === undefined && constant === undefined) continue;
    keys.push(field);
    columnOf.push(column === undefined ? -1 : column - 1);
    parseOf.push(parse);
    spanOf.push(cellSpanParser(plan.shape[field]!));
    constantOf.push(constant);
  }
  return { keys, columnOf, parseOf, spanOf, constantOf, make: recordFactory(keys), checks: plan.checks, finish: plan.finish };
}

/**
 * `compileRow()` with, beside it, the issues of a refused row worded without zod: a flood
 * of bad rows (last year's file, a shifted export) would spend most of its time building
 * zod's issues. They are the issues zod gives, in its order: the failed cells in the shape's
 * order, then every cross-column check's (run with ALWAYS, on the row whose failed cells
 * hold z.NEVER, as zod's object does), as the equivalence tests check.
 */
export function compileRowParts<T>(schema: z.ZodType<T>, columns: ReadonlyMap<string, number>): CompiledRowParts<T> | undefined {
  const parts = rowPlanFor(schema, columns);
  if (parts === undefined) return undefined;
  // No row can be valid: zod says why.
  if (parts === NO_VALID_ROW) return { parse: () => FALLBACK, issues: () => undefined };
  const { keys, columnOf, parseOf, constantOf, make, checks, finish } = parts;
  let failed = false;
  const ctx = {
    addIssue: () => {
      failed = true;
    },
  } as unknown as z.RefinementCtx<never>;
  const count = keys.length;
  const values: unknown[] = new Array<unknown>(count);

  const parse: CompiledRow<T> = (record) => {
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

  let found: RowIssue[] = [];
  const collect = {
    addIssue: (issue: string | { message?: string; path?: readonly PropertyKey[]; params?: CellIssueParams }) => {
      if (typeof issue === 'string') found.push({ field: undefined, message: issue, params: undefined });
      else found.push({ field: typeof issue.path?.[0] === 'string' ? issue.path[0] : undefined, message: issue.message ?? '', params: issue.params });
    },
  } as unknown as z.RefinementCtx<never>;
  const issues: RowIssues = (record) => {
    found = [];
    for (let slot = 0; slot < count; slot++) {
      const column = columnOf[slot]!;
      if (column < 0) {
        values[slot] = constantOf[slot];
        continue;
      }
      const text = record[column];
      const value = parseOf[slot]!(text === undefined ? undefined : text.trim());
      if (value instanceof CellFailure) {
        found.push({ field: keys[slot], message: value.code, params: value.params });
        values[slot] = z.NEVER;
      } else values[slot] = value;
    }
    const row = make(values);
    for (const check of checks) check(row as never, collect);
    // A row the fast path refused has issues; none here means a case this wording misses.
    return found.length === 0 ? undefined : found;
  };
  return { parse, issues };
}
