import path from 'node:path';
import type { HeaderAliases } from '../config/settings.js';
import type { ManualKey } from '../contract/manual-keys.js';
import type { Action, Aide, Dispositif, Evenement, Jeune, Proposition, Situation, ValueAliases } from '../contract/schemas.js';
import type { CommuneMatcher } from '../contract/territory.js';
import type { CellLimits } from '../contract/cells.js';
import type { Layout, RecordTable } from './record-table.js';
import type { References } from './references.js';
import type { FileSummary } from './validate-file.js';

/**
 * Reads and validates one year folder of Mission Locale data. Registers (jeunes, situations,
 * dispositifs, aides, actions) are kept in memory, the big ones by column (record-table.ts);
 * the high-volume activity files (événements, propositions) are streamed to the given sinks
 * and never stored. Records referring to a jeune carry the jeune's index in `jeunes` instead
 * of the id, so nothing downstream holds an identifier.
 */
export type Linked<T extends { id?: string | undefined }> = Omit<T, 'id'> & { jeune: number };

/** A jeune as kept after reading: without the id (only `jeuneIds` knows it). */
export type RegisteredJeune = Omit<Jeune, 'id'>;

export const JEUNE_LAYOUT: Layout<RegisteredJeune> = {
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
  jeune: 'int',
};
export const DISPOSITIF_LAYOUT: Layout<Linked<Dispositif>> = { programme: 'value', entry: 'int', exit: 'int', jeune: 'int' };
export const AIDE_LAYOUT: Layout<Linked<Aide>> = { date: 'int', type: 'value', amountCents: 'number', decision: 'value', jeune: 'int' };

export interface Registers {
  jeunes: RecordTable<RegisteredJeune>;
  /** Resolves jeune ids of the other files while reading; never output. */
  jeuneIds: References;
  situations: RecordTable<Linked<Situation>>;
  dispositifs: RecordTable<Linked<Dispositif>>;
  /** `jeune` is -1 for rows without a jeune (Frais de gestion). */
  aides: RecordTable<Linked<Aide>>;
  actions: Action[];
  /** Participant ids are replaced by a per-file number; `jeune` is -1 when not a known jeune. */
  participations: { actionId: string; participant: number; jeune: number; communeInTerritory: boolean | undefined }[];
  manual: Map<ManualKey, number>;
  /** Rows read and SHA-256 per input file (path relative to the data folder). */
  inputs: Record<string, FileSummary>;
}

/** What the indicators use of a proposition (the free-text Sous-thème is checked, not kept). */
export type PropositionFact = Omit<Linked<Proposition>, 'subTheme'>;

/** Receivers of activity records, one call a row. A sink must not keep the record it is given (it may be reused). */
export interface ActivitySinks {
  evenement(event: Readonly<Linked<Evenement>>): void;
  proposition(proposition: Readonly<PropositionFact>): void;
}

/** What loadYear feeds: propositions from the start, événements after `eventsReady`. */
export interface YearSinks extends ActivitySinks {
  /** Called once jeunes.csv and dispositifs.csv are read, before the first événement. */
  eventsReady(registers: Pick<Registers, 'jeunes' | 'dispositifs'>): void;
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
