import { change, changeHundredths } from './shared.js';
import type { Comparisons, Evolution, PlieComparisons, PreviousShare } from '../contract/metrics-schema.js';
import { type MissionLocaleIndicators, type PlieIndicators } from '../contract/metrics-schema.js';

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
  const both = <T>(before: T | null, now: T | null, read: (part: T) => number): Evolution | null =>
    before === null || now === null ? null : evolution(previousYear, read(before), read(now));
  return {
    previousYear,
    newArrivals: evolution(previousYear, previous.public.newArrivals.total, current.public.newArrivals.total),
    newArrivalsBelowBac: was(previous.public.newArrivals.belowBac.percent),
    newArrivalsWomen: was(previous.public.newArrivals.women.percent),
    newArrivalsAged16to17: was(previous.public.newArrivals.aged16to17.percent),
    accompanied: evolution(previousYear, previous.public.accompanied.receivedInInterview, current.public.accompanied.receivedInInterview),
    accompaniedBelowBac: was(previous.public.accompanied.belowBac.percent),
    entretiens: evolution(previousYear, previous.public.contacts.entretiens, current.public.contacts.entretiens),
    // A year whose situations.csv held no data row has no such figure to compare: null, not -100 %.
    immersionWomen: previous.immersion.immersions && current.immersion.immersions ? was(previous.immersion.immersions.women.percent) : null,
    trainingJeunes: both(previous.training.training, current.training.training, (training) => training.jeunes),
    employmentSituations: both(previous.employment, current.employment, (employment) => employment.situations),
    temporaryWork: both(previous.employment, current.employment, (employment) => employment.byType['Intérim / Saisonnier']),
    permanentContracts: both(previous.employment, current.employment, (employment) => employment.byType.CDI),
  };
}

// ---------------------------------------------------------------- PLIE

export function comparePlie(current: PlieIndicators, previous: PlieIndicators, previousYear: number): PlieComparisons | null {
  const was = (percent: number | null): PreviousShare => ({ previousYear, percent });
  // A year whose plie/ files held no row has nothing to compare with.
  if (!current.newEntries || !previous.newEntries || !previous.newEntriesShare || !previous.steps || !previous.exits || !previous.pathLength) return null;
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
