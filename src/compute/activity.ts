import { isInYear } from '../contract/dates.js';
import { NATURES, THEMES, type Nature, type Theme } from '../contract/vocabularies.js';
import { zeroes, type ComputeContext } from './shared.js';
import { IntervalsByPerson } from './intervals.js';
import { type Registers, type YearSinks } from '../load/registers.js';

/**
 * The one pass over événements and propositions. Both files are the big ones (≈15 M rows
 * for a national network), so they are folded into counters as they stream, and what later
 * indicators need per jeune is kept as one byte per jeune.
 */
export const ENTRETIEN_NATURES: ReadonlySet<Nature> = new Set(['Entretien individuel', 'Atelier', 'Information collective']);

export interface ActivitySummary {
  contactsByNature: Record<Nature, number>;
  /** Index = jeune; 1 when the jeune had a realised événement in Y. */
  inContact: Uint8Array;
  /** Index = jeune; 1 when the jeune had a realised Entretien-group événement in Y. */
  receivedInInterview: Uint8Array;
  /** Per commune (report order): realised événements in Y, and those in the Entretien group. */
  contactsByCommune: number[];
  entretiensByCommune: number[];
  /** Realised événements in Y inside one of the jeune's CEJ intervals. */
  cejContactsByNature: Record<Nature, number>;
  propositionsByTheme: Record<Theme, number>;
}

/** Built once per enrolments register: the événement tally, section 9 and the MDE pages share it. */
const cejIntervalsCache = new WeakMap<Registers['enrolments'], IntervalsByPerson>();

/** The CEJ intervals (Date d'entrée to Date de sortie, open when no exit) of each jeune. */
export function cejIntervalsByYoungPerson(registers: Pick<Registers, 'enrolments'>): IntervalsByPerson {
  let intervals = cejIntervalsCache.get(registers.enrolments);
  if (!intervals) {
    intervals = IntervalsByPerson.build((add) =>
      registers.enrolments.scan((enrolment) => {
        if (enrolment.programme === 'CEJ') add(enrolment.youngPerson, enrolment.entry, enrolment.exit);
      }),
    );
    cejIntervalsCache.set(registers.enrolments, intervals);
  }
  return intervals;
}

/**
 * The activity counters, fed by loadYear: propositions from the start of the reading (they
 * need nothing but the year), événements once jeunes and dispositifs are read
 * (`eventsReady`), since they are counted by commune and against CEJ intervals.
 */
export function createActivityTally(context: ComputeContext): YearSinks & { result(): ActivitySummary } {
  const { year } = context;
  const communeIndex = new Map(context.communes.map((commune, index) => [commune, index]));
  let youngPersonCommune: Int16Array | undefined;
  let cejIntervals: IntervalsByPerson | undefined;

  const summary: ActivitySummary = {
    contactsByNature: zeroes(NATURES),
    inContact: new Uint8Array(0),
    receivedInInterview: new Uint8Array(0),
    contactsByCommune: context.communes.map(() => 0),
    entretiensByCommune: context.communes.map(() => 0),
    cejContactsByNature: zeroes(NATURES),
    propositionsByTheme: zeroes(THEMES),
  };

  return {
    eventsReady(registers) {
      const communes = new Int16Array(registers.youngPeople.length);
      registers.youngPeople.scan((youngPerson, index) => (communes[index] = communeIndex.get(youngPerson.commune) ?? -1));
      youngPersonCommune = communes;
      cejIntervals = cejIntervalsByYoungPerson(registers);
      summary.inContact = new Uint8Array(registers.youngPeople.length);
      summary.receivedInInterview = new Uint8Array(registers.youngPeople.length);
    },
    event(event) {
      if (youngPersonCommune === undefined) throw new Error('activity tally: événements before eventsReady()');
      if (event.status !== 'Réalisé' || !isInYear(event.date, year)) return;
      const isEntretien = ENTRETIEN_NATURES.has(event.nature);
      summary.contactsByNature[event.nature]++;
      summary.inContact[event.youngPerson] = 1;
      if (isEntretien) summary.receivedInInterview[event.youngPerson] = 1;
      const commune = youngPersonCommune[event.youngPerson]!;
      if (commune >= 0) {
        summary.contactsByCommune[commune]!++;
        if (isEntretien) summary.entretiensByCommune[commune]!++;
      }
      if (cejIntervals!.contains(event.youngPerson, event.date)) summary.cejContactsByNature[event.nature]++;
    },
    proposition(proposition) {
      if (isInYear(proposition.date, year)) summary.propositionsByTheme[proposition.theme]++;
    },
    result: () => summary,
  };
}
