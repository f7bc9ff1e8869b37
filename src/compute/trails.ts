import { isInYear } from '../contract/dates.js';
import type { Situation } from '../contract/schemas.js';
import type { Registers } from '../load/registers.js';
import type { ActivitySummary } from './activity.js';
import type { ComputeContext } from './shared.js';

/**
 * The rule behind a figure, applied step by step, for `alpes-report explain`: the register it
 * starts from, each filter with the rows it kept, and the indexes of the rows that make the
 * figure. Each trail repeats its indicator's definition (src/compute/public.ts, pathways.ts);
 * tests/explain checks that its row count is the value metrics.json holds, for every key it covers.
 */
export interface TrailStep {
  /** French: « dont le premier accueil est en 2024 ». */
  label: string;
  kept: number;
}

export interface Trail {
  file: 'jeunes' | 'situations';
  /** Rows of the register before any filter. */
  rows: number;
  steps: TrailStep[];
  /** Register indexes of the contributing rows, ascending. */
  indexes: number[];
}

export interface TrailInput {
  registers: Registers;
  activity: ActivitySummary;
  context: ComputeContext;
}

interface Filter<T> {
  label: string;
  keep: (row: Readonly<T>, index: number) => boolean;
}

/** Applies the filters in order in one pass, counting the rows each one keeps. */
function narrow<T>(table: { length: number; scan(callback: (row: Readonly<T>, index: number) => void): void }, filters: readonly Filter<T>[]): Omit<Trail, 'file'> {
  const kept = filters.map(() => 0);
  const indexes: number[] = [];
  table.scan((row, index) => {
    for (let step = 0; step < filters.length; step++) {
      if (!filters[step]!.keep(row, index)) return;
      kept[step]!++;
    }
    indexes.push(index);
  });
  return { rows: table.length, steps: filters.map((filter, step) => ({ label: filter.label, kept: kept[step]! })), indexes };
}

type YoungPersonFilter = Filter<Parameters<Parameters<Registers['youngPeople']['scan']>[0]>[0]>;

const firstArrival = ({ context }: TrailInput): YoungPersonFilter => ({
  label: `dont le premier accueil est en ${context.year}`,
  keep: (youngPerson) => isInYear(youngPerson.firstArrival, context.year),
});
const withQpv: YoungPersonFilter = { label: 'dont la colonne QPV est renseignée', keep: (youngPerson) => youngPerson.qpv !== undefined };
const inCommune = (commune: string): YoungPersonFilter => ({ label: `dont la commune est ${commune}`, keep: (youngPerson) => youngPerson.commune === commune });
const inTerritory = ({ context }: TrailInput): YoungPersonFilter => ({ label: 'dont la commune est du territoire', keep: (youngPerson) => context.communes.includes(youngPerson.commune) });
const inContact = ({ activity, context }: TrailInput): YoungPersonFilter => ({
  label: `ayant au moins un événement réalisé en ${context.year} (imilo/evenements.csv)`,
  keep: (_, index) => activity.inContact[index] === 1,
});
const receivedInInterview = ({ activity, context }: TrailInput): YoungPersonFilter => ({
  label: `reçus en entretien en ${context.year} (entretien individuel, atelier ou information collective réalisé, imilo/evenements.csv)`,
  keep: (_, index) => activity.receivedInInterview[index] === 1,
});

const youngPeople = (input: TrailInput, filters: YoungPersonFilter[]): Trail => ({ file: 'jeunes', ...narrow(input.registers.youngPeople, filters) });

type SituationFilter = Filter<Parameters<Parameters<Registers['situations']['scan']>[0]>[0]>;

function situations(input: TrailInput, types: readonly Situation['type'][], commune?: string): Trail {
  const { registers, context } = input;
  const filters: SituationFilter[] = [
    { label: `de type ${types.join(' ou ')}`, keep: (situation) => types.includes(situation.type) },
    { label: `commençant en ${context.year}`, keep: (situation) => isInYear(situation.start, context.year) },
  ];
  if (commune !== undefined) filters.push({ label: `dont le jeune habite ${commune}`, keep: (situation) => registers.youngPeople.field(situation.youngPerson, 'commune') === commune });
  return { file: 'situations', ...narrow(registers.situations, filters) };
}

/**
 * Trails by catalogue key (src/contract/figures.ts); `parts` are the key's `[*]` and `*`
 * values (the commune of a commune-table row). Keys without a trail are explained by their
 * value and definition only.
 */
export const TRAILS: Readonly<Record<string, (input: TrailInput, parts: readonly string[]) => Trail>> = {
  'public.newArrivals.total': (input) => youngPeople(input, [firstArrival(input)]),
  'public.newArrivals.qpv': (input) => youngPeople(input, [firstArrival(input), withQpv]),
  'public.newArrivals.byCommune.rows[*].newArrivals': (input, [commune]) => youngPeople(input, [firstArrival(input), inCommune(commune!)]),
  'public.newArrivals.byCommune.rows[*].qpv': (input, [commune]) => youngPeople(input, [firstArrival(input), inCommune(commune!), withQpv]),
  'public.newArrivals.byCommune.total.newArrivals': (input) => youngPeople(input, [firstArrival(input), inTerritory(input)]),
  'public.newArrivals.byCommune.total.qpv': (input) => youngPeople(input, [firstArrival(input), inTerritory(input), withQpv]),
  'public.accompanied.inContact': (input) => youngPeople(input, [inContact(input)]),
  'public.accompanied.receivedInInterview': (input) => youngPeople(input, [receivedInInterview(input)]),
  'public.accompanied.byCommune.rows[*].inContact': (input, [commune]) => youngPeople(input, [inContact(input), inCommune(commune!)]),
  'public.accompanied.byCommune.rows[*].receivedInInterview': (input, [commune]) => youngPeople(input, [receivedInInterview(input), inCommune(commune!)]),
  'public.accompanied.byCommune.total.inContact': (input) => youngPeople(input, [inContact(input), inTerritory(input)]),
  'public.accompanied.byCommune.total.receivedInInterview': (input) => youngPeople(input, [receivedInInterview(input), inTerritory(input)]),
  'immersion.immersions.total': (input) => situations(input, ['Immersion']),
  'immersion.immersions.byCommune.rows[*].count': (input, [commune]) => situations(input, ['Immersion'], commune),
  'training.training.situations': (input) => situations(input, ['Formation']),
  'training.training.byCommune.rows[*].count': (input, [commune]) => situations(input, ['Formation'], commune),
  'employment.situations': (input) => situations(input, ['Emploi', 'Alternance']),
  'employment.byCommune.rows[*].count': (input, [commune]) => situations(input, ['Emploi', 'Alternance'], commune),
  'alternance.contracts': (input) => situations(input, ['Alternance']),
  'alternance.byCommune.rows[*].count': (input, [commune]) => situations(input, ['Alternance'], commune),
};
