/**
 * The size of every Mission Locale file per young person, as the fixtures have it (they are
 * generated to the association's published figures), so that data generated at scale keep the
 * association's proportions: a network of Missions Locales has them, not a generator's guesses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Proportions {
  /** The year folder they were read from. */
  source: string;
  /** Rows per young person (jeunes.csv) of each file. */
  contacts: number;
  situations: number;
  enrolments: number;
  aids: number;
  actions: number;
  /** Rows of propositions.csv per row of evenements.csv. */
  propositionsPerContact: number;
  /** Rows of participations.csv per row of actions.csv. */
  participationsPerAction: number;
}

export const FIXTURES_YEAR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', '2024');

/** Data rows of a CSV file (non-blank lines after the header; no fixture cell spans lines). */
function dataRows(file: string): number {
  let rows = -1;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim() !== '') rows++;
  return Math.max(0, rows);
}

export function proportionsOf(yearFolder: string = FIXTURES_YEAR): Proportions {
  const rows = (file: string) => dataRows(path.join(yearFolder, file));
  const young = rows('imilo/jeunes.csv');
  const contacts = rows('imilo/evenements.csv');
  const actions = rows('actions/actions.csv');
  return {
    source: yearFolder,
    contacts: contacts / young,
    situations: rows('imilo/situations.csv') / young,
    enrolments: rows('imilo/dispositifs.csv') / young,
    // Frais de gestion rows have no young person: they are written apart, one a month.
    aids: rows('imilo/aides.csv') / young,
    actions: actions / young,
    propositionsPerContact: rows('imilo/propositions.csv') / contacts,
    participationsPerAction: rows('actions/participations.csv') / actions,
  };
}
