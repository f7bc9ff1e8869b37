import type { Registers } from '../load/load-year.js';
import { actionGroup, actionsOfYear, type ActionGroup } from './actions.js';
import { manualFigure } from './manual.js';
import { inSituationAtYearEnd } from './pathways.js';
import { followedIn } from './programmes.js';
import { share, type ComputeContext, type Share } from './shared.js';

/** Sections 10 (santé) and 11 (décrochage scolaire). Most of these figures exist in no export. */

export interface Health {
  cpam: number | null;
  pasteur: number | null;
  ars: number | null;
  /** Actions with Thème Santé in Y (shown when manuel.csv gives no ARS figure). */
  healthActions: ActionGroup;
  listening: {
    jeunes: number | null;
    interviews: number | null;
    speechGroups: number | null;
    casseTonCliche: number | null;
    mobilityMeetings: number | null;
    practiceMeetings: number | null;
    psychologistNetworkMeetings: number | null;
  };
}

export function computeHealth(registers: Registers, context: ComputeContext): Health {
  return {
    cpam: manualFigure(registers, 'sante.cpam'),
    pasteur: manualFigure(registers, 'sante.pasteur'),
    ars: manualFigure(registers, 'sante.ars'),
    healthActions: actionGroup(registers, actionsOfYear(registers, context, { theme: 'Santé' })),
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

export interface Schooling {
  /** Obligation de formation overlapping Y. */
  trainingObligation: {
    jeunes: number;
    compliant: number | null;
    compliantShare: Share | null;
    /** In an Emploi, Alternance, Formation or Service civique situation on 31/12/Y. */
    inSituationAtYearEnd: Share;
  };
  vocationalSchools: {
    previousYear: { pae: { territory: number | null; referred: number | null } };
    currentYear: { pae: { territory: number | null; referred: number | null }; tdo: { territory: number | null; referred: number | null } };
  };
  avenirPro: { sessions: [number | null, number | null, number | null]; participants: number | null };
}

export function computeSchooling(registers: Registers, context: ComputeContext): Schooling {
  const obligation = followedIn(registers, context.year, 'Obligation de formation');
  const inSituation = inSituationAtYearEnd(registers, context.year, new Set(['Emploi', 'Alternance', 'Formation', 'Service civique']));
  const compliant = manualFigure(registers, 'obligation_formation.en_regle');
  return {
    trainingObligation: {
      jeunes: obligation.size,
      compliant,
      compliantShare: compliant === null ? null : share(compliant, obligation.size),
      inSituationAtYearEnd: share([...obligation].filter((jeune) => inSituation.has(jeune)).length, obligation.size),
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
