import { ageOn, dayOf, type Day } from './dates.js';
import type { Issue } from './issues.js';
import type { Aide, Jeune } from './schemas.js';

/**
 * Data-quality checks: values that are valid but suspicious. They are warnings (the build
 * goes on and lists them), because a real export may legitimately hold them; errors are for
 * values the report cannot use.
 */
export interface Position {
  file: string;
  line: number;
}

/** Dates further than this from the report year are implausible for an activity record. */
export function plausibleWindow(year: number): { first: Day; last: Day } {
  return { first: dayOf(year - 1, 1, 1), last: dayOf(year + 1, 12, 31) };
}

/** The Mission Locale public is 16-25 at the first arrival (up to 29 with an RQTH). */
export function checkJeune(jeune: Jeune, at: Position, year: number, issues: Issue[]): void {
  const age = ageOn(jeune.birthDate, jeune.firstArrival);
  const maximum = jeune.rqth ? 29 : 25;
  if (age < 16 || age > maximum) {
    issues.push({
      code: 'quality.age_out_of_range',
      severity: 'warning',
      ...at,
      field: 'Date de naissance',
      expected: `un âge au premier accueil entre 16 et ${maximum} ans (âge calculé : ${age} ans)`,
    });
  }
  if (jeune.firstArrival > plausibleWindow(year).last) {
    issues.push({ code: 'quality.date_out_of_window', severity: 'warning', ...at, field: 'Date premier accueil', expected: `une date au plus tard le 31/12/${year + 1}` });
  }
}

/** An activity date (événement, proposition, aide, action) far from the report year. */
export function checkActivityDate(day: Day, field: string, at: Position, year: number, issues: Issue[]): void {
  const window = plausibleWindow(year);
  if (day < window.first || day > window.last) {
    issues.push({
      code: 'quality.date_out_of_window',
      severity: 'warning',
      ...at,
      field,
      expected: `une date entre le 01/01/${year - 1} et le 31/12/${year + 1}`,
    });
  }
}

export function checkAide(aide: Aide, at: Position, issues: Issue[]): void {
  if (aide.decision !== 'Accordée' && aide.amountCents > 0) {
    issues.push({
      code: 'quality.amount_not_granted',
      severity: 'warning',
      ...at,
      field: 'Montant',
      expected: `un montant nul pour une aide « ${aide.decision} » (le montant n’est pas compté)`,
    });
  }
}

/** Two independent 32-bit FNV-1a hashes of the text, as one short key (64 bits in all). */
function rowKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/**
 * Exact duplicate rows of a register file (same cells). Kept per file in memory: registers
 * are one row per person or programme, not the high-volume activity files. Rows are
 * remembered by a 64-bit hash rather than their text, which keeps a national-scale file's
 * check to a few dozen bytes a row (a false match needs a 64-bit collision).
 */
export function duplicateRowChecker(file: string, issues: Issue[]) {
  const seen = new Map<string, number>();
  return (cells: Record<string, string | undefined>, line: number): void => {
    const key = rowKey(Object.values(cells).join('\u0000'));
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      return;
    }
    issues.push({ code: 'quality.duplicate_row', severity: 'warning', file, line, expected: `une ligne différente de la ligne ${first}` });
  };
}
