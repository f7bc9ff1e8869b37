import { Vocabulary } from './normalize.js';

/** The closed value lists of the input contract, with the spellings real exports use. */

export const SEXES = ['F', 'H'] as const;
export type Sex = (typeof SEXES)[number];
export const sexVocabulary = new Vocabulary<Sex>(SEXES, { Femme: 'F', Homme: 'H', Femmes: 'F', Hommes: 'H', M: 'H' });

export const QUALIFICATIONS = ['Supérieur au BAC', 'BAC', 'BEP/CAP', 'Aucun diplôme'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];
export const qualificationVocabulary = new Vocabulary<Qualification>(QUALIFICATIONS, {
  'Superieur au bac': 'Supérieur au BAC',
  'BEP CAP': 'BEP/CAP',
  CAP: 'BEP/CAP',
  BEP: 'BEP/CAP',
  'Sans diplôme': 'Aucun diplôme',
});

/**
 * I-MILO levels (1969 and 2019 nomenclatures). A bare level does not say whether the
 * diploma was obtained (glossary §2.7): accepted, mapped as the contract says, and warned.
 */
export const QUALIFICATION_LEVELS: Readonly<Record<string, Qualification>> = {
  'niveau 8': 'Supérieur au BAC',
  'niveau 7': 'Supérieur au BAC',
  'niveau 6': 'Supérieur au BAC',
  'niveau 5': 'Supérieur au BAC',
  'niveau I': 'Supérieur au BAC',
  'niveau II': 'Supérieur au BAC',
  'niveau III': 'Supérieur au BAC',
  'niveau 4': 'BAC',
  'niveau IV': 'BAC',
  'niveau 3': 'BEP/CAP',
  'niveau V': 'BEP/CAP',
  'niveau V bis': 'Aucun diplôme',
  'niveau Vbis': 'Aucun diplôme',
  'niveau VI': 'Aucun diplôme',
  'niveau 2': 'Aucun diplôme',
  'niveau 1': 'Aucun diplôme',
  'infra 3': 'Aucun diplôme',
  'infra niveau 3': 'Aucun diplôme',
};
export const qualificationLevelVocabulary = new Vocabulary<string>(Object.keys(QUALIFICATION_LEVELS), {
  'V bis': 'niveau V bis',
  Vbis: 'niveau Vbis',
  VI: 'niveau VI',
  infra: 'infra 3',
});

export const HOUSINGS = ['Parents', 'Autonome', 'Précaire'] as const;
export type Housing = (typeof HOUSINGS)[number];
export const housingVocabulary = new Vocabulary<Housing>(HOUSINGS, {
  'Logement parents': 'Parents',
  'Logement autonome': 'Autonome',
  'Logement précaire': 'Précaire',
});

export const NATURES = [
  'Entretien individuel',
  'Atelier',
  'Information collective',
  'SMS',
  'E-mail',
  'Téléphone',
  'Courrier',
  'Médiation',
  'Visite',
  'Entretien partenaire',
] as const;
export type Nature = (typeof NATURES)[number];
export const natureVocabulary = new Vocabulary<Nature>(NATURES, { Email: 'E-mail', Mail: 'E-mail', Tel: 'Téléphone' });

export const EVENT_STATUSES = ['Réalisé', 'Annulé', 'Absent'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const eventStatusVocabulary = new Vocabulary<EventStatus>(EVENT_STATUSES, { Présent: 'Réalisé' });

export const THEMES = ["Accès à l'emploi", 'Formation', 'Projet professionnel / Orientation', 'Insertion sociale'] as const;
export type Theme = (typeof THEMES)[number];
export const themeVocabulary = new Vocabulary<Theme>(THEMES, {
  Emploi: "Accès à l'emploi",
  'Projet professionnel': 'Projet professionnel / Orientation',
  Orientation: 'Projet professionnel / Orientation',
});

export const SITUATION_TYPES = [
  'Emploi',
  'Alternance',
  'Formation',
  'Immersion',
  'Service civique',
  'Bénévolat',
  'Mobilité internationale',
] as const;
export type SituationType = (typeof SITUATION_TYPES)[number];
export const situationTypeVocabulary = new Vocabulary<SituationType>(SITUATION_TYPES, {
  PMSMP: 'Immersion',
  'Immersion en entreprise': 'Immersion',
  'Contrat en alternance': 'Alternance',
});

export const EMPLOYMENT_SUBTYPES = [
  'CDD',
  'CDI',
  'CDI CIE',
  'Intérim',
  'Saisonnier',
  'PEC',
  'CIE CDD',
  "Création d'entreprise",
] as const;
export type EmploymentSubtype = (typeof EMPLOYMENT_SUBTYPES)[number];
export const ALTERNANCE_SUBTYPES = ['Apprentissage', 'Professionnalisation'] as const;
export const TRAINING_SUBTYPES = ['Conseil Régional', 'Formation initiale', 'Autre formation'] as const;

/** Sous-type vocabularies by Type; a Type absent here takes a free (optional) sous-type. */
export const SUBTYPE_VOCABULARIES: Partial<Record<SituationType, Vocabulary<string>>> = {
  Emploi: new Vocabulary<string>(EMPLOYMENT_SUBTYPES, { Interim: 'Intérim', 'CIE CDI': 'CDI CIE' }),
  Alternance: new Vocabulary<string>(ALTERNANCE_SUBTYPES, {
    "Contrat d'apprentissage": 'Apprentissage',
    'Contrat de professionnalisation': 'Professionnalisation',
  }),
  Formation: new Vocabulary<string>(TRAINING_SUBTYPES, { 'Autres formations': 'Autre formation' }),
};

export const QUALIFYING = ['Qualifiante', 'Pré-qualifiante', 'Non'] as const;
export type Qualifying = (typeof QUALIFYING)[number];
export const qualifyingVocabulary = new Vocabulary<Qualifying>(QUALIFYING, { Oui: 'Qualifiante' });

export const PREPARED_LEVELS = ['BEP/CAP', 'BAC', 'Supérieur au BAC'] as const;
export type PreparedLevel = (typeof PREPARED_LEVELS)[number];
export const preparedLevelVocabulary = new Vocabulary<PreparedLevel>(PREPARED_LEVELS, { CAP: 'BEP/CAP', BEP: 'BEP/CAP' });

export const PROGRAMMES = [
  'CEJ',
  'PACEA',
  'PPAE',
  'Parrainage',
  'Obligation de formation',
  'JSMJ',
  'Handicap renforcé',
  'PAE',
  'TDO',
] as const;
export type Programme = (typeof PROGRAMMES)[number];
export const programmeVocabulary = new Vocabulary<Programme>(PROGRAMMES, {
  "Contrat d'engagement jeune": 'CEJ',
  OF: 'Obligation de formation',
  'Obligation de formation mineurs': 'Obligation de formation',
});

export const AID_TYPES = [
  'Allocation PACEA',
  'Allocation CEJ',
  'FAJeM',
  'Mobilité MDE',
  'Fonds ML indirect',
  'Fonds ML direct',
  'Frais de gestion',
] as const;
export type AidType = (typeof AID_TYPES)[number];
export const aidTypeVocabulary = new Vocabulary<AidType>(AID_TYPES, { FAJ: 'FAJeM', FAJM: 'FAJeM' });

export const DECISIONS = ['Accordée', 'Refusée', 'Ajournée'] as const;
export type Decision = (typeof DECISIONS)[number];
export const decisionVocabulary = new Vocabulary<Decision>(DECISIONS, { Accorde: 'Accordée', Refuse: 'Refusée', Ajourne: 'Ajournée' });

/** Collective action formats (actions.csv `Type`; see also COMBINED_ACTION_THEMES). */
export const ACTION_TYPES = [
  'Atelier',
  "Réunion d'information",
  'Session de formation',
  'Forum',
  'Job dating',
  'Salon',
  'Événement',
  'Rencontre',
  'Action culturelle',
  'Coaching collectif',
  'Formation civique et citoyenne',
  'Opération de recrutement',
  'Session de recrutement',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/**
 * Who ran an action (actions.csv `Structure`, an extension of contract v1): the Mission
 * Locale's indicators count only its own actions, the MDE pages only the MDE's.
 */
export const ACTION_OWNERS = ['Mission Locale', "Maison de l'Emploi", 'PLIE'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];
export const actionOwnerVocabulary = new Vocabulary<ActionOwner>(ACTION_OWNERS, {
  ML: 'Mission Locale',
  MDE: "Maison de l'Emploi",
});

/** The programme or theme an action belongs to (actions.csv `Thème`, an extension of contract v1). */
export const ACTION_THEMES = [
  'CEJ',
  'Mobilité internationale',
  'Service civique',
  'Découverte des métiers (VR)',
  'Parole aux jeunes',
  'Lutte contre les discriminations',
  'Culture',
  'Coaching',
  'Santé',
  'Handicap (SEEPH)',
  'Emploi',
  'Formation',
  'Alternance',
  "Création d'entreprise",
] as const;
export type ActionTheme = (typeof ACTION_THEMES)[number];
export const actionThemeVocabulary = new Vocabulary<ActionTheme>(ACTION_THEMES, {
  VR: 'Découverte des métiers (VR)',
  SEEPH: 'Handicap (SEEPH)',
  Handicap: 'Handicap (SEEPH)',
  Discriminations: 'Lutte contre les discriminations',
});

/**
 * The input contract writes an atelier's theme into its Type (`Atelier CEJ`, `Atelier santé`,
 * `Atelier découverte métiers (VR)`…) where the Thème column (an extension) separates them:
 * such a label reads as Type `Atelier` and that Thème.
 */
export type CombinedActionLabel = `Atelier ${ActionTheme}`;
export const COMBINED_ACTION_THEMES: Readonly<Partial<Record<string, ActionTheme>>> = Object.fromEntries(
  ACTION_THEMES.map((theme) => [`Atelier ${theme}`, theme]),
);

/** actions.csv `Type`: a format, or a combined label (then split by the row schema). */
export const actionTypeLabelVocabulary = new Vocabulary<ActionType | CombinedActionLabel>(ACTION_TYPES, {
  Evenement: 'Événement',
  'Information collective': "Réunion d'information",
  ...Object.fromEntries(ACTION_THEMES.map((theme) => [`Atelier ${theme}`, `Atelier ${theme}` as const])),
  'Atelier découverte métiers (VR)': 'Atelier Découverte des métiers (VR)',
  'Atelier découverte métiers': 'Atelier Découverte des métiers (VR)',
  'Atelier VR': 'Atelier Découverte des métiers (VR)',
  'Atelier SEEPH': 'Atelier Handicap (SEEPH)',
  'Atelier Handicap': 'Atelier Handicap (SEEPH)',
});
