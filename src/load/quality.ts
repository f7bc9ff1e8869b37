import { ageOn, dayOf, type Day } from '../contract/dates.js';
import type { IssueSink } from '../contract/issues.js';
import type { Aid, YoungPerson } from '../contract/schemas.js';

/**
 * Data-quality checks: values that are valid but suspicious. They are warnings (the build
 * goes on and lists them), because a real export may legitimately hold them; errors are for
 * values the report cannot use.
 */
export interface Position {
  file: string;
  line: number;
}

let lastWindow = { year: Number.NaN, first: 0, last: 0 };

/** Dates further than this from the report year are implausible for an activity record. */
export function plausibleWindow(year: number): { first: Day; last: Day } {
  // Asked for every row of the activity files: the last year's window is remembered.
  if (lastWindow.year !== year) lastWindow = { year, first: dayOf(year - 1, 1, 1), last: dayOf(year + 1, 12, 31) };
  return { first: lastWindow.first, last: lastWindow.last };
}

/** The Mission Locale public is 16-25 at the first arrival (up to 29 with an RQTH). */
export function checkYoungPerson(youngPerson: YoungPerson, at: Position, year: number, issues: IssueSink): void {
  const age = ageOn(youngPerson.birthDate, youngPerson.firstArrival);
  const maximum = youngPerson.rqth ? 29 : 25;
  if (age < 16 || age > maximum) {
    issues.push({
      code: 'quality.age_out_of_range',
      severity: 'warning',
      ...at,
      field: 'Date de naissance',
      expectation: { kind: 'ageAtArrival', minimum: 16, maximum, age },
    });
  }
  if (youngPerson.firstArrival > plausibleWindow(year).last) {
    issues.push({ code: 'quality.date_out_of_window', severity: 'warning', ...at, field: 'Date premier accueil', expectation: { kind: 'dateByEndOf', year: year + 1 } });
  }
}

/** Whether checkActivityDate lets `day` pass without a warning. */
export function plausibleActivityDay(day: Day, year: number): boolean {
  if (lastWindow.year !== year) plausibleWindow(year);
  return day >= lastWindow.first && day <= lastWindow.last;
}

/** An activity date (événement, proposition, aide, action) far from the report year. */
export function checkActivityDate(day: Day, field: string, at: Position, year: number, issues: IssueSink): void {
  if (!plausibleActivityDay(day, year)) {
    issues.push({
      code: 'quality.date_out_of_window',
      severity: 'warning',
      ...at,
      field,
      expectation: { kind: 'dateWithinYears', from: year - 1, to: year + 1 },
    });
  }
}

/** A single aid above this is implausible (configurable: "qualite" > "aideMax", in euros). */
export const DEFAULT_AID_CEILING_CENTS = 10_000_00;

export function checkAid(aid: Aid, at: Position, issues: IssueSink, ceilingCents = DEFAULT_AID_CEILING_CENTS): void {
  if (aid.amountCents > ceilingCents) {
    issues.push({ code: 'quality.amount_high', severity: 'warning', ...at, field: 'Montant', amountCents: aid.amountCents, limitCents: ceilingCents });
  }
  if (aid.decision !== 'Accordée' && aid.amountCents > 0) {
    issues.push({
      code: 'quality.amount_not_granted',
      severity: 'warning',
      ...at,
      field: 'Montant',
      expectation: { kind: 'zeroAmountFor', decision: aid.decision },
    });
  }
}

/** JavaScript's white space and line terminators: what String.prototype.trim removes. */
function isTrimmed(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x80 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))
  );
}

/**
 * A row as the checker reads it: cells as read (untrimmed) and the file's field -> column map;
 * for a line read in place (register-lines.ts), its text and cells' bounds instead of `raw`.
 */
export interface RawRow {
  raw: readonly (string | undefined)[];
  columns: ReadonlyMap<string, number>;
  line: number;
  spans?: { text: string; bounds: Int32Array };
}

/** The duplicate rows of one file: `add` each row as read, then `finish` once the file is read. */
export interface DuplicateRows {
  add(row: RawRow): void;
  /** Reports each row equal to an earlier one (`quality.duplicate_row`, with the first one's line). */
  finish(): void;
}

/**
 * Exact duplicate rows of a register file (same trimmed cells in the file's columns). Kept per
 * file in memory: registers are one row per person or programme, not the high-volume activity
 * files. Rows are remembered by a 64-bit hash (two independent 32-bit FNV-1a hashes of the
 * cells joined by U+0000), hashed from the cells as read, trimming on the fly, rather than
 * their text: 12 bytes a row (a false match needs a 64-bit collision).
 *
 * The hashes are appended in file order and compared once the file is read, by sorting one
 * half: a hash table probed at every row costs a cache miss a row at a network's size
 * (millions of rows), the sort streams through memory. The issues are the same, pushed at the
 * end of the file rather than at their row (the report lists issues by file and line anyway).
 */
export function duplicateRowChecker(file: string, issues: IssueSink, expectedRows = 0): DuplicateRows {
  let capacity = Math.max(1024, expectedRows);
  let hashA = new Int32Array(capacity);
  let hashB = new Int32Array(capacity);
  let lines = new Int32Array(capacity);
  let count = 0;
  // The 0-based columns to hash, in the order of the file's field map (one map per file).
  let columnsOf: ReadonlyMap<string, number> | undefined;
  let indexes: number[] = [];
  return {
    add(row) {
      const { columns, line, spans } = row;
      // A line read in place is hashed from its text, the same characters as its cells.
      const raw = spans === undefined ? row.raw : undefined;
      if (columns !== columnsOf) {
        columnsOf = columns;
        indexes = [...columns.values()].map((column) => column - 1);
      }
      let a = 0x811c9dc5;
      let b = 0x050c5d1f;
      for (let k = 0; k < indexes.length; k++) {
        if (k > 0) {
          a = Math.imul(a, 0x01000193); // a ^ 0 (the U+0000 separator)
          b = Math.imul(b, 0x01000193) ^ (b >>> 13);
        }
        let text: string | undefined;
        let start = 0;
        let end = 0;
        if (raw === undefined) {
          text = spans!.text;
          start = spans!.bounds[indexes[k]! * 2]!;
          end = spans!.bounds[indexes[k]! * 2 + 1]!;
        } else {
          text = raw[indexes[k]!];
          if (text === undefined) continue;
          end = text.length;
        }
        while (start < end && isTrimmed(text.charCodeAt(start))) start++;
        while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
        for (let i = start; i < end; i++) {
          const code = text.charCodeAt(i);
          a = Math.imul(a ^ code, 0x01000193);
          b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
        }
      }
      if (count === capacity) {
        // By half: the guess from the file's size is close, doubling past it wastes most.
        capacity = Math.max(1024, Math.ceil(capacity * 1.5));
        const grow = (from: Int32Array) => {
          const to = new Int32Array(capacity);
          to.set(from);
          return to;
        };
        hashA = grow(hashA);
        hashB = grow(hashB);
        lines = grow(lines);
      }
      hashA[count] = a;
      hashB[count] = b;
      lines[count] = line;
      count++;
    },
    finish() {
      // First half: the values of `a` that occur more than once (a few per million rows).
      const sorted = hashA.slice(0, count).sort();
      const repeated = new Set<number>();
      for (let i = 1; i < count; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
      // Then the rows holding one of them, in file order, compared on both halves.
      const firstLines = new Map<string, number>();
      if (repeated.size > 0) {
        for (let i = 0; i < count; i++) {
          if (!repeated.has(hashA[i]!)) continue;
          const key = `${hashA[i]},${hashB[i]}`;
          const firstLine = firstLines.get(key);
          if (firstLine === undefined) firstLines.set(key, lines[i]!);
          else issues.push({ code: 'quality.duplicate_row', severity: 'warning', file, line: lines[i]!, firstLine });
        }
      }
      count = capacity = 0;
      hashA = hashB = lines = new Int32Array(0);
    },
  };
}
