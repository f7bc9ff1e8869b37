import type { Registers } from '../load/load-year.js';
import { actionGroup, actionsOfYear, type ActionGroup } from './actions.js';
import type { ActivitySummary } from './activity.js';
import { computeAids, type Aids } from './aids.js';
import {
  computeCitizenship,
  computeCivicServiceActions,
  computeMobilityWorkshops,
  type Citizenship,
  type CivicServiceActions,
  type MobilityWorkshops,
} from './engagement.js';
import { computeHealth, computeSchooling, type Health, type Schooling } from './health-and-schooling.js';
import { computeLabellisation, type Labellisation } from './labellisation.js';
import {
  computeAlternance,
  computeCivicService,
  computeDepartures,
  computeEmployment,
  computeImmersions,
  computeTraining,
  type Alternance,
  type CivicService,
  type Departures,
  type Employment,
  type Immersions,
  type Training,
} from './pathways.js';
import { computeCej, computeOtherProgrammes, type Cej, type OtherProgrammes } from './programmes.js';
import {
  computeAccompanied,
  computeContacts,
  computeNewArrivals,
  computePropositions,
  type Accompanied,
  type Contacts,
  type NewArrivals,
  type Propositions,
} from './public.js';
import type { ComputeContext } from './shared.js';

/**
 * Every indicator of the Mission Locale report for one year, grouped by report section.
 * This object is what `metrics.json` holds under `indicators` and what templates render.
 */
export interface MissionLocaleIndicators {
  /** `propositions` is null when propositions.csv holds no data row (never a column of zeros). */
  public: { newArrivals: NewArrivals; accompanied: Accompanied; contacts: Contacts; propositions: Propositions | null };
  immersion: { immersions: Immersions; vrWorkshops: ActionGroup };
  training: { training: Training; trainingWorkshops: ActionGroup };
  employment: Employment;
  alternance: Alternance;
  civicService: CivicService & { actions: CivicServiceActions };
  citizenship: Citizenship;
  internationalMobility: { workshops: MobilityWorkshops; departures: Departures };
  programmes: { cej: Cej; others: OtherProgrammes };
  health: Health;
  schooling: Schooling;
  /** Null when aides.csv holds no data row. */
  aids: Aids | null;
  labellisation: Labellisation | null;
}

/** Whether a file of the year folder holds data rows: a header-only export gives no figure (not zeros). */
function provided(registers: Registers, context: ComputeContext, file: string): boolean {
  return (registers.inputs[`${context.year}/${file}`]?.rows ?? 0) > 0;
}

export function computeIndicators(registers: Registers, activity: ActivitySummary, context: ComputeContext): MissionLocaleIndicators {
  return {
    public: {
      newArrivals: computeNewArrivals(registers, context),
      accompanied: computeAccompanied(registers, activity, context),
      contacts: computeContacts(activity, context),
      propositions: provided(registers, context, 'imilo/propositions.csv') ? computePropositions(activity) : null,
    },
    immersion: {
      immersions: computeImmersions(registers, context),
      vrWorkshops: actionGroup(registers, actionsOfYear(registers, context, { theme: 'Découverte des métiers (VR)' })),
    },
    training: {
      training: computeTraining(registers, context),
      trainingWorkshops: actionGroup(registers, actionsOfYear(registers, context, { theme: 'Formation', type: 'Atelier' })),
    },
    employment: computeEmployment(registers, context),
    alternance: computeAlternance(registers, context),
    civicService: { ...computeCivicService(registers, context), actions: computeCivicServiceActions(registers, context) },
    citizenship: computeCitizenship(registers, context),
    internationalMobility: { workshops: computeMobilityWorkshops(registers, context), departures: computeDepartures(registers, context) },
    programmes: { cej: computeCej(registers, activity, context), others: computeOtherProgrammes(registers, activity, context) },
    health: computeHealth(registers, context),
    schooling: computeSchooling(registers, context),
    aids: provided(registers, context, 'imilo/aides.csv') ? computeAids(registers, context) : null,
    labellisation: computeLabellisation(registers),
  };
}
