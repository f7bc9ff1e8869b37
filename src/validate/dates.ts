/**
 * Calendar dates as whole days since 1970-01-01 (a "day number"). Exports carry Paris
 * wall-clock dates; we keep the calendar date as written and never go through a time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic (Howard
 * Hinnant's days_from_civil): called for every date cell, so no Date object is built.
 */
export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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
  // Two-digit or far-off years are typos (0024 is not 1924), 31/02 does not exist.
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  if (dayOfMonth > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, dayOfMonth);
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
