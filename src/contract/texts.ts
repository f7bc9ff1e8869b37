/**
 * The year's texts (`<data>/<year>/textes/*.md`): the prose that no export holds (editorial,
 * descriptions of actions, partnerships, legal references, dated events), written by the
 * analyst each year. One file per block; the name says where it prints (section number first).
 * French descriptions of the blocks are in `messages-fr.ts` (TEXT_BLOCK_DESCRIPTIONS).
 */
export const TEXTS_FOLDER = 'textes';

/** The editorial page: printed after the cover when present; its absence is no warning. */
export const EDITORIAL_BLOCK = 'edito';

/**
 * Blocks of the ALPES report's own parts (Maison de l'Emploi, PLIE), in report order: printed
 * only by that report, and only when the year has the part's data. Named after the part, not a number.
 */
export const ALPES_TEXT_BLOCKS = [
  'mde-creation-ateliers',
  'mde-rse',
  'mde-operations-recrutement',
  'mde-recrutements-partenaires',
  'plie-programmation',
  'plie-arp-publics',
  'plie-arp-objectif',
  'plie-arp-descriptif',
  'plie-accompagnement-social',
  'plie-formations',
  'plie-etapes',
] as const;

/** Blocks of the Mission Locale part, printed by both reports, in report order. */
export const TEXT_BLOCKS = [
  '02-immersion-objectif',
  '04-pec-descriptif',
  '05-alternance-atelier',
  '05-alternance-suivi-objectif',
  '05-alternance-suivi',
  '06-service-civique-descriptif',
  '06-service-civique-missions',
  '06-service-civique-forums',
  '07-parole-aux-jeunes',
  '07-discriminations',
  '07-accompagner-autrement',
  '08-mobilite-sensibilisation',
  '08-mobilite-partenaires',
  '08-mobilite-departs',
  '09-cej-accompagnement',
  '09-cej-descriptif',
  '09-handicap-descriptif',
  '09-parrainage-cadre',
  '09-handicap-permis',
  '09-seeph',
  '09-seeph-actions',
  '09-coaching-descriptif',
  '09-culture-descriptif',
  '09-culture-bilan',
  '09-autres-dispositifs',
  '10-sante-partenariats',
  '10-pae-descriptif',
  '11-historique',
  '11-psad',
  '11-obligation-formation',
  '11-lycees-professionnels',
  '11-lycees-professionnels-suite',
  '11-fonds-innovation',
  '11-avenir-pro',
  '11-avenir-pro-bilan',
  '11-avenir-pro-periode',
  '11-avenir-pro-moyens',
  '12-fajem-gestion',
  '12-mobilite-descriptif',
  '12-cheques-services',
  '13-labellisation',
] as const;

/**
 * Blocks printed inside a sentence or an element the template styles (a list item, a lead
 * paragraph): one line of Markdown, no paragraph. Every block of the ALPES parts is one.
 */
export const INLINE_TEXT_BLOCKS: readonly TextBlock[] = [
  ...ALPES_TEXT_BLOCKS,
  '02-immersion-objectif',
  '05-alternance-suivi-objectif',
  '05-alternance-suivi',
  '06-service-civique-forums',
  '07-parole-aux-jeunes',
  '08-mobilite-sensibilisation',
  '08-mobilite-departs',
  '09-cej-accompagnement',
  '09-parrainage-cadre',
  '09-culture-bilan',
  '11-avenir-pro-periode',
  '11-avenir-pro-moyens',
  '12-mobilite-descriptif',
  '12-cheques-services',
];

export type TextBlock = (typeof ALPES_TEXT_BLOCKS)[number] | (typeof TEXT_BLOCKS)[number] | typeof EDITORIAL_BLOCK;

/** Every block, in the ALPES report's order (editorial, MDE, PLIE, Mission Locale). */
export const ALL_TEXT_BLOCKS: readonly TextBlock[] = [EDITORIAL_BLOCK, ...ALPES_TEXT_BLOCKS, ...TEXT_BLOCKS];

export function isTextBlock(name: string): name is TextBlock {
  return (ALL_TEXT_BLOCKS as readonly string[]).includes(name);
}

/** The helpers a text may call: `{{annee}}`, `{{chiffre "indicators.…"}}`… */
export const TEXT_HELPERS = ['chiffre', 'pays', 'annee', 'annee_precedente', 'territoire', 'sigle'] as const;
