/**
 * Calendar of the generators: a day is the number of UTC days since 1970-01-01, the tool's day
 * number. Written apart from src/contract/dates.ts on purpose: the fixtures test the tool, so
 * they do not take their dates and ages from it.
 */
export type Day = number;

export const MS_PER_DAY = 86_400_000;

export const dayOf = (year: number, month: number, day: number): Day => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export function partsOf(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `dd/mm/yyyy`, the date format of the exports. */
export function formatDay(day: Day): string {
  const p = partsOf(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

/** The day of a `dd/mm/yyyy` text. */
export function parseDay(text: string): Day {
  const [d, m, y] = text.split('/').map(Number);
  return dayOf(y!, m!, d!);
}

export function isWeekend(day: Day): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** Completed years on `reference`, as src/contract/dates.ts counts an age. */
export function ageOn(birth: Day, reference: Day): number {
  const b = partsOf(birth);
  const r = partsOf(reference);
  return r.year - b.year - (r.month * 100 + r.day < b.month * 100 + b.day ? 1 : 0);
}
