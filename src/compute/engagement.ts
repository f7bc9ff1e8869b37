import { actionGroup, actionsOfYear, eventFigures, linesByTitle } from './actions.js';
import { manualFigure } from './manual.js';
import type { ComputeContext } from './shared.js';
import type { Citizenship, CivicServiceActions, MobilityWorkshops } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

/** Sections 6 (service civique, its actions), 7 (citoyenneté) and 8 (mobilité internationale, its actions). */

export function computeCivicServiceActions(registers: Registers, context: ComputeContext): CivicServiceActions {
  const forums = actionsOfYear(registers, context, { type: 'Forum', theme: 'Service civique' });
  const trainings = actionsOfYear(registers, context, { type: 'Formation civique et citoyenne' });
  return {
    professionals: manualFigure(registers, 'service_civique.professionnels'),
    informationMeetings: actionGroup(registers, actionsOfYear(registers, context, { type: "Réunion d'information", theme: 'Service civique' })),
    forums: { count: forums.length, dates: eventFigures(registers, forums).map((forum) => forum.date) },
    civicTrainings: { count: trainings.length, titles: eventFigures(registers, trainings).map((training) => training.title) },
    committedThroughMlAgreement: manualFigure(registers, 'service_civique.engages_agrement_ml'),
  };
}

export function computeCitizenship(registers: Registers, context: ComputeContext): Citizenship {
  return {
    youthVoice: actionGroup(registers, actionsOfYear(registers, context, { theme: 'Parole aux jeunes' })),
    antiDiscriminationWorkshops: actionsOfYear(registers, context, { theme: 'Lutte contre les discriminations' }).length,
    accompagnerAutrement: {
      jeunes: manualFigure(registers, 'citoyennete.accompagner_autrement.jeunes'),
      missionsLocales: manualFigure(registers, 'citoyennete.accompagner_autrement.missions_locales'),
    },
  };
}

export function computeMobilityWorkshops(registers: Registers, context: ComputeContext): MobilityWorkshops {
  const workshops = actionsOfYear(registers, context, {
    theme: 'Mobilité internationale',
    type: ['Atelier', "Réunion d'information", 'Session de formation'],
  });
  const events = actionsOfYear(registers, context, { theme: 'Mobilité internationale', type: ['Forum', 'Événement', 'Salon'] });
  return {
    total: workshops.length,
    participants: actionGroup(registers, workshops).participants,
    lines: linesByTitle(registers, workshops),
    individualFollowUp: manualFigure(registers, 'mobilite_internationale.accompagnes_individuel'),
    orientedToPartners: manualFigure(registers, 'mobilite_internationale.orientes_partenaires'),
    events: eventFigures(registers, events),
  };
}
