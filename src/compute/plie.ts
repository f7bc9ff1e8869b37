import type { ManualKey } from '../contract/manual-keys.js';
import { ageOn, isInYear, overlapsYear, partsOf, type Day } from '../contract/dates.js';
import type { PlieRegisters } from '../load/load-plie.js';
import {
  PLIE_EXIT_REASONS,
  PLIE_LEGITIMATE_EXITS,
  PLIE_POSITIVE_EXITS,
  PLIE_STEP_TYPES,
  type PlieExitReason,
  type PlieParticipant,
  type PlieStepType,
} from '../contract/plie-schemas.js';
import { communeTable, countSexes, isBelowBac, rankedLabels, share, sum, zeroes, type ComputeContext } from './shared.js';
import type { PlieExits, PlieIndicators, PliePathLength, PliePopulation, PlieProgramme, PlieSteps } from '../contract/metrics-schema.js';
import { type Share } from '../contract/metrics-schema.js';

/**
 * The PLIE pages of the ALPES report (seed 000, 2023): participants en parcours and nouvelles
 * entrées, étapes de parcours, sorties and their rates, durée des parcours. Pure functions of
 * the PLIE registers; definitions in docs/plie.md (glossary §3). The figures in the comments
 * are seed 000's, which the definitions reproduce.
 */
export interface PlieContext extends ComputeContext {
  /** The PLIE's target positive-exit rate, in percent (configuration; 50 in seed 000). */
  targetPositiveRate: number;
}

/** Age from which a participant is a "sénior" (seed 000: « DE Séniors (+ 50 ans) »). */
export const SENIOR_AGE = 50;

// ---------------------------------------------------------------- populations

function isSenior(participant: PlieParticipant): boolean {
  return ageOn(participant.birthDate, participant.entry) >= SENIOR_AGE;
}

export function describePopulation(people: readonly PlieParticipant[], context: ComputeContext): PliePopulation {
  const sex = countSexes(people.map((participant) => participant.sex));
  const table = communeTable(context.communes, ['count'] as const);
  for (const participant of people) table.add(participant.commune, 'count');
  const count = (test: (participant: PlieParticipant) => boolean) => share(people.filter(test).length, people.length);
  return {
    total: people.length,
    sex,
    women: share(sex.F, sex.total),
    men: share(sex.H, sex.total),
    seniors: count(isSenior),
    seniorCriterion: count((participant) => participant.publics.includes('Senior')),
    rsa: count((participant) => participant.publics.includes('RSA')),
    upToCap: count((participant) => isBelowBac(participant.qualification.band)),
    byCommune: table.table(),
  };
}

/** Participants en parcours in Y: entry ≤ 31/12/Y and (no exit or exit ≥ 01/01/Y) → 383. */
export function participantsInPath(registers: PlieRegisters, year: number): PlieParticipant[] {
  return registers.participants.filter((participant) => overlapsYear({ start: participant.entry, end: participant.exit }, year));
}

/** Nouvelles entrées in Y: `Date d'entrée` in Y → 134. */
export function newEntrants(registers: PlieRegisters, year: number): PlieParticipant[] {
  return registers.participants.filter((participant) => isInYear(participant.entry, year));
}

// ---------------------------------------------------------------- étapes

export function computePlieSteps(registers: PlieRegisters, year: number): PlieSteps {
  const mobilised = registers.etapes.filter((etape) => overlapsYear(etape, year));
  const byType = zeroes(PLIE_STEP_TYPES);
  let started = 0;
  for (const etape of mobilised) {
    byType[etape.type]++;
    if (isInYear(etape.start, year)) started++;
  }
  return {
    mobilised: mobilised.length,
    participants: new Set(mobilised.map((etape) => etape.participant)).size,
    startedInYear: share(started, mobilised.length),
    byType: Object.fromEntries(PLIE_STEP_TYPES.map((type) => [type, share(byType[type], mobilised.length)])) as Record<PlieStepType, Share>,
  };
}

// ---------------------------------------------------------------- sorties

/** Participants who exited in Y. Validation guarantees a `Motif de sortie` with every exit date. */
function exitsIn(registers: PlieRegisters, year: number): (PlieParticipant & { exit: Day; exitReason: PlieExitReason })[] {
  return registers.participants.filter(
    (participant): participant is PlieParticipant & { exit: Day; exitReason: PlieExitReason } =>
      participant.exit !== undefined && participant.exitReason !== undefined && isInYear(participant.exit, year),
  );
}

export function computePlieExits(registers: PlieRegisters, context: PlieContext): PlieExits {
  const exits = exitsIn(registers, context.year);
  const byReason = zeroes(PLIE_EXIT_REASONS);
  for (const participant of exits) byReason[participant.exitReason]++;
  const positives = exits.filter((participant) => PLIE_POSITIVE_EXITS.has(participant.exitReason));
  const legitimate = sum(PLIE_EXIT_REASONS.filter((reason) => PLIE_LEGITIMATE_EXITS.has(reason)).map((reason) => byReason[reason]));
  const total = exits.length;

  const employment = exits.filter((participant) => participant.exitReason === 'Emploi');
  const sectors = rankedLabels(employment.flatMap((participant) => (participant.sector === undefined ? [] : [participant.sector]))).slice(0, 5);
  const communes = communeTable(context.communes, ['count'] as const);
  for (const participant of positives) communes.add(participant.commune, 'count');

  return {
    total,
    positive: positives.length,
    others: total - positives.length,
    legitimate,
    byReason,
    rate: share(positives.length, total),
    adjustedRate: share(positives.length, total - legitimate),
    target: context.targetPositiveRate,
    targetMet: total === 0 ? null : positives.length * 100 >= context.targetPositiveRate * total,
    positiveRsa: share(positives.filter((participant) => participant.publics.includes('RSA')).length, positives.length),
    positiveUpToCap: share(positives.filter((participant) => isBelowBac(participant.qualification.band)).length, positives.length),
    employmentSectors: {
      top: sectors.map(({ label, count }) => ({ label, share: share(count, employment.length) })),
      covered: share(sum(sectors.map(({ count }) => count)), employment.length),
      withoutSector: employment.filter((participant) => participant.sector === undefined).length,
    },
    positiveByCommune: communes.table(),
  };
}

// ---------------------------------------------------------------- durée des parcours

/**
 * Completed calendar months from `start` to `end`, like an age in years: 15/01/2021 ->
 * 14/01/2024 is 35 months, 15/01/2021 -> 15/01/2024 is 36.
 */
export function completedMonths(start: Day, end: Day): number {
  const a = partsOf(start);
  const b = partsOf(end);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

export function computePliePathLength(registers: PlieRegisters, year: number): PliePathLength {
  const exits = exitsIn(registers, year);
  const n = exits.length;
  if (n === 0) return { participants: 0, meanMonths: null };
  const months = sum(exits.map((participant) => completedMonths(participant.entry, participant.exit)));
  // Half-up on the exact mean, in integers (months ≥ 0: validation rejects an exit before the entry).
  return { participants: n, meanMonths: Math.floor((2 * months + n) / (2 * n)) };
}

// ---------------------------------------------------------------- the section

/** Sum of the known parts; null when none is known. */
function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : sum(known);
}

export function computePlieProgramme(manual: ReadonlyMap<ManualKey, number>): PlieProgramme {
  const figure = (key: ManualKey) => manual.get(key) ?? null;
  const licence = { obtained: figure('plie.permis.obtenus'), inProgress: figure('plie.permis.en_cours'), failed: figure('plie.permis.non_obtenus') };
  const licenceTotal = sumKnown([licence.obtained, licence.inProgress, licence.failed]);
  const validatedTraining = figure('plie.formations.validees');
  return {
    socialSupport: {
      collectiveActions: figure('plie.accompagnement_social.actions'),
      participants: figure('plie.accompagnement_social.participants'),
      hours: figure('plie.accompagnement_social.heures'),
    },
    training: {
      agreements: figure('plie.formations.conventions'),
      providers: figure('plie.formations.organismes'),
      participants: sumKnown([validatedTraining, licenceTotal]),
      validatedTraining,
      drivingLicence: { total: licenceTotal, ...licence },
    },
  };
}

/** @param manual manuel.csv of the year (the PLIE's programme figures live there). */
export function computePlie(registers: PlieRegisters, context: PlieContext, manual: ReadonlyMap<ManualKey, number> = new Map()): PlieIndicators {
  const programme = computePlieProgramme(manual);
  // A header-only participants.csv (étapes then can only be empty too) or etapes.csv: its parts
  // are null (« Données non fournies »), never zeros.
  if (!hasRows(registers, 'participants.csv')) {
    return { participants: null, newEntries: null, newEntriesShare: null, steps: null, exits: null, pathLength: null, programme };
  }
  const participants = describePopulation(participantsInPath(registers, context.year), context);
  const newEntries = describePopulation(newEntrants(registers, context.year), context);
  return {
    participants,
    newEntries,
    newEntriesShare: share(newEntries.total, participants.total),
    steps: hasRows(registers, 'etapes.csv') ? computePlieSteps(registers, context.year) : null,
    exits: computePlieExits(registers, context),
    pathLength: computePliePathLength(registers, context.year),
    programme,
  };
}

/** Whether the year's plie/`file` held data rows (`inputs` is keyed `2023/plie/etapes.csv`). */
function hasRows(registers: PlieRegisters, file: string): boolean {
  return !Object.entries(registers.inputs).some(([input, summary]) => input.endsWith(`/plie/${file}`) && summary.rows === 0);
}
