import { actionGroup, actionsOfYear } from './actions.js';
import type { ActivitySummary } from './activity.js';
import { computeAids } from './aids.js';
import { computeCitizenship, computeCivicServiceActions, computeMobilityWorkshops } from './engagement.js';
import { computeHealth, computeSchooling } from './health-and-schooling.js';
import { computeLabellisation } from './labellisation.js';
import { computeAlternance, computeCivicService, computeDepartures, computeEmployment, computeImmersions, computeTraining } from './pathways.js';
import { computeCej, computeOtherProgrammes } from './programmes.js';
import { computeAccompanied, computeContacts, computeNewArrivals, computePropositions } from './public.js';
import type { ComputeContext } from './shared.js';
import type { MissionLocaleIndicators } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

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
