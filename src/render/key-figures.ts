import { formatInteger, formatSignedHundredthsPercent } from './format.js';
import type { Comparisons, Evolution, MdeIndicators, MissionLocaleIndicators, PlieComparisons, PlieIndicators } from '../contract/metrics-schema.js';

/**
 * The headline figures of an activity, as the cover band and the "Chiffres clés" pages print
 * them: the figure, its label and, when Y-1 is known and was not 0, its change. A figure the
 * data do not hold (its file absent: null) stays in the list with a null value and prints as
 * missing, never as 0; the cover band leaves it out.
 */
export interface KeyFigure {
  /** "1 959", or null when the data do not hold the figure. */
  value: string | null;
  label: string;
  /** "+7,61 % par rapport à 2023 (631)", or null without a comparable Y-1. */
  change: string | null;
  /** The figure and its Y-1 as numbers, for the Y-1 / Y chart; previous is null without Y-1. */
  current: number | null;
  previous: number | null;
}

function keyFigure(value: number | null, label: string, evolution: Evolution | null): KeyFigure {
  const change =
    value === null || evolution === null || evolution.percentHundredths === null
      ? null
      : `${formatSignedHundredthsPercent(evolution.percentHundredths)} par rapport à ${evolution.previousYear} (${formatInteger(evolution.previous)})`;
  return { value: value === null ? null : formatInteger(value), label, change, current: value, previous: value === null ? null : (evolution?.previous ?? null) };
}

function held(figures: KeyFigure[]): KeyFigure[] {
  return figures.filter((figure) => figure.value !== null);
}

/** The cover's band: arrivals, young people in contact, accompanied, contacts. */
export function coverFigures(indicators: MissionLocaleIndicators, comparisons: Comparisons | null): KeyFigure[] {
  const { newArrivals, accompanied, contacts } = indicators.public;
  return held([
    keyFigure(newArrivals.total, 'nouvelles inscriptions', comparisons?.newArrivals ?? null),
    keyFigure(accompanied.inContact, 'jeunes en contact', null),
    keyFigure(accompanied.receivedInInterview, 'jeunes accompagnés', comparisons?.accompanied ?? null),
    keyFigure(contacts.total, 'contacts', null),
  ]);
}

/** The Mission Locale's "Chiffres clés" page: the cover's figures, then interviews, propositions, training and employment. */
export function missionLocaleKeyFigures(indicators: MissionLocaleIndicators, comparisons: Comparisons | null): KeyFigure[] {
  return [
    ...coverFigures(indicators, comparisons),
    keyFigure(indicators.public.contacts.entretiens, 'entretiens', comparisons?.entretiens ?? null),
    keyFigure(indicators.public.propositions?.total ?? null, 'propositions', null),
    keyFigure(indicators.training.training?.jeunes ?? null, 'jeunes entrés en formation', comparisons?.trainingJeunes ?? null),
    keyFigure(indicators.employment?.situations ?? null, 'situations emploi', comparisons?.employmentSituations ?? null),
  ];
}

/** The PLIE's "Chiffres clés": participants, new entries (with Y-1 when the previous year has a PLIE), steps, exits. */
export function plieKeyFigures(plie: PlieIndicators, comparisons: PlieComparisons | null): KeyFigure[] {
  return [
    keyFigure(plie.participants?.total ?? null, 'participants en parcours', null),
    keyFigure(plie.newEntries?.total ?? null, 'nouvelles entrées', comparisons?.newEntries ?? null),
    keyFigure(plie.steps?.mobilised ?? null, 'étapes de parcours mobilisées', null),
    keyFigure(plie.exits?.total ?? null, 'sorties du dispositif', null),
    keyFigure(plie.exits?.positive ?? null, 'sorties positives (emploi ou formation)', null),
    keyFigure(plie.programme.training.participants, 'participants aux formations et prestations', null),
  ];
}

/**
 * The Maison de l'Emploi's "Chiffres clés": one figure per log. Y-1's mde/ is not read, so
 * these carry no change; a log that is absent leaves its figure missing.
 */
export function mdeKeyFigures(mde: MdeIndicators): KeyFigure[] {
  const hours = mde.insertionClause === null ? null : Math.round(mde.insertionClause.hours);
  return [
    keyFigure(mde.businessCreation.holders?.welcomed ?? null, 'porteurs de projet accueillis', null),
    keyFigure(mde.businessCreation.holders?.companiesCreated ?? null, 'entreprises créées sur le territoire', null),
    keyFigure(mde.employerRelations.employersMet, 'employeurs rencontrés', null),
    keyFigure(mde.employerRelations.offers?.published ?? null, 'offres d’emploi publiées', null),
    keyFigure(hours, 'heures d’insertion (clause sociale)', null),
    keyFigure(mde.cyberBase?.uses ?? null, 'usages de la Cyber-base Emploi', null),
    keyFigure(mde.siae?.people ?? null, 'personnes placées en SIAE', null),
  ];
}
