/**
 * Calendar dates as whole days since 1970-01-01 (a "day number"). Exports carry Paris
 * wall-clock dates; we keep the calendar date as written and never go through a time zone.
 */
export type Day = number;

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

/** The calendar date of a day number, in integer arithmetic (Hinnant's civil_from_days). */
export function partsOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1 };
}

/** `dd/mm/yyyy` for messages and templates. */
export function formatDay(day: Day): string {
  const { year, month, day: dayOfMonth } = partsOf(day);
  return `${String(dayOfMonth).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses `dd/mm/yyyy` or `yyyy-mm-dd`, either with an optional ` HH:mm[:ss]` time (00:00 to
 * 23:59:59) that is ignored (the calendar date as written is the date). Returns undefined for anything else,
 * including impossible dates such as 31/02/2024.
 */
export function parseDay(text: string): Day | undefined {
  // The common spellings, dd/mm/yyyy and yyyy-mm-dd, without a regular expression: the
  // same numbers the expressions below would capture.
  if (text.length === 10) {
    const fixed = fixedWidthDay(text);
    if (fixed !== undefined) return fixed;
  }
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
  // The time is ignored, but a time that cannot be (99:99) says the cell is not a date.
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) return undefined;
  return checkedDay(year, month, dayOfMonth);
}

/** Two-digit or far-off years are typos (0024 is not 1924), 31/02 does not exist. */
function checkedDay(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  if (dayOfMonth > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, dayOfMonth);
}

/** Value of the ASCII digits text[from, to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * `dd/mm/yyyy` or `yyyy-mm-dd` exactly (10 characters); undefined for anything else, which
 * then goes through the regular expressions (and may still be a date, or be refused there).
 */
function fixedWidthDay(text: string): Day | undefined {
  return fixedWidthDayAt(text, 0);
}

/**
 * `fixedWidthDay` of the 10 characters of `text` from `start`: a date cell read inside its
 * line without cutting it out (the activity files' fast path).
 */
export function fixedWidthDayAt(text: string, start: number): Day | undefined {
  if (text.charCodeAt(start + 2) === 47 && text.charCodeAt(start + 5) === 47) {
    const dayOfMonth = digits(text, start, start + 2);
    const month = digits(text, start + 3, start + 5);
    const year = digits(text, start + 6, start + 10);
    if (dayOfMonth < 0 || month < 0 || year < 0) return undefined;
    return checkedDay(year, month, dayOfMonth);
  }
  if (text.charCodeAt(start + 4) === 45 && text.charCodeAt(start + 7) === 45) {
    const year = digits(text, start, start + 4);
    const month = digits(text, start + 5, start + 7);
    const dayOfMonth = digits(text, start + 8, start + 10);
    if (dayOfMonth < 0 || month < 0 || year < 0) return undefined;
    return checkedDay(year, month, dayOfMonth);
  }
  return undefined;
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

let lastBounds = { year: Number.NaN, first: 0, last: 0 };

/** First and last day of `year` (the last year asked is remembered: this runs for every row). */
export function yearBounds(year: number): { first: Day; last: Day } {
  if (lastBounds.year !== year) lastBounds = { year, first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) };
  return { first: lastBounds.first, last: lastBounds.last };
}

export function isInYear(day: Day, year: number): boolean {
  if (lastBounds.year !== year) yearBounds(year);
  return day >= lastBounds.first && day <= lastBounds.last;
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
