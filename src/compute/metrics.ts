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
  public: { newArrivals: NewArrivals; accompanied: Accompanied; contacts: Contacts; propositions: Propositions };
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
  aids: Aids;
  labellisation: Labellisation | null;
}

export function computeIndicators(registers: Registers, activity: ActivitySummary, context: ComputeContext): MissionLocaleIndicators {
  return {
    public: {
      newArrivals: computeNewArrivals(registers, context),
      accompanied: computeAccompanied(registers, activity, context),
      contacts: computeContacts(activity, context),
      propositions: computePropositions(activity),
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
    aids: computeAids(registers, context),
    labellisation: computeLabellisation(registers),
  };
}
