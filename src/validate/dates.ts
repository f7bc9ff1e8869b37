/**
 * Calendar dates as whole days since 1970-01-01 (a "day number"). Exports carry Paris
 * wall-clock dates; we keep the calendar date as written and never go through a time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** `dd/mm/yyyy` for messages and templates. */
export function formatDay(day: Day): string {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return `${String(dayOfMonth).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses `dd/mm/yyyy` or `yyyy-mm-dd`, either with an optional ` HH:mm[:ss]` time that is
 * ignored (the calendar date as written is the date). Returns undefined for anything else,
 * including impossible dates such as 31/02/2024.
 */
export function parseDay(text: string): Day | undefined {
  let year: number;
  let month: number;
  let dayOfMonth: number;
  let match = FRENCH.exec(text);
  if (match) {
    dayOfMonth = Number(match[1]);
    month = Number(match[2]);
    year = Number(match[3]);
  } else {
    match = ISO.exec(text);
    if (!match) return undefined;
    year = Number(match[1]);
    month = Number(match[2]);
    dayOfMonth = Number(match[3]);
  }
  // Two-digit or far-off years are typos (Date.UTC would read 0024 as 1924).
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const day = dayOf(year, month, dayOfMonth);
  const back = partsOf(day);
  if (back.month !== month || back.day !== dayOfMonth) return undefined;
  return day;
}

/** Completed years at `reference`. */
export function ageOn(birth: Day, reference: Day): number {
  const b = partsOf(birth);
  const r = partsOf(reference);
  let age = r.year - b.year;
  if (r.month < b.month || (r.month === b.month && r.day < b.day)) age -= 1;
  return age;
}

/** Inclusive date interval; `end` undefined = still running. */
export interface Interval {
  start: Day;
  end: Day | undefined;
}

export function yearBounds(year: number): { first: Day; last: Day } {
  return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) };
}

export function isInYear(day: Day, year: number): boolean {
  const { first, last } = yearBounds(year);
  return day >= first && day <= last;
}

/** "en cours in Y": start <= 31/12/Y and (no end or end >= 01/01/Y). */
export function overlapsYear(interval: Interval, year: number): boolean {
  const { first, last } = yearBounds(year);
  return interval.start <= last && (interval.end === undefined || interval.end >= first);
}

/** Inclusive on both ends; an open interval runs forever. */
export function contains(interval: Interval, day: Day): boolean {
  return day >= interval.start && (interval.end === undefined || day <= interval.end);
}
