import type { MissionLocaleIndicators } from './metrics.js';
import { change } from './shared.js';

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
}

function evolution(previousYear: number, previous: number, current: number): Evolution {
  return { previousYear, previous, current, percent: change(current, previous) };
}

export function compareYears(current: MissionLocaleIndicators, previous: MissionLocaleIndicators, previousYear: number): Comparisons {
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
  };
}
