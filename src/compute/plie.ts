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
import {
  communeTable,
  countSexes,
  isBelowBac,
  rankedLabels,
  share,
  sum,
  zeroes,
  type CommuneTable,
  type ComputeContext,
  type SexCounts,
  type Share,
} from './shared.js';

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

/** A group of participants described as the seed's « Les participants » page does. */
export interface PliePopulation {
  /** 383 participants en parcours; 134 nouvelles entrées. */
  total: number;
  /** 177 H / 206 F en parcours; 54 H / 80 F entrées. */
  sex: SexCounts;
  /** 54 % (206/383); 60 % (80/134). */
  women: Share;
  /** 46 % (177/383); 40 % (54/134). */
  men: Share;
  /**
   * « sont des séniors » (28 % en parcours, 16 % des entrées): aged 50 or more on their
   * `Date d'entrée`. **Choice**: the age, not the `Senior` criterion (glossary §3, §8.4), so the
   * share does not depend on how the criterion was filled in; see `seniorCriterion`.
   */
  seniors: Share;
  /** `Public` includes `Senior`: the entry criterion, exposed next to the age-based share. */
  seniorCriterion: Share;
  /** `Public` includes `RSA` (77 % en parcours, 92 % des entrées; a PLIE entry criterion). */
  rsa: Share;
  /** Niveau ≤ CAP = BEP/CAP + Aucun diplôme (69 % en parcours, 66 % des entrées). */
  upToCap: Share;
  /** Every commune of the territory, in report order (383 = 82 + 87 + 0 + 80 + …). */
  byCommune: CommuneTable<'count'>;
}

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

export interface PlieSteps {
  /** Étapes overlapping Y: « 478 étapes mobilisées pour 383 participants ». */
  mobilised: number;
  /** Distinct participants holding them (the seed prints the participants en parcours instead). */
  participants: number;
  /** Of which started in Y: « 70 % des étapes démarrées en 2023 ». */
  startedInYear: Share;
  /**
   * Each type as a share of the mobilised étapes; the types are disjoint and the shares add up
   * to 100 % before rounding: « Les contrats IAE représentent 14 % des étapes », « Les actions
   * de remobilisation (prestations) représentent 36 % ». **Choice** (glossary §8.4): the seed's
   * « 44 % Parcours Emploi » is read as the `Emploi` type alone.
   */
  byType: Record<PlieStepType, Share>;
}

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

export interface PlieExits {
  /** Participants whose `Date de sortie` is in Y: 168. */
  total: number;
  /** « Positives » = Emploi + Formation: 86 (= 67 + 19). */
  positive: number;
  /** « Autres » = légitimes + Réorientation + Rupture: 82. */
  others: number;
  /** Légitimes = Santé + Emploi probable sans justificatif + Déménagement + Retraite: 23 (8 + 8 + 4 + 3). */
  legitimate: number;
  /** Every reason, in vocabulary order (67 Emploi, 8 Santé…). */
  byReason: Record<PlieExitReason, number>;
  /** Taux de sorties positives = positive / total: 86/168 = 51 %. Percent null without exits. */
  rate: Share;
  /**
   * Taux ajusté (hors sorties légitimes) = positive / (total − legitimate): 86/145 = 59 %.
   * Percent null when every exit is légitime (or there is none), never 0 %.
   */
  adjustedRate: Share;
  /** The configured target, in percent (50). */
  target: number;
  /** Raw rate ≥ target, on the exact ratio (not the rounded percent); null without exits. */
  targetMet: boolean | null;
  /** Positive exits with the RSA criterion: « Les allocataires du RSA représentent 64 % ». */
  positiveRsa: Share;
  /** Positive exits with a niveau ≤ CAP: « Les niveaux ≤ CAP représentent 73 % ». */
  positiveUpToCap: Share;
  /**
   * Emploi exits by `Secteur`: the five most frequent sectors, each as a share of the Emploi
   * exits, and the share they cover together: « 85 % des 67 sorties Emploi sont répartis sur
   * 5 secteurs » (16 + 15 + 9 + 9 + 8 = 57; 57/67). Spellings differing only by case or accents
   * are grouped; ties are alphabetical. Emploi exits without a sector stay in the denominator.
   */
  employmentSectors: {
    top: { label: string; share: Share }[];
    covered: Share;
    withoutSector: number;
  };
  /** Positive exits by commune (86 = 19 + 19 + 17 + …; every commune listed, Lompret 0 included). */
  positiveByCommune: CommuneTable<'count'>;
}

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

export interface PliePathLength {
  /** Participants whose path ended in Y (the exits). */
  participants: number;
  /**
   * « La durée moyenne des parcours est de 34 mois »: mean, over the participants exiting in
   * Y, of the completed months between `Date d'entrée` and `Date de sortie`, rounded half-up to
   * a whole month. **Choice** (glossary §8.4: the seed does not say over whom): finished paths
   * only, so the figure does not shrink with every new entrant. Null when nobody exited.
   */
  meanMonths: number | null;
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

/**
 * « Accompagnement Social » and « Formations / Prestations » (seed 000): actions run by
 * operators whose figures no export holds, so they come from manuel.csv (null when absent,
 * never 0). Totals are sums of the parts, so the page cannot contradict itself.
 */
export interface PlieProgramme {
  socialSupport: { collectiveActions: number | null; participants: number | null; hours: number | null };
  training: {
    agreements: number | null;
    providers: number | null;
    /** validatedTraining + drivingLicence.total; null when both are unknown. */
    participants: number | null;
    validatedTraining: number | null;
    drivingLicence: { total: number | null; obtained: number | null; inProgress: number | null; failed: number | null };
  };
}

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

export interface PlieIndicators {
  /** Participants en parcours in Y (383). */
  participants: PliePopulation;
  /** Nouvelles entrées in Y (134). */
  newEntries: PliePopulation;
  /** « Les nouvelles entrées représentent 35 % du nombre total des participants en parcours » (134/383). */
  newEntriesShare: Share;
  steps: PlieSteps;
  exits: PlieExits;
  pathLength: PliePathLength;
  programme: PlieProgramme;
}

/** @param manual manuel.csv of the year (the PLIE's programme figures live there). */
export function computePlie(registers: PlieRegisters, context: PlieContext, manual: ReadonlyMap<ManualKey, number> = new Map()): PlieIndicators {
  const participants = describePopulation(participantsInPath(registers, context.year), context);
  const newEntries = describePopulation(newEntrants(registers, context.year), context);
  return {
    participants,
    newEntries,
    newEntriesShare: share(newEntries.total, participants.total),
    steps: computePlieSteps(registers, context.year),
    exits: computePlieExits(registers, context),
    pathLength: computePliePathLength(registers, context.year),
    programme: computePlieProgramme(manual),
  };
}
