import type { MissionLocaleIndicators } from './metrics.js';
import type { PlieIndicators } from './plie.js';
import { change, changeHundredths } from './shared.js';

/**
 * The year-on-year figures the report prints, from this year's and the previous year's
 * indicators. Without a previous year there is no comparison at all (never a made-up one).
 */
export interface Evolution {
  previousYear: number;
  previous: number;
  current: number;
  /** Rounded change in % (half away from zero); null when the previous value is 0. */
  percent: number | null;
  /**
   * The same change in hundredths of a percent (761 = +7,61 %), rounded half away from zero on
   * the exact ratio; null when the previous value is 0. Seed 000 prints new arrivals this way.
   */
  percentHundredths: number | null;
}

export interface PreviousShare {
  previousYear: number;
  percent: number | null;
}

export interface Comparisons {
  previousYear: number;
  newArrivals: Evolution;
  newArrivalsBelowBac: PreviousShare;
  newArrivalsWomen: PreviousShare;
  newArrivalsAged16to17: PreviousShare;
  accompanied: Evolution;
  accompaniedBelowBac: PreviousShare;
  entretiens: Evolution;
  immersionWomen: PreviousShare;
  trainingJeunes: Evolution;
  employmentSituations: Evolution;
  /** The "Intérim / Saisonnier" row. */
  temporaryWork: Evolution;
  /** The "CDI (dont CIE en CDI)" row: « Le nombre de Contrats à Durée Indéterminée a progressé de 10 % » (seed 000). */
  permanentContracts: Evolution;
}

export function evolution(previousYear: number, previous: number, current: number): Evolution {
  return { previousYear, previous, current, percent: change(current, previous), percentHundredths: changeHundredths(current, previous) };
}

/**
 * What compareYears reads of Y-1: its indicators without the propositions (no comparison uses
 * them, so a build of Y does not read Y-1's propositions.csv, a big file).
 */
export type PreviousIndicators = Omit<MissionLocaleIndicators, 'public'> & { public: Omit<MissionLocaleIndicators['public'], 'propositions'> };

export function compareYears(current: MissionLocaleIndicators, previous: PreviousIndicators, previousYear: number): Comparisons {
  const was = (percent: number | null): PreviousShare => ({ previousYear, percent });
  return {
    previousYear,
    newArrivals: evolution(previousYear, previous.public.newArrivals.total, current.public.newArrivals.total),
    newArrivalsBelowBac: was(previous.public.newArrivals.belowBac.percent),
    newArrivalsWomen: was(previous.public.newArrivals.women.percent),
    newArrivalsAged16to17: was(previous.public.newArrivals.aged16to17.percent),
    accompanied: evolution(previousYear, previous.public.accompanied.receivedInInterview, current.public.accompanied.receivedInInterview),
    accompaniedBelowBac: was(previous.public.accompanied.belowBac.percent),
    entretiens: evolution(previousYear, previous.public.contacts.entretiens, current.public.contacts.entretiens),
    immersionWomen: was(previous.immersion.immersions.women.percent),
    trainingJeunes: evolution(previousYear, previous.training.training.jeunes, current.training.training.jeunes),
    employmentSituations: evolution(previousYear, previous.employment.situations, current.employment.situations),
    temporaryWork: evolution(previousYear, previous.employment.byType['Intérim / Saisonnier'], current.employment.byType['Intérim / Saisonnier']),
    permanentContracts: evolution(previousYear, previous.employment.byType.CDI, current.employment.byType.CDI),
  };
}

// ---------------------------------------------------------------- PLIE

/** The previous year's mean path length: « 34 mois (31 mois en 2022) ». */
export interface PreviousMonths {
  previousYear: number;
  /** Null when nobody exited the PLIE in Y-1. */
  months: number | null;
}

/**
 * The PLIE figures of Y-1 that seed 000 prints next to Y's, computed by the same indicator
 * code on Y-1's `plie/` files. Only Y-1: a figure of Y-2 (seed 000's « / 49 % en 2021 ») would
 * need Y-2's data, which the input contract does not read (docs/plie.md).
 */
export interface PlieComparisons {
  previousYear: number;
  /** « Une hausse des nouvelles entrées (93 en 2022) ». */
  newEntries: Evolution;
  /** Women among the new entrants: « Une hausse du public féminin (55 % en 2022) ». */
  newEntriesWomen: PreviousShare;
  /** « Les nouvelles entrées représentent 35 % du nombre total des participants en parcours (20 % en 2022) ». */
  newEntriesShare: PreviousShare;
  /** « Les contrats IAE représentent 14 % des étapes de parcours (10 % en 2022) ». */
  iaeSteps: PreviousShare;
  /** « Les actions de remobilisation (prestations) représentent 36 % des étapes de parcours (28 % en 2022) ». */
  prestationSteps: PreviousShare;
  /** Over the positive exits: « Les niveaux ≤ CAP représentent 73 % (55 % en 2022) ». */
  positiveUpToCap: PreviousShare;
  /** Over the positive exits: « Les allocataires du RSA représentent 64 % (78 % en 2022) ». */
  positiveRsa: PreviousShare;
  /** « La durée moyenne des parcours est de 34 mois (31 mois en 2022) ». */
  meanPathMonths: PreviousMonths;
}

export function comparePlie(current: PlieIndicators, previous: PlieIndicators, previousYear: number): PlieComparisons {
  const was = (percent: number | null): PreviousShare => ({ previousYear, percent });
  return {
    previousYear,
    newEntries: evolution(previousYear, previous.newEntries.total, current.newEntries.total),
    newEntriesWomen: was(previous.newEntries.women.percent),
    newEntriesShare: was(previous.newEntriesShare.percent),
    iaeSteps: was(previous.steps.byType["Emploi d'insertion (IAE)"].percent),
    prestationSteps: was(previous.steps.byType.Prestation.percent),
    positiveUpToCap: was(previous.exits.positiveUpToCap.percent),
    positiveRsa: was(previous.exits.positiveRsa.percent),
    meanPathMonths: { previousYear, months: previous.pathLength.meanMonths },
  };
}
