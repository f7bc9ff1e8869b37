import { actionGroup, actionsOfYear } from './actions.js';
import { manualFigure } from './manual.js';
import { inSituationAtYearEnd } from './pathways.js';
import { followedIn } from './programmes.js';
import { ACTIONS_FILE, ENROLMENTS_FILE, hasData, share, SITUATIONS_FILE, type ComputeContext } from './shared.js';
import type { Health, Schooling } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

/** Sections 10 (santé) and 11 (décrochage scolaire). Most of these figures exist in no export. */

export function computeHealth(registers: Registers, context: ComputeContext): Health {
  return {
    cpam: manualFigure(registers, 'sante.cpam'),
    pasteur: manualFigure(registers, 'sante.pasteur'),
    ars: manualFigure(registers, 'sante.ars'),
    healthActions: hasData(registers, ACTIONS_FILE) ? actionGroup(registers, actionsOfYear(registers, context, { theme: 'Santé' })) : null,
    listening: {
      jeunes: manualFigure(registers, 'sante.pae.jeunes'),
      interviews: manualFigure(registers, 'sante.pae.entretiens'),
      speechGroups: manualFigure(registers, 'sante.pae.groupes_parole'),
      casseTonCliche: manualFigure(registers, 'sante.pae.casse_ton_cliche'),
      mobilityMeetings: manualFigure(registers, 'sante.pae.reunions_mobilite'),
      practiceMeetings: manualFigure(registers, 'sante.pae.reunions_analyse_pratiques'),
      psychologistNetworkMeetings: manualFigure(registers, 'sante.pae.reunions_reseau_psy'),
    },
  };
}

export function computeSchooling(registers: Registers, context: ComputeContext): Schooling {
  const obligation = followedIn(registers, context.year, 'Obligation de formation');
  const inSituation = inSituationAtYearEnd(registers, context.year, new Set(['Emploi', 'Alternance', 'Formation', 'Service civique']));
  const compliant = manualFigure(registers, 'obligation_formation.en_regle');
  const enrolmentsGiven = hasData(registers, ENROLMENTS_FILE);
  return {
    trainingObligation: {
      jeunes: enrolmentsGiven ? obligation.size : null,
      compliant,
      compliantShare: compliant === null || !enrolmentsGiven ? null : share(compliant, obligation.size),
      inSituationAtYearEnd:
        enrolmentsGiven && hasData(registers, SITUATIONS_FILE) ? share([...obligation].filter((youngPerson) => inSituation.has(youngPerson)).length, obligation.size) : null,
    },
    vocationalSchools: {
      previousYear: {
        pae: {
          territory: manualFigure(registers, 'lycee_pro.pae.annee_precedente.mno'),
          referred: manualFigure(registers, 'lycee_pro.pae.annee_precedente.orientes'),
        },
      },
      currentYear: {
        pae: {
          territory: manualFigure(registers, 'lycee_pro.pae.annee_courante.mno'),
          referred: manualFigure(registers, 'lycee_pro.pae.annee_courante.orientes'),
        },
        tdo: {
          territory: manualFigure(registers, 'lycee_pro.tdo.annee_courante.mno'),
          referred: manualFigure(registers, 'lycee_pro.tdo.annee_courante.orientes'),
        },
      },
    },
    avenirPro: {
      sessions: [
        manualFigure(registers, 'avenir_pro.sessions.atelier_1'),
        manualFigure(registers, 'avenir_pro.sessions.atelier_2'),
        manualFigure(registers, 'avenir_pro.sessions.atelier_3'),
      ],
      participants: manualFigure(registers, 'avenir_pro.participants'),
    },
  };
}
