import { z } from 'zod';
import { OUTSIDE_TERRITORY, type CommuneMatcher } from './territory.js';
import { fixedWidthDayAt, parseDay, type Day } from './dates.js';
import type { IssueCode } from './issues.js';
import { ownText, type Vocabulary } from './normalize.js';
import { frenchNumber } from './console-fr.js';

/**
 * zod schemas for one CSV cell. Each takes the raw (trimmed) text, or undefined when the
 * column is absent, and either returns the typed value or adds a custom issue whose
 * `message` is one of our issue codes and whose params hold `expected`/`suggestion`.
 * The French words are added later, from the catalogue.
 *
 * Each schema is a plain parse function (text -> value or CellFailure) wrapped by `cell()`:
 * zod runs that function, and the compiled row check (compiled-row.ts) calls the same
 * function directly, so both read a cell the same way by construction.
 */
export interface CellIssueParams {
  expected?: string;
  suggestion?: string;
}

type Ctx = z.RefinementCtx<string | undefined>;

export function reportCell(ctx: Ctx, code: IssueCode, params: CellIssueParams = {}): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: code, params, input: undefined });
  return z.NEVER;
}

/** A cell that cannot be read: the issue code and its params (built only on failure). */
export class CellFailure {
  constructor(
    readonly code: IssueCode,
    readonly params: CellIssueParams = {},
  ) {}
}

/** Reads one cell's text (trimmed by the reader, undefined when the column is absent). */
export type CellParse<T> = (text: string | undefined) => T | CellFailure;

const raw = z.string().optional();

/** What a span reader answers when only the parse function can tell (the cell is then cut out and parsed). */
export const NOT_SURE: unique symbol = Symbol('not sure');

/**
 * Reads the cell `text[start, end)` (untrimmed) inside its line, without cutting it out: the
 * value `parse` gives for its trimmed text, or NOT_SURE. It must never give another value
 * than `parse` (the registers' lines read in place rely on it; tests/load/fast-paths* check).
 */
export type SpanParse<T> = (text: string, start: number, end: number) => T | typeof NOT_SURE;

/** zod schema -> the parse function it runs, for the compiled row check. */
const CELL_PARSERS = new WeakMap<object, CellParse<unknown>>();
/** zod schema -> the span reader of its common spellings, when it has one. */
const SPAN_PARSERS = new WeakMap<object, SpanParse<unknown>>();

/** The zod schema of a cell read by `parse` (and, for its common spellings, by `span` in place). */
export function cell<T>(parse: CellParse<T>, span?: SpanParse<T>) {
  const schema = raw.transform((text, ctx): T => {
    const value = parse(text);
    return value instanceof CellFailure ? reportCell(ctx, value.code, value.params) : value;
  });
  CELL_PARSERS.set(schema, parse as CellParse<unknown>);
  if (span) SPAN_PARSERS.set(schema, span as SpanParse<unknown>);
  return schema;
}

/** The parse function behind a schema made by `cell()`, if it is one. */
export function cellParser(schema: object): CellParse<unknown> | undefined {
  return CELL_PARSERS.get(schema);
}

/** The span reader behind a schema made by `cell()`, if it has one. */
export function cellSpanParser(schema: object): SpanParse<unknown> | undefined {
  return SPAN_PARSERS.get(schema);
}

/** Repeated long texts of records (domains, quartiers…), one copy each; bounded. */
const KEPT = new Map<string, string>();
const KEPT_MAX = 50_000;

/**
 * Text that a record keeps. The reader cuts cells out of blocks of text, and V8 keeps a long
 * substring (13 characters or more) as a view on its block: one kept cell would keep a whole
 * 64 KiB block alive, and a national register most of its file. Such text is copied (a
 * repeated value once), short text already is a copy.
 */
export function keep(text: string): string {
  if (text.length < 13) return text;
  const known = KEPT.get(text);
  if (known !== undefined) return known;
  const copy = ownText(text);
  if (KEPT.size < KEPT_MAX) KEPT.set(copy, copy);
  return copy;
}

function isBlank(text: string | undefined): text is undefined {
  return text === undefined || text.trim() === '';
}

export const requiredText = () =>
  cell((text): string | CellFailure => (isBlank(text) ? new CellFailure('cell.required') : keep(text.trim())));

export const optionalText = () =>
  cell((text): string | undefined => (isBlank(text) ? undefined : keep(text.trim())));

const DATE_EXPECTED = 'une date jj/mm/aaaa (ou aaaa-mm-jj)';

/** dd/mm/yyyy or yyyy-mm-dd filling the span: digits first and last, so nothing to trim; parseDay reads it so too. */
const daySpan: SpanParse<Day> = (text, start, end) => (end - start === 10 ? (fixedWidthDayAt(text, start) ?? NOT_SURE) : NOT_SURE);

export const requiredDate = () =>
  cell((text): Day | CellFailure => {
    if (isBlank(text)) return new CellFailure('cell.required', { expected: DATE_EXPECTED });
    return parseDay(text.trim()) ?? new CellFailure('cell.date', { expected: DATE_EXPECTED });
  }, daySpan);

export const optionalDate = () =>
  cell(
    (text): Day | undefined | CellFailure => {
      if (isBlank(text)) return undefined;
      return parseDay(text.trim()) ?? new CellFailure('cell.date', { expected: `${DATE_EXPECTED} ou vide` });
    },
    (text, start, end) => (end === start ? undefined : daySpan(text, start, end)),
  );

const YES = new Set(['oui', 'o', '1', 'true', 'vrai', 'yes', 'y']);
const NO = new Set(['non', 'n', '0', 'false', 'faux', 'no']);

export const yesNo = () =>
  cell((text): boolean | CellFailure => {
    const value = (text ?? '').trim().toLowerCase();
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    if (value === '') return new CellFailure('cell.required', { expected: 'Oui ou Non' });
    return new CellFailure('cell.yes_no', { expected: 'Oui ou Non (ou O/N, 1/0)' });
  });

/**
 * The largest amount and count a cell may hold: beyond, the figure is a typing or export
 * error (a 400-digit count would print "Infinity jeunes"), never a value to add up. Set by
 * the configuration (`qualite.montantMax`, `qualite.nombreMax`).
 */
export interface CellLimits {
  maxAmountCents: number;
  maxCount: number;
}

export const DEFAULT_CELL_LIMITS: CellLimits = { maxAmountCents: 10_000_000_00, maxCount: 10_000_000 };
/** Digits of the largest count the configuration may set, so that longer ones need no parsing. */
export const MAX_COUNT_DIGITS = 9;

/** Euros with a decimal comma, optional spaces and `€`: returns whole cents. */
export const amountCents = (maxCents = DEFAULT_CELL_LIMITS.maxAmountCents) =>
  cell(
    (text): number | CellFailure => {
      const expected = 'un montant positif en euros, par ex. 1 241,43 €';
      if (isBlank(text)) return new CellFailure('cell.required', { expected });
      const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
      const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
      if (!match) return new CellFailure('cell.amount', { expected });
      const cents = (match[2] ?? '').padEnd(2, '0');
      const value = match[1]!.length > 12 ? Number.POSITIVE_INFINITY : Number(match[1]) * 100 + Number(cents);
      return value > maxCents ? new CellFailure('cell.out_of_range', { expected: `un montant d’au plus ${frenchNumber(maxCents / 100)} €` }) : value;
    },
    (text, start, end) => {
      // The expression above, read in place: spaces (plain, no-break, narrow no-break) and
      // € anywhere, 1 to 12 digits, then at most two decimals after `,` or `.`. Other
      // blanks, more digits and anything else go to it.
      let euros = 0;
      let digits = 0;
      let cents = 0;
      let decimals = -1; // -1: no decimal mark yet
      for (let at = start; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code >= 48 && code <= 57) {
          if (decimals < 0) {
            if (++digits > 12) return NOT_SURE;
            euros = euros * 10 + code - 48;
          } else {
            if (++decimals > 2) return NOT_SURE;
            cents = cents * 10 + code - 48;
          }
        } else if (code === 44 || code === 46) {
          if (decimals >= 0 || digits === 0) return NOT_SURE;
          decimals = 0;
        } else if (code !== 0x20 && code !== 0xa0 && code !== 0x202f && code !== 0x20ac) return NOT_SURE;
      }
      if (digits === 0 || decimals === 0) return NOT_SURE;
      const value = euros * 100 + (decimals === 1 ? cents * 10 : cents);
      return value > maxCents ? NOT_SURE : value;
    },
  );

/** A count's digits, or a failure when it is no whole number or beyond `max`. */
function parseCount(text: string, expected: string, max: number): number | CellFailure {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(compact)) return new CellFailure('cell.integer', { expected });
  const value = compact.length > MAX_COUNT_DIGITS ? Number.POSITIVE_INFINITY : Number(compact);
  return value > max ? new CellFailure('cell.out_of_range', { expected: `un nombre entier d’au plus ${frenchNumber(max)}` }) : value;
}

/** A whole number >= 0 (the figures of manuel.csv are counts). */
export const requiredCount = (max = DEFAULT_CELL_LIMITS.maxCount) =>
  cell((text): number | CellFailure => {
    const expected = 'un nombre entier positif, par ex. 12';
    if (isBlank(text)) return new CellFailure('cell.required', { expected });
    return parseCount(text, expected, max);
  });

export const optionalCount = (max = DEFAULT_CELL_LIMITS.maxCount) =>
  cell((text): number | undefined | CellFailure => {
    if (isBlank(text)) return undefined;
    return parseCount(text, 'un nombre entier positif ou vide', max);
  });

function listOf(values: readonly string[]): string {
  return values.map((value) => `« ${value} »`).join(', ');
}

export const vocabulary = <T extends string>(vocab: Vocabulary<T>) =>
  cell((text): T | CellFailure => {
    const value = isBlank(text) ? undefined : vocab.match(text);
    if (value !== undefined) return value;
    const expected = `une des valeurs ${listOf(vocab.values)}`;
    if (isBlank(text)) return new CellFailure('cell.required', { expected });
    const suggestion = vocab.suggest(text);
    return new CellFailure('cell.vocabulary', suggestion === undefined ? { expected } : { expected, suggestion });
  });

function parseOptionalVocabulary<T extends string>(vocab: Vocabulary<T>): CellParse<T | undefined> {
  return (text): T | undefined | CellFailure => {
    if (isBlank(text)) return undefined;
    const value = vocab.match(text);
    if (value !== undefined) return value;
    const expected = `une des valeurs ${listOf(vocab.values)} ou vide`;
    const suggestion = vocab.suggest(text);
    return new CellFailure('cell.vocabulary', suggestion === undefined ? { expected } : { expected, suggestion });
  };
}

export const optionalVocabulary = <T extends string>(vocab: Vocabulary<T>) => cell(parseOptionalVocabulary(vocab));

/** An optional vocabulary cell that reads `fallback` when empty (événements' Statut). */
export const optionalVocabularyOr = <T extends string>(vocab: Vocabulary<T>, fallback: T) => {
  const parse = parseOptionalVocabulary(vocab);
  return cell((text): T | CellFailure => parse(text) ?? fallback);
};

/** A commune of the territory (jeunes.csv, plie/participants.csv). */
export const territoryCommune = (communes: CommuneMatcher) =>
  cell((text): string | CellFailure => {
    const expected = 'une commune du territoire';
    if (isBlank(text)) return new CellFailure('cell.required', { expected });
    const name = communes.match(text);
    if (name !== undefined) return name;
    // A real commune outside the territory gets no nearest-commune suggestion: it is not a typo.
    if (communes.french(text) !== undefined) {
      return communes.countsOutside ? OUTSIDE_TERRITORY : new CellFailure('cell.commune_outside', { expected: communes.names.join(', ') });
    }
    const suggestion = communes.suggest(text);
    return new CellFailure('cell.commune', suggestion === undefined ? { expected } : { expected, suggestion });
  });

/**
 * Any commune (participations.csv): a territory commune is returned canonically, anything
 * else is kept as written; the column exists to count participants "dont MNO".
 */
export const anyCommune = (communes: CommuneMatcher) =>
  cell((text): { name: string; inTerritory: boolean } | undefined => {
    if (isBlank(text)) return undefined;
    const name = communes.match(text);
    return name === undefined ? { name: keep(text.trim()), inTerritory: false } : { name, inTerritory: true };
  });
