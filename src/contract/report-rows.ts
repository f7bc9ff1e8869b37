import type { Qualification } from './vocabularies.js';

/**
 * The fixed rows and columns of the report's tables, in report order: part of the output
 * contract (the metrics schema keys its tables by them) that compute/ fills.
 */

export const AGE_BANDS = ['16 - 17 ans', '18 - 21 ans', '22 - 25 ans'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BANDS_WITH_OVER_25 = [...AGE_BANDS, '26 et +'] as const;
export type AgeBandWithOver25 = (typeof AGE_BANDS_WITH_OVER_25)[number];

export const QUALIFICATION_BANDS = ['Supérieur au BAC', 'BAC', 'BEP/CAP', 'Aucun diplôme'] as const satisfies readonly Qualification[];
export const MERGED_QUALIFICATION_BANDS = ['BAC et plus', 'BEP/CAP', 'Aucun diplôme'] as const;
export type MergedQualification = (typeof MERGED_QUALIFICATION_BANDS)[number];

/** Report groups of contact natures (seed 001, "Les contacts"). */
export const CONTACT_GROUPS = ['Entretien', 'SMS', 'E-mail', 'Téléphone', 'Autres'] as const;
export type ContactGroup = (typeof CONTACT_GROUPS)[number];

export const TRAINING_ROWS = ['Autre formation', 'Conseil Régional', 'Formation initiale'] as const;

export const EMPLOYMENT_ROWS = ['CDD', 'Intérim / Saisonnier', 'Alternance', 'CDI', 'Contrat Unique d’Insertion', 'Création d’entreprise'] as const;
export type EmploymentRow = (typeof EMPLOYMENT_ROWS)[number];

export const CEJ_CONTACT_GROUPS = ['Entretien', 'Téléphone / SMS', 'Email', 'Autres'] as const;
export const CEJ_MEASURE_ROWS = ['Emploi', 'Formation', 'Immersion', 'Alternance', 'Service civique', 'Autres'] as const;
