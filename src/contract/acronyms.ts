/**
 * The acronyms the reports use, spelled out for the glossary annex. Spellings follow
 * ../shared/spec/domain-glossary.md (and the official names where it gives none).
 */
export const ACRONYMS: readonly { acronym: string; meaning: string }[] = [
  { acronym: 'ACI', meaning: 'Atelier et chantier d’insertion' },
  { acronym: 'AI', meaning: 'Association intermédiaire' },
  { acronym: 'ARML', meaning: 'Association régionale des Missions Locales' },
  { acronym: 'ARS', meaning: 'Agence régionale de santé' },
  { acronym: 'CEJ', meaning: 'Contrat d’engagement jeune' },
  { acronym: 'CIE', meaning: 'Contrat initiative emploi' },
  { acronym: 'CPAM', meaning: 'Caisse primaire d’assurance maladie' },
  { acronym: 'CUI', meaning: 'Contrat unique d’insertion' },
  { acronym: 'DELD', meaning: 'Demandeur d’emploi de longue durée' },
  { acronym: 'DETLD', meaning: 'Demandeur d’emploi de très longue durée' },
  { acronym: 'DTJ', meaning: 'Décroche ton Job ou ta Formation' },
  { acronym: 'EI', meaning: 'Entreprise d’insertion' },
  { acronym: 'ETTI', meaning: 'Entreprise de travail temporaire d’insertion' },
  { acronym: 'FAJeM', meaning: 'Fonds d’aide aux jeunes en Métropole' },
  { acronym: 'FSE', meaning: 'Fonds social européen' },
  { acronym: 'GJ', meaning: 'Garantie jeunes' },
  { acronym: 'IAE', meaning: 'Insertion par l’activité économique' },
  { acronym: 'JSMJ', meaning: 'Jeunes sous main de justice' },
  { acronym: 'MDE', meaning: 'Maison de l’Emploi' },
  { acronym: 'ML', meaning: 'Mission Locale' },
  { acronym: 'PACEA', meaning: 'Parcours contractualisé d’accompagnement vers l’emploi et l’autonomie' },
  { acronym: 'PAE', meaning: 'Parcours ambition emploi' },
  { acronym: 'PEC', meaning: 'Parcours emploi compétences' },
  { acronym: 'PLIE', meaning: 'Plan local pour l’insertion et l’emploi' },
  { acronym: 'PMSMP', meaning: 'Période de mise en situation en milieu professionnel' },
  { acronym: 'POEC', meaning: 'Préparation opérationnelle à l’emploi collective' },
  { acronym: 'PPAE', meaning: 'Projet personnalisé d’accès à l’emploi' },
  { acronym: 'QPV', meaning: 'Quartier prioritaire de la politique de la ville' },
  { acronym: 'RQTH', meaning: 'Reconnaissance de la qualité de travailleur handicapé' },
  { acronym: 'RSA', meaning: 'Revenu de solidarité active' },
  { acronym: 'SEEPH', meaning: 'Semaine européenne pour l’emploi des personnes handicapées' },
  { acronym: 'SIAE', meaning: 'Structure d’insertion par l’activité économique' },
  { acronym: 'TDO', meaning: 'Tous droits ouverts' },
  { acronym: 'UNML', meaning: 'Union nationale des Missions Locales' },
];

/** The acronyms a text uses, as whole words, in alphabetical order. */
export function acronymsIn(text: string): { acronym: string; meaning: string }[] {
  return ACRONYMS.filter(({ acronym }) => new RegExp(`(^|[^\\p{L}\\p{N}])${acronym}([^\\p{L}\\p{N}]|$)`, 'u').test(text));
}
