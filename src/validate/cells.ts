import { z } from 'zod';
import type { CommuneMatcher } from '../config/territory.js';
import { parseDay, type Day } from './dates.js';
import type { IssueCode } from './issues.js';
import type { Vocabulary } from './normalize.js';

/**
 * zod schemas for one CSV cell. Each takes the raw (trimmed) text, or undefined when the
 * column is absent, and either returns the typed value or adds a custom issue whose
 * `message` is one of our issue codes and whose params hold `expected`/`suggestion`.
 * The French words are added later, from the catalogue.
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

const raw = z.string().optional();

function isBlank(text: string | undefined): text is undefined {
  return text === undefined || text.trim() === '';
}

export const requiredText = () =>
  raw.transform((text, ctx): string => (isBlank(text) ? reportCell(ctx, 'cell.required') : text.trim()));

export const optionalText = () =>
  raw.transform((text): string | undefined => (isBlank(text) ? undefined : text.trim()));

const DATE_EXPECTED = 'une date jj/mm/aaaa (ou aaaa-mm-jj)';

export const requiredDate = () =>
  raw.transform((text, ctx): Day => {
    if (isBlank(text)) return reportCell(ctx, 'cell.required', { expected: DATE_EXPECTED });
    return parseDay(text.trim()) ?? reportCell(ctx, 'cell.date', { expected: DATE_EXPECTED });
  });

export const optionalDate = () =>
  raw.transform((text, ctx): Day | undefined => {
    if (isBlank(text)) return undefined;
    return parseDay(text.trim()) ?? reportCell(ctx, 'cell.date', { expected: `${DATE_EXPECTED} ou vide` });
  });

const YES = new Set(['oui', 'o', '1', 'true', 'vrai', 'yes', 'y']);
const NO = new Set(['non', 'n', '0', 'false', 'faux', 'no']);

export const yesNo = () =>
  raw.transform((text, ctx): boolean => {
    const value = (text ?? '').trim().toLowerCase();
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    if (value === '') return reportCell(ctx, 'cell.required', { expected: 'Oui ou Non' });
    return reportCell(ctx, 'cell.yes_no', { expected: 'Oui ou Non (ou O/N, 1/0)' });
  });

/** Euros with a decimal comma, optional spaces and `€`: returns whole cents. */
export const amountCents = () =>
  raw.transform((text, ctx): number => {
    const expected = 'un montant positif en euros, par ex. 1 241,43 €';
    if (isBlank(text)) return reportCell(ctx, 'cell.required', { expected });
    const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
    const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
    if (!match) return reportCell(ctx, 'cell.amount', { expected });
    const cents = (match[2] ?? '').padEnd(2, '0');
    return Number(match[1]) * 100 + Number(cents);
  });

/** A whole number >= 0 (the figures of manuel.csv are counts). */
export const requiredCount = () =>
  raw.transform((text, ctx): number => {
    const expected = 'un nombre entier positif, par ex. 12';
    if (isBlank(text)) return reportCell(ctx, 'cell.required', { expected });
    const compact = text.replace(/[\s\u00a0\u202f]/g, '');
    if (!/^\d+$/.test(compact)) return reportCell(ctx, 'cell.integer', { expected });
    return Number(compact);
  });

export const optionalCount = () =>
  raw.transform((text, ctx): number | undefined => {
    if (isBlank(text)) return undefined;
    const compact = text.replace(/[\s\u00a0\u202f]/g, '');
    if (!/^\d+$/.test(compact)) return reportCell(ctx, 'cell.integer', { expected: 'un nombre entier positif ou vide' });
    return Number(compact);
  });

function listOf(values: readonly string[]): string {
  return values.map((value) => `« ${value} »`).join(', ');
}

export const vocabulary = <T extends string>(vocab: Vocabulary<T>) =>
  raw.transform((text, ctx): T => {
    const value = isBlank(text) ? undefined : vocab.match(text);
    if (value !== undefined) return value;
    const expected = `une des valeurs ${listOf(vocab.values)}`;
    if (isBlank(text)) return reportCell(ctx, 'cell.required', { expected });
    const suggestion = vocab.suggest(text);
    return reportCell(ctx, 'cell.vocabulary', suggestion === undefined ? { expected } : { expected, suggestion });
  });

export const optionalVocabulary = <T extends string>(vocab: Vocabulary<T>) =>
  raw.transform((text, ctx): T | undefined => {
    if (isBlank(text)) return undefined;
    const value = vocab.match(text);
    if (value !== undefined) return value;
    const expected = `une des valeurs ${listOf(vocab.values)} ou vide`;
    const suggestion = vocab.suggest(text);
    return reportCell(ctx, 'cell.vocabulary', suggestion === undefined ? { expected } : { expected, suggestion });
  });

/** A commune of the territory (jeunes.csv, plie/participants.csv). */
export const territoryCommune = (communes: CommuneMatcher) =>
  raw.transform((text, ctx): string => {
    const expected = 'une commune du territoire';
    if (isBlank(text)) return reportCell(ctx, 'cell.required', { expected });
    const name = communes.match(text);
    if (name !== undefined) return name;
    const suggestion = communes.suggest(text);
    return reportCell(ctx, 'cell.commune', suggestion === undefined ? { expected } : { expected, suggestion });
  });

/**
 * Any commune (participations.csv): a territory commune is returned canonically, anything
 * else is kept as written; the column exists to count participants "dont MNO".
 */
export const anyCommune = (communes: CommuneMatcher) =>
  raw.transform((text): { name: string; inTerritory: boolean } | undefined => {
    if (isBlank(text)) return undefined;
    const name = communes.match(text);
    return name === undefined ? { name: text.trim(), inTerritory: false } : { name, inTerritory: true };
  });
