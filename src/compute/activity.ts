import { isInYear } from '../contract/dates.js';
import { NATURES, THEMES, type Nature, type Theme } from '../contract/vocabularies.js';
import type { ComputeContext } from './shared.js';
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

/** A jeune's state word in the tally: its commune's index + 1 (0: none of the report's), then flags. */
const COMMUNE_BITS = 0xffff;
const HAS_CEJ = 1 << 16;
const IN_CONTACT = 1 << 17;
const RECEIVED_IN_INTERVIEW = 1 << 18;

/** Index = jeune; 1 where the word holds `flag` (a loop: Uint8Array.from with a function is 100 times slower). */
function flags(words: Int32Array, flag: number): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) if ((words[i]! & flag) !== 0) out[i] = 1;
  return out;
}

/** `counts` (by index in `labels`) keyed by label, in the labels' order. */
function countsByLabel<L extends string>(labels: readonly L[], counts: Float64Array): Record<L, number> {
  return Object.fromEntries(labels.map((label, index) => [label, counts[index]!])) as Record<L, number>;
}

/**
 * The activity counters, fed by loadYear: propositions from the start of the reading (they
 * need nothing but the year), événements once jeunes and dispositifs are read
 * (`eventsReady`), since they are counted by commune and against CEJ intervals.
 *
 * What an événement needs of its jeune (commune, whether it has a CEJ interval, whether it
 * was in contact or in interview) is one 32-bit word: at a national network's size an
 * événement costs one random memory access rather than four (one per array).
 */
export function createActivityTally(context: ComputeContext): YearSinks & { result(): ActivitySummary } {
  const { year } = context;
  const communeIndex = new Map(context.communes.map((commune, index) => [commune, index]));
  const natureIndex = new Map(NATURES.map((nature, index) => [nature, index]));
  const isEntretien = Uint8Array.from(NATURES, (nature) => (ENTRETIEN_NATURES.has(nature) ? 1 : 0));
  const themeIndex = new Map(THEMES.map((theme, index) => [theme, index]));
  const contacts = new Float64Array(NATURES.length);
  const cejContacts = new Float64Array(NATURES.length);
  const propositions = new Float64Array(THEMES.length);
  const contactsByCommune = new Float64Array(context.communes.length);
  const entretiensByCommune = new Float64Array(context.communes.length);
  let state: Int32Array | undefined;
  let cejIntervals: IntervalsByPerson | undefined;
  let summary: ActivitySummary | undefined;

  return {
    eventsReady(registers) {
      const words = new Int32Array(registers.youngPeople.length);
      registers.youngPeople.scan((youngPerson, index) => (words[index] = (communeIndex.get(youngPerson.commune) ?? -1) + 1));
      cejIntervals = cejIntervalsByYoungPerson(registers);
      for (let index = 0; index < words.length; index++) if (cejIntervals.has(index)) words[index]! |= HAS_CEJ;
      state = words;
    },
    event(event) {
      if (state === undefined) throw new Error('activity tally: événements before eventsReady()');
      if (event.status !== 'Réalisé' || !isInYear(event.date, year)) return;
      const nature = natureIndex.get(event.nature)!;
      const entretien = isEntretien[nature] === 1;
      contacts[nature]!++;
      const word = state[event.youngPerson]!;
      state[event.youngPerson] = word | (entretien ? IN_CONTACT | RECEIVED_IN_INTERVIEW : IN_CONTACT);
      const commune = (word & COMMUNE_BITS) - 1;
      if (commune >= 0) {
        contactsByCommune[commune]!++;
        if (entretien) entretiensByCommune[commune]!++;
      }
      if ((word & HAS_CEJ) !== 0 && cejIntervals!.contains(event.youngPerson, event.date)) cejContacts[nature]!++;
    },
    proposition(proposition) {
      if (isInYear(proposition.date, year)) propositions[themeIndex.get(proposition.theme)!]!++;
    },
    result() {
      if (summary) return summary;
      const words = state ?? new Int32Array(0);
      summary = {
        contactsByNature: countsByLabel(NATURES, contacts),
        inContact: flags(words, IN_CONTACT),
        receivedInInterview: flags(words, RECEIVED_IN_INTERVIEW),
        contactsByCommune: [...contactsByCommune],
        entretiensByCommune: [...entretiensByCommune],
        cejContactsByNature: countsByLabel(NATURES, cejContacts),
        propositionsByTheme: countsByLabel(THEMES, propositions),
      };
      return summary;
    },
  };
}
