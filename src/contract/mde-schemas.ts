import { z } from 'zod';
import type { CommuneMatcher } from './territory.js';
import { anyCommune, DEFAULT_CELL_LIMITS, optionalCount, optionalDate, optionalText, reportCell, requiredDate, requiredText, vocabulary, yesNo, type CellLimits } from './cells.js';
import { Vocabulary } from './normalize.js';
import { ALWAYS, isDay, type FileSchema } from './schemas.js';
import { sexVocabulary } from './vocabularies.js';

/**
 * The Maison de l'Emploi part of the input contract (input-contract.md, "mde/"): the MDE
 * keeps activity logs rather than one register, so each file is one log, one row per fact
 * (a project holder welcomed, an employer met, a contract signed, hours worked under an
 * insertion clause, a Cyber-base use, a mobility aid, an SIAE placement, a job offer).
 * Events (job datings, salons, forums) are in actions/actions.csv with `Structure` =
 * Maison de l'Emploi. Each file is optional: a log the MDE does not keep leaves its part of
 * the report out, with a note.
 */

// ---------------------------------------------------------------- vocabularies

export const MDE_CONTRACT_TYPES = ['Apprentissage', 'Professionnalisation', 'PEC', 'CIE', 'CDI', 'CDD', 'Intérim', 'POEC'] as const;
export type MdeContractType = (typeof MDE_CONTRACT_TYPES)[number];
export const mdeContractTypeVocabulary = new Vocabulary<MdeContractType>(MDE_CONTRACT_TYPES, {
  "Contrat d'apprentissage": 'Apprentissage',
  'Contrat de professionnalisation': 'Professionnalisation',
  'Parcours Emploi Compétences': 'PEC',
  'Contrat Initiative Emploi': 'CIE',
  Interim: 'Intérim',
  'Contrat de mission': 'Intérim',
  'Préparation opérationnelle à l’emploi collective': 'POEC',
});
/** Alternance = apprenticeship + professionalisation contracts (seed 000: "130 contrats en alternance (dont 116 d'apprentissage)"). */
export const ALTERNANCE_CONTRACTS: ReadonlySet<MdeContractType> = new Set(['Apprentissage', 'Professionnalisation']);

export const CYBER_BASE_PUBLICS = ['Jeune', 'Adulte'] as const;
export type CyberBasePublic = (typeof CYBER_BASE_PUBLICS)[number];
export const cyberBasePublicVocabulary = new Vocabulary<CyberBasePublic>(CYBER_BASE_PUBLICS, {
  Jeunes: 'Jeune',
  Adultes: 'Adulte',
  'Moins de 26 ans': 'Jeune',
  '26 ans et plus': 'Adulte',
});

export const CYBER_BASE_KINDS = ['Utilisation', 'Rendez-vous individuel'] as const;
export type CyberBaseKind = (typeof CYBER_BASE_KINDS)[number];
export const cyberBaseKindVocabulary = new Vocabulary<CyberBaseKind>(CYBER_BASE_KINDS, {
  Usage: 'Utilisation',
  'Rendez-vous': 'Rendez-vous individuel',
  RDV: 'Rendez-vous individuel',
  'RDV individuel': 'Rendez-vous individuel',
});

export const MOBILITY_AID_TYPES = ['Pass Pass', 'Carte carburant', 'Train', 'Déplacement collectif'] as const;
export type MobilityAidType = (typeof MOBILITY_AID_TYPES)[number];
export const mobilityAidTypeVocabulary = new Vocabulary<MobilityAidType>(MOBILITY_AID_TYPES, {
  'Carte Pass Pass': 'Pass Pass',
  'Abonnement Pass Pass': 'Pass Pass',
  Carburant: 'Carte carburant',
  'Billet de train': 'Train',
  Collectif: 'Déplacement collectif',
});

export const SIAE_TYPES = ['ACI', 'EI', 'AI', 'ETTI'] as const;
export type SiaeType = (typeof SIAE_TYPES)[number];
export const siaeTypeVocabulary = new Vocabulary<SiaeType>(SIAE_TYPES, {
  'A.C.I.': 'ACI',
  'Atelier et chantier d’insertion': 'ACI',
  'Ateliers et chantiers d’insertion': 'ACI',
  'E.I.': 'EI',
  'Entreprise d’insertion': 'EI',
  'A.I.': 'AI',
  'Association intermédiaire': 'AI',
  'E.T.T.I.': 'ETTI',
  'Entreprise de travail temporaire d’insertion': 'ETTI',
});

export const OFFER_CONTRACT_TYPES = ['CDI', 'CDD', 'Intérim', 'Alternance', 'Autre'] as const;
export type OfferContractType = (typeof OFFER_CONTRACT_TYPES)[number];
export const offerContractTypeVocabulary = new Vocabulary<OfferContractType>(OFFER_CONTRACT_TYPES, {
  Interim: 'Intérim',
  Apprentissage: 'Alternance',
  Professionnalisation: 'Alternance',
});

// ---------------------------------------------------------------- cells

/** Hours with an optional decimal comma (`7,5`, `35 h`): returns hundredths of an hour, so sums are exact. */
const hoursHundredths = () =>
  z
    .string()
    .optional()
    .transform((text, ctx): number => {
      const expected = 'un nombre d’heures positif, par ex. 35 ou 7,5 (7 h 30 s’écrit 7,5)';
      if (text === undefined || text.trim() === '') return reportCell(ctx, 'cell.required', { expected });
      // Only a trailing unit is dropped: "7h30" must be an error, not 730 hours.
      const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/h$/i, '');
      const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(compact);
      if (!match) return reportCell(ctx, 'cell.hours', { expected });
      return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
    });

function requiredWith(ctx: z.RefinementCtx<unknown>, path: string, expected: string): void {
  ctx.addIssue({ code: 'custom', message: 'cell.required', path: [path], params: { expected }, input: undefined });
}

// ---------------------------------------------------------------- files

export function buildMdeSchemas(communes: CommuneMatcher, limits: CellLimits = DEFAULT_CELL_LIMITS) {
  const creation = {
    path: 'mde/creation-entreprise.csv',
    description: 'Un porteur de projet de création ou reprise d’entreprise accueilli par la MDE par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme du porteur, unique' },
      welcomed: { header: "Date d'accueil", required: true, description: 'date du premier accueil' },
      sex: { header: 'Sexe', required: true, description: 'F ou H (Femme, Homme acceptés)' },
      commune: { header: 'Commune', required: true, description: 'commune de résidence (toute commune ; celles du territoire comptent « de MNO »)' },
      referrals: { header: 'Orientations', required: false, description: 'nombre d’orientations vers des partenaires, entier (vide = 0)' },
      created: { header: 'Date de création', required: false, description: 'date de création ou reprise de l’entreprise, vide sinon' },
      company: { header: 'Entreprise', required: false, description: 'identifiant de l’entreprise créée (plusieurs porteurs peuvent en créer une ensemble) ; obligatoire avec une date de création' },
      companyCommune: { header: "Commune de l'entreprise", required: false, description: 'commune du siège de l’entreprise créée ; obligatoire avec une date de création' },
    },
    row: z
      .object({
        id: requiredText(),
        welcomed: requiredDate(),
        sex: vocabulary(sexVocabulary),
        commune: anyCommune(communes),
        referrals: optionalCount(limits.maxCount),
        created: optionalDate(),
        company: optionalText(),
        companyCommune: anyCommune(communes),
      })
      .superRefine((row, ctx) => {
        if (!isDay(row.created)) return;
        if (row.company === undefined) requiredWith(ctx, 'company', 'l’identifiant de l’entreprise, puisque la date de création est renseignée');
        if (row.companyCommune === undefined) requiredWith(ctx, 'companyCommune', 'la commune de l’entreprise, puisque la date de création est renseignée');
      }, ALWAYS),
  } satisfies FileSchema;

  const employers = {
    path: 'mde/employeurs.csv',
    description: 'Un contact de la MDE avec un employeur (visite, information, sensibilisation aux dispositifs) par ligne.',
    columns: {
      employer: { header: 'Identifiant employeur', aliases: ['SIRET', 'Employeur'], required: true, description: 'identifiant de l’employeur (SIRET ou code interne)' },
      date: { header: 'Date', required: true, description: 'date du contact' },
      commune: { header: 'Commune', required: false, description: 'commune de l’établissement (toute commune)' },
    },
    row: z.object({
      employer: requiredText(),
      date: requiredDate(),
      commune: anyCommune(communes),
    }),
  } satisfies FileSchema;

  const contracts = {
    path: 'mde/contrats.csv',
    description: 'Un contrat signé (ou une POEC démarrée) par une personne accompagnée par l’association, par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme de la personne' },
      date: { header: 'Date de signature', aliases: ['Date'], required: true, description: 'date' },
      type: { header: 'Type', aliases: ['Type de contrat'], required: true, description: MDE_CONTRACT_TYPES.join(', ') },
      commune: { header: 'Commune', required: false, description: 'commune de résidence de la personne (toute commune)' },
      operation: { header: 'Opération', required: false, description: 'identifiant, dans actions/actions.csv, de l’opération de recrutement à l’origine du contrat' },
    },
    row: z.object({
      id: requiredText(),
      date: requiredDate(),
      type: vocabulary(mdeContractTypeVocabulary),
      commune: anyCommune(communes),
      operation: optionalText(),
    }),
  } satisfies FileSchema;

  const clause = {
    path: 'mde/clause-insertion.csv',
    description: 'Des heures réalisées par une personne sur une opération soumise à clause d’insertion, par ligne (par exemple par mois).',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme de la personne' },
      commune: { header: 'Commune', required: true, description: 'commune de résidence (toute commune ; celles du territoire comptent « du territoire »)' },
      operation: { header: 'Opération', required: true, description: 'identifiant de l’opération (marché public)' },
      operationInTerritory: { header: 'Opération sur le territoire', required: true, description: 'Oui si l’opération est sur le territoire, Non si elle est gérée par une autre MDE (mutualisation)' },
      employer: { header: 'Entreprise', required: true, description: 'identifiant de l’entreprise attributaire accompagnée' },
      date: { header: 'Date', required: true, description: 'date des heures (ou fin de la période déclarée)' },
      hours: { header: 'Heures', required: true, description: 'nombre d’heures réalisées, décimales acceptées (7,5)' },
    },
    row: z.object({
      id: requiredText(),
      commune: anyCommune(communes),
      operation: requiredText(),
      operationInTerritory: yesNo(),
      employer: requiredText(),
      date: requiredDate(),
      hours: hoursHundredths(),
    })
    .superRefine((row, ctx) => {
      if (row.commune === undefined) requiredWith(ctx, 'commune', 'une commune');
    }, ALWAYS),
  } satisfies FileSchema;

  const cyberBase = {
    path: 'mde/cyber-base.csv',
    description: 'Une utilisation de la Cyber-base Emploi, ou un rendez-vous individuel, par ligne.',
    columns: {
      date: { header: 'Date', required: true, description: 'date' },
      site: { header: 'Site', required: true, description: 'lieu de la Cyber-base (texte libre, affiché dans le rapport)' },
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme de l’usager' },
      sex: { header: 'Sexe', required: true, description: 'F ou H (Femme, Homme acceptés)' },
      public: { header: 'Public', required: true, description: `${CYBER_BASE_PUBLICS.join(', ')} (jeune = moins de 26 ans)` },
      kind: { header: 'Type', required: true, description: CYBER_BASE_KINDS.join(', ') },
    },
    row: z.object({
      date: requiredDate(),
      site: requiredText(),
      id: requiredText(),
      sex: vocabulary(sexVocabulary),
      public: vocabulary(cyberBasePublicVocabulary),
      kind: vocabulary(cyberBaseKindVocabulary),
    }),
  } satisfies FileSchema;

  const mobility = {
    path: 'mde/mobilite.csv',
    description: 'Une aide à la mobilité par ligne : un rechargement Pass Pass, une carte carburant, un trajet en train, ou une personne d’un déplacement collectif.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme de la personne aidée' },
      date: { header: 'Date', required: true, description: 'date de l’aide' },
      type: { header: 'Type', required: true, description: MOBILITY_AID_TYPES.join(', ') },
      commune: { header: 'Commune', required: true, description: 'commune de résidence (toute commune ; celles du territoire comptent « de MNO »)' },
      qpv: { header: 'QPV', required: true, description: 'Oui si la personne réside en quartier prioritaire' },
      trip: { header: 'Déplacement', required: false, description: 'identifiant du déplacement collectif ; obligatoire pour le type Déplacement collectif' },
    },
    row: z
      .object({
        id: requiredText(),
        date: requiredDate(),
        type: vocabulary(mobilityAidTypeVocabulary),
        commune: anyCommune(communes),
        qpv: yesNo(),
        trip: optionalText(),
      })
      .superRefine((row, ctx) => {
        if (row.commune === undefined) requiredWith(ctx, 'commune', 'une commune');
        if (row.type === 'Déplacement collectif' && row.trip === undefined) {
          requiredWith(ctx, 'trip', 'l’identifiant du déplacement, pour un déplacement collectif');
        }
      }, ALWAYS),
  } satisfies FileSchema;

  const siae = {
    path: 'mde/siae.csv',
    description: 'Un placement d’une personne dans une structure d’insertion par l’activité économique (SIAE) par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme de la personne' },
      date: { header: 'Date', required: true, description: 'date du placement' },
      type: { header: 'Type de structure', aliases: ['Type'], required: true, description: `${SIAE_TYPES.join(', ')} (A.C.I., E.I.… acceptés)` },
      structure: { header: 'Structure', required: false, description: 'nom de la structure (texte libre, non affiché)' },
    },
    row: z.object({
      id: requiredText(),
      date: requiredDate(),
      type: vocabulary(siaeTypeVocabulary),
      structure: optionalText(),
    }),
  } satisfies FileSchema;

  const offers = {
    path: 'mde/offres.csv',
    description: 'Une offre d’emploi publiée sur le site de la MDE par ligne.',
    columns: {
      offer: { header: 'Identifiant offre', required: true, description: 'identifiant unique de l’offre' },
      date: { header: 'Date de publication', aliases: ['Date'], required: true, description: 'date' },
      commune: { header: 'Commune', required: false, description: 'commune du poste (toute commune ; celles du territoire comptent « sur le territoire »)' },
      contract: { header: 'Type de contrat', required: true, description: OFFER_CONTRACT_TYPES.join(', ') },
    },
    row: z.object({
      offer: requiredText(),
      date: requiredDate(),
      commune: anyCommune(communes),
      contract: vocabulary(offerContractTypeVocabulary),
    }),
  } satisfies FileSchema;

  return { creation, employers, contracts, clause, cyberBase, mobility, siae, offers };
}

export type MdeSchemas = ReturnType<typeof buildMdeSchemas>;
export type MdeFileKey = keyof MdeSchemas;
export type ProjectHolder = z.output<MdeSchemas['creation']['row']>;
export type EmployerContact = z.output<MdeSchemas['employers']['row']>;
export type MdeContract = z.output<MdeSchemas['contracts']['row']>;
export type ClauseHours = z.output<MdeSchemas['clause']['row']>;
export type CyberBaseVisit = z.output<MdeSchemas['cyberBase']['row']>;
export type MobilityAid = z.output<MdeSchemas['mobility']['row']>;
export type SiaePlacement = z.output<MdeSchemas['siae']['row']>;
export type JobOffer = z.output<MdeSchemas['offers']['row']>;
