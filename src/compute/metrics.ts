import { actionGroup, actionsOfYear } from './actions.js';
import type { ActivitySummary } from './activity.js';
import { computeAids } from './aids.js';
import { computeCitizenship, computeCivicServiceActions, computeMobilityWorkshops } from './engagement.js';
import { computeHealth, computeSchooling } from './health-and-schooling.js';
import { computeLabellisation } from './labellisation.js';
import { computeAlternance, computeCivicService, computeDepartures, computeEmployment, computeImmersions, computeTraining } from './pathways.js';
import { computeCej, computeOtherProgrammes } from './programmes.js';
import { computeAccompanied, computeContacts, computeNewArrivals, computePropositions } from './public.js';
import { ACTIONS_FILE, hasData, SITUATIONS_FILE, type ComputeContext } from './shared.js';
import type { MissionLocaleIndicators } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

export function computeIndicators(registers: Registers, activity: ActivitySummary, context: ComputeContext): MissionLocaleIndicators {
  // A part fed only by an export that held no data row is null (« Données non fournies »), never zeros.
  const situations = hasData(registers, SITUATIONS_FILE);
  const actions = hasData(registers, ACTIONS_FILE);
  return {
    public: {
      newArrivals: computeNewArrivals(registers, context),
      accompanied: computeAccompanied(registers, activity, context),
      contacts: computeContacts(activity, context),
      propositions: hasData(registers, 'imilo/propositions.csv') ? computePropositions(activity) : null,
    },
    immersion: {
      immersions: situations ? computeImmersions(registers, context) : null,
      vrWorkshops: actions ? actionGroup(registers, actionsOfYear(registers, context, { theme: 'Découverte des métiers (VR)' })) : null,
    },
    training: {
      training: situations ? computeTraining(registers, context) : null,
      trainingWorkshops: actions ? actionGroup(registers, actionsOfYear(registers, context, { theme: 'Formation', type: 'Atelier' })) : null,
    },
    employment: situations ? computeEmployment(registers, context) : null,
    alternance: situations ? computeAlternance(registers, context) : null,
    civicService: { ...computeCivicService(registers, context), actions: computeCivicServiceActions(registers, context) },
    citizenship: computeCitizenship(registers, context),
    internationalMobility: { workshops: computeMobilityWorkshops(registers, context), departures: situations ? computeDepartures(registers, context) : null },
    programmes: { cej: computeCej(registers, activity, context), others: computeOtherProgrammes(registers, activity, context) },
    health: computeHealth(registers, context),
    schooling: computeSchooling(registers, context),
    aids: hasData(registers, 'imilo/aides.csv') ? computeAids(registers, context) : null,
    labellisation: computeLabellisation(registers),
  };
}
