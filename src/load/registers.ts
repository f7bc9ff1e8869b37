import path from 'node:path';
import type { HeaderAliases } from '../config/settings.js';
import type { ManualKey } from '../contract/manual-keys.js';
import type { Action, Aid, Enrolment, ActivityEvent, YoungPerson, Proposition, Situation, ValueAliases } from '../contract/schemas.js';
import type { CommuneMatcher } from '../contract/territory.js';
import type { CellLimits } from '../contract/cells.js';
import type { Layout, RecordTable } from './record-table.js';
import type { References } from './references.js';
import type { FileSummary } from './validate-file.js';

/**
 * Reads and validates one year folder of Mission Locale data. Registers (young people, situations,
 * programme enrolments, aids, actions) are kept in memory, the big ones by column (record-table.ts);
 * the high-volume activity files (événements, propositions) are streamed to the given sinks
 * and never stored. Records referring to a young person carry its index in `youngPeople` instead
 * of the id, so nothing downstream holds an identifier.
 */
export type Linked<T extends { id?: string | undefined }> = Omit<T, 'id'> & { youngPerson: number };

/** A young person as kept after reading: without the id (only `youngPersonIds` knows it). */
export type RegisteredYoungPerson = Omit<YoungPerson, 'id'>;

export const YOUNG_PERSON_LAYOUT: Layout<RegisteredYoungPerson> = {
  sex: 'value',
  birthDate: 'int',
  commune: 'value',
  qpv: 'value',
  qualification: 'value',
  firstArrival: 'int',
  drivingLicence: 'flag',
  housing: 'value',
  rqth: 'flag',
};
export const SITUATION_LAYOUT: Layout<Linked<Situation>> = {
  type: 'value',
  subType: 'value',
  start: 'int',
  end: 'int',
  domain: 'value',
  qualifying: 'value',
  preparedLevel: 'value',
  country: 'value',
  youngPerson: 'int',
};
export const ENROLMENT_LAYOUT: Layout<Linked<Enrolment>> = { programme: 'value', entry: 'int', exit: 'int', youngPerson: 'int' };
export const AID_LAYOUT: Layout<Linked<Aid>> = { date: 'int', type: 'value', amountCents: 'number', decision: 'value', youngPerson: 'int' };

/** A participations.csv row as kept: numbers only (2 M rows for a national network). */
export interface ParticipationFact {
  /** The action's index in `Registers.actions`. */
  action: number;
  /** The participant's number in the file (young person or not), in order of first appearance. */
  participant: number;
  /** The jeune's index; -1 when the participant is not a known jeune. */
  youngPerson: number;
  communeInTerritory: boolean | undefined;
}
export const PARTICIPATION_LAYOUT: Layout<ParticipationFact> = { action: 'int', participant: 'int', youngPerson: 'int', communeInTerritory: 'flag' };

export interface Registers {
  youngPeople: RecordTable<RegisteredYoungPerson>;
  /** Resolves jeune ids of the other files while reading; never output. */
  youngPersonIds: References;
  situations: RecordTable<Linked<Situation>>;
  enrolments: RecordTable<Linked<Enrolment>>;
  /** `jeune` is -1 for rows without a jeune (Frais de gestion). */
  aids: RecordTable<Linked<Aid>>;
  actions: Action[];
  /** Rows of participations.csv whose action is in `actions`, by column. */
  participations: RecordTable<ParticipationFact>;
  manual: Map<ManualKey, number>;
  /** Rows read and SHA-256 per input file (path relative to the data folder). */
  inputs: Record<string, FileSummary>;
  /**
   * The year's files read with their header only (path in the year folder: `imilo/aides.csv`):
   * compute/ gives their figures as null, never 0.
   */
  withoutData: ReadonlySet<string>;
}

/** What the indicators use of a proposition (the free-text Sous-thème is checked, not kept). */
export type PropositionFact = Omit<Linked<Proposition>, 'subTheme'>;

/** Receivers of activity records, one call a row. A sink must not keep the record it is given (it may be reused). */
export interface ActivitySinks {
  event(event: Readonly<Linked<ActivityEvent>>): void;
  proposition(proposition: Readonly<PropositionFact>): void;
}

/** What loadYear feeds: propositions from the start, événements after `eventsReady`. */
export interface YearSinks extends ActivitySinks {
  /** Called once jeunes.csv and dispositifs.csv are read, before the first événement. */
  eventsReady(registers: Pick<Registers, 'youngPeople' | 'enrolments'>): void;
}

export interface YearSource {
  /** The data folder given on the command line. */
  dataDir: string;
  year: number;
  communes: CommuneMatcher;
  /** Extra header labels from the configuration file. */
  headerAliases: HeaderAliases;
  /** Value aliases from the configuration (`valeurs`); none when absent. */
  valueAliases?: ValueAliases;
  /** A single aid above this many cents is a warning (quality.ts's default when absent). */
  aidCeilingCents?: number;
  /** Largest amount and count a cell may hold (the contract's defaults when absent). */
  cellLimits?: CellLimits;
}

/** A file of the year folder: its path on disk and as shown in messages (`2024/imilo/jeunes.csv`). */
export function fileRef(source: YearSource, relative: string) {
  return {
    absolute: path.join(source.dataDir, String(source.year), relative),
    display: `${source.year}/${relative}`,
  };
}
