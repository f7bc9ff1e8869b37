import { ageOn, type Day } from '../contract/dates.js';
import { normalizeLabel } from '../contract/normalize.js';
import type { AgeBand, AgeBandWithOver25, MergedQualification } from '../contract/report-rows.js';
import type { Qualification, Sex } from '../contract/vocabularies.js';
import type { CommuneRow, CommuneTable, SexCounts, Share } from '../contract/metrics-schema.js';
import type { Registers } from '../load/registers.js';

/** What every indicator knows besides the records: the year and the territory's communes. */
export interface ComputeContext {
  year: number;
  /** Commune labels in report order. */
  communes: readonly string[];
}

/** The year's exports behind figures besides jeunes.csv and evenements.csv (paths in the year folder). */
export const SITUATIONS_FILE = 'imilo/situations.csv';
export const ENROLMENTS_FILE = 'imilo/dispositifs.csv';
export const ACTIONS_FILE = 'actions/actions.csv';
export const PARTICIPATIONS_FILE = 'actions/participations.csv';

/** Whether a file of the year folder held data rows: a header-only export gives null figures, not zeros. */
export function hasData(registers: Pick<Registers, 'withoutData'>, file: string): boolean {
  return !registers.withoutData.has(file);
}

/** A figure as is when its file held data rows, else null (`givenIf(hasData(…))(value)`). */
export function givenIf(given: boolean) {
  return <T>(value: T): T | null => (given ? value : null);
}

/**
 * Integer percentage rounded half-up on the exact ratio, in integer arithmetic:
 * 29/200 is exactly 14,5 % and gives 15, where Math.round(29 / 200 * 100) gives 14.
 */
export function roundedPercent(count: number, total: number): number | null {
  if (total === 0) return null;
  return Math.floor((200 * count + total) / (2 * total));
}

export function share(count: number, total: number): Share {
  return { count, total, percent: roundedPercent(count, total) };
}

/**
 * Percentage to one decimal, rounded half-up on the exact ratio in integer arithmetic (tenths
 * of a percent, then divided by 10): 1 860 / 8 793 is 21,153… % and gives 21.2; 1/8 is
 * exactly 12,5 % and 1/16 exactly 6,25 %, which gives 6.3. Null when the total is 0.
 */
export function roundedPercentTenths(count: number, total: number): number | null {
  if (total === 0) return null;
  return Math.floor((2000 * count + total) / (2 * total)) / 10;
}

/** Year-on-year change in % (value / previous - 1), rounded half-up to `decimals`. */
export function change(current: number, previous: number, decimals = 0): number | null {
  if (previous === 0) return null;
  const scale = 10 ** decimals;
  // (current - previous) / previous * 100 * scale, half away from zero, in integers.
  const numerator = (current - previous) * 100 * scale;
  const magnitude = Math.floor((2 * Math.abs(numerator) + previous) / (2 * previous));
  return (Math.sign(numerator) * magnitude) / scale;
}

/** The same change in hundredths of a percent (761 = +7,61 %), half away from zero, exact in integers. */
export function changeHundredths(current: number, previous: number): number | null {
  if (previous === 0) return null;
  const numerator = (current - previous) * 10_000;
  return Math.sign(numerator) * Math.floor((2 * Math.abs(numerator) + previous) / (2 * previous));
}


/** Age band for tables without a 26+ column (older ages fold into 22 - 25, younger into 16 - 17). */
export function ageBand(birth: Day, on: Day): AgeBand {
  const age = ageOn(birth, on);
  if (age <= 17) return '16 - 17 ans';
  if (age <= 21) return '18 - 21 ans';
  return '22 - 25 ans';
}

export function ageBandWithOver25(birth: Day, on: Day): AgeBandWithOver25 {
  return ageOn(birth, on) >= 26 ? '26 et +' : ageBand(birth, on);
}


export function mergedQualification(band: Qualification): MergedQualification {
  return band === 'Supérieur au BAC' || band === 'BAC' ? 'BAC et plus' : band;
}

export function isBelowBac(band: Qualification): boolean {
  return band === 'BEP/CAP' || band === 'Aucun diplôme';
}

/** A zeroed record over a fixed list of keys, so tables always list every row. */
export function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export function countSexes(sexes: Iterable<Sex>): SexCounts {
  const counts = { F: 0, H: 0, total: 0 };
  for (const sex of sexes) {
    counts[sex]++;
    counts.total++;
  }
  return counts;
}

/**
 * Builds a commune table: `add(commune, key, n)` while scanning, then `table()`. Every
 * commune of the territory gets a row, in report order, even when all its values are 0.
 */
export function communeTable<K extends string>(communes: readonly string[], keys: readonly K[]) {
  const byCommune = new Map<string, Record<K, number>>();
  for (const commune of communes) byCommune.set(commune, zeroes(keys));
  return {
    add(commune: string, key: K, amount = 1): void {
      const row = byCommune.get(commune);
      if (row) row[key] += amount;
    },
    table(): CommuneTable<K> {
      const total = zeroes(keys);
      const rows = communes.map((commune) => {
        const values = byCommune.get(commune)!;
        for (const key of keys) total[key] += values[key];
        return { commune, ...values } as CommuneRow<K>;
      });
      return { rows, total };
    },
  };
}

/**
 * Counts free-text labels (sectors), grouping spellings that differ only by case, accents or
 * spacing; each group is shown with its most frequent spelling. Most frequent first, ties
 * alphabetical, so the order is deterministic.
 */
export function rankedLabels(values: Iterable<string>): { label: string; count: number }[] {
  const groups = new Map<string, Map<string, number>>();
  // A sector column repeats a few spellings over a million rows: normalise each once.
  const keys = new Map<string, string>();
  for (const value of values) {
    let key = keys.get(value);
    if (key === undefined) {
      key = normalizeLabel(value);
      keys.set(value, key);
    }
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(value, (spellings.get(value) ?? 0) + 1);
    groups.set(key, spellings);
  }
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr');
  return [...groups.values()]
    .map((spellings) => {
      const ordered = [...spellings].sort(byCount);
      return { label: ordered[0]![0], count: sum(spellings.values()) };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}
