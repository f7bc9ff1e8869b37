import { actionGroup, actionsOfYear, eventFigures, linesByTitle } from './actions.js';
import { manualFigure } from './manual.js';
import { ACTIONS_FILE, givenIf, hasData, type ComputeContext } from './shared.js';
import type { Citizenship, CivicServiceActions, MobilityWorkshops } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

/** Sections 6 (service civique, its actions), 7 (citoyenneté) and 8 (mobilité internationale, its actions). */

export function computeCivicServiceActions(registers: Registers, context: ComputeContext): CivicServiceActions {
  const forums = actionsOfYear(registers, context, { type: 'Forum', theme: 'Service civique' });
  const trainings = actionsOfYear(registers, context, { type: 'Formation civique et citoyenne' });
  const given = givenIf(hasData(registers, ACTIONS_FILE));
  return {
    professionals: manualFigure(registers, 'service_civique.professionnels'),
    informationMeetings: given(actionGroup(registers, actionsOfYear(registers, context, { type: "Réunion d'information", theme: 'Service civique' }))),
    forums: given({ count: forums.length, dates: eventFigures(registers, forums).map((forum) => forum.date) }),
    civicTrainings: given({ count: trainings.length, titles: eventFigures(registers, trainings).map((training) => training.title) }),
    committedThroughMlAgreement: manualFigure(registers, 'service_civique.engages_agrement_ml'),
  };
}

export function computeCitizenship(registers: Registers, context: ComputeContext): Citizenship {
  const given = givenIf(hasData(registers, ACTIONS_FILE));
  return {
    youthVoice: given(actionGroup(registers, actionsOfYear(registers, context, { theme: 'Parole aux jeunes' }))),
    antiDiscriminationWorkshops: given(actionsOfYear(registers, context, { theme: 'Lutte contre les discriminations' }).length),
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
  const given = givenIf(hasData(registers, ACTIONS_FILE));
  return {
    total: given(workshops.length),
    participants: given(actionGroup(registers, workshops).participants),
    lines: given(linesByTitle(registers, workshops)),
    individualFollowUp: manualFigure(registers, 'mobilite_internationale.accompagnes_individuel'),
    orientedToPartners: manualFigure(registers, 'mobilite_internationale.orientes_partenaires'),
    events: given(eventFigures(registers, events)),
  };
}
