import { z } from 'zod';
import { OUTSIDE_TERRITORY, type CommuneMatcher } from './territory.js';
import { parseDay, type Day } from './dates.js';
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

/** zod schema -> the parse function it runs, for the compiled row check. */
const CELL_PARSERS = new WeakMap<object, CellParse<unknown>>();

/** The zod schema of a cell read by `parse`. */
export function cell<T>(parse: CellParse<T>) {
  const schema = raw.transform((text, ctx): T => {
    const value = parse(text);
    return value instanceof CellFailure ? reportCell(ctx, value.code, value.params) : value;
  });
  CELL_PARSERS.set(schema, parse as CellParse<unknown>);
  return schema;
}

/** The parse function behind a schema made by `cell()`, if it is one. */
export function cellParser(schema: object): CellParse<unknown> | undefined {
  return CELL_PARSERS.get(schema);
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

export const requiredDate = () =>
  cell((text): Day | CellFailure => {
    if (isBlank(text)) return new CellFailure('cell.required', { expected: DATE_EXPECTED });
    return parseDay(text.trim()) ?? new CellFailure('cell.date', { expected: DATE_EXPECTED });
  });

export const optionalDate = () =>
  cell((text): Day | undefined | CellFailure => {
    if (isBlank(text)) return undefined;
    return parseDay(text.trim()) ?? new CellFailure('cell.date', { expected: `${DATE_EXPECTED} ou vide` });
  });

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
  cell((text): number | CellFailure => {
    const expected = 'un montant positif en euros, par ex. 1 241,43 €';
    if (isBlank(text)) return new CellFailure('cell.required', { expected });
    const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
    const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
    if (!match) return new CellFailure('cell.amount', { expected });
    const cents = (match[2] ?? '').padEnd(2, '0');
    const value = match[1]!.length > 12 ? Number.POSITIVE_INFINITY : Number(match[1]) * 100 + Number(cents);
    return value > maxCents ? new CellFailure('cell.out_of_range', { expected: `un montant d’au plus ${frenchNumber(maxCents / 100)} €` }) : value;
  });

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
