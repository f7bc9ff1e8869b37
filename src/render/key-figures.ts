import { formatInteger, formatSignedHundredthsPercent } from './format.js';
import type { Comparisons, Evolution, MissionLocaleIndicators } from '../contract/metrics-schema.js';

/**
 * The Mission Locale's headline figures, as the cover band and the "Chiffres clés" page print
 * them: the figure, its label and, when Y-1 is known and was not 0, its change. Every figure here
 * is a count the data hold; one they do not (no propositions file: null) is left out, never printed as 0.
 */
export interface KeyFigure {
  value: string;
  label: string;
  /** "+7,61 % par rapport à 2023 (631)", or null without a comparable Y-1. */
  change: string | null;
}

function keyFigure(value: number | null, label: string, evolution: Evolution | null): KeyFigure | null {
  if (value === null) return null;
  const change =
    evolution === null || evolution.percentHundredths === null
      ? null
      : `${formatSignedHundredthsPercent(evolution.percentHundredths)} par rapport à ${evolution.previousYear} (${formatInteger(evolution.previous)})`;
  return { value: formatInteger(value), label, change };
}

function present(figures: (KeyFigure | null)[]): KeyFigure[] {
  return figures.filter((figure): figure is KeyFigure => figure !== null);
}

/** The cover's band: arrivals, young people in contact, accompanied, contacts. */
export function coverFigures(indicators: MissionLocaleIndicators, comparisons: Comparisons | null): KeyFigure[] {
  const { newArrivals, accompanied, contacts } = indicators.public;
  return present([
    keyFigure(newArrivals.total, 'nouvelles inscriptions', comparisons?.newArrivals ?? null),
    keyFigure(accompanied.inContact, 'jeunes en contact', null),
    keyFigure(accompanied.receivedInInterview, 'jeunes accompagnés', comparisons?.accompanied ?? null),
    keyFigure(contacts.total, 'contacts', null),
  ]);
}

/** The "Chiffres clés" page: the cover's figures, then interviews, propositions, training and employment. */
export function missionLocaleKeyFigures(indicators: MissionLocaleIndicators, comparisons: Comparisons | null): KeyFigure[] {
  return present([
    ...coverFigures(indicators, comparisons),
    keyFigure(indicators.public.contacts.entretiens, 'entretiens', comparisons?.entretiens ?? null),
    keyFigure(indicators.public.propositions?.total ?? null, 'propositions', null),
    keyFigure(indicators.training.training?.jeunes ?? null, 'jeunes entrés en formation', comparisons?.trainingJeunes ?? null),
    keyFigure(indicators.employment?.situations ?? null, 'situations emploi', comparisons?.employmentSituations ?? null),
  ]);
}
