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
