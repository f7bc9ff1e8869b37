/**
 * The year's texts (`<data>/<year>/textes/*.md`): the prose that no export holds (editorial,
 * descriptions of actions, partnerships, legal references, dated events), written by the
 * analyst each year. One file per block; the name says where it prints (section number first).
 * French descriptions of the blocks are in `messages-fr.ts` (TEXT_BLOCK_DESCRIPTIONS).
 */
export const TEXTS_FOLDER = 'textes';

/** The editorial page: printed after the cover when present; its absence is no warning. */
export const EDITORIAL_BLOCK = 'edito';

/** Blocks of the Mission Locale part, printed by both reports, in report order. */
export const TEXT_BLOCKS = [
  '04-pec-descriptif',
  '06-service-civique-descriptif',
  '06-service-civique-missions',
  '07-discriminations',
  '07-accompagner-autrement',
  '08-mobilite-partenaires',
  '09-cej-descriptif',
  '09-handicap-descriptif',
  '09-parrainage-cadre',
  '09-handicap-permis',
  '09-seeph',
  '09-seeph-actions',
  '09-coaching-descriptif',
  '09-culture-descriptif',
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
  '12-fajem-gestion',
  '13-labellisation',
] as const;

/** Blocks printed inside a sentence: one line of Markdown, no paragraph. */
export const INLINE_TEXT_BLOCKS: readonly TextBlock[] = ['09-parrainage-cadre', '11-avenir-pro-periode'];

export type TextBlock = (typeof TEXT_BLOCKS)[number] | typeof EDITORIAL_BLOCK;

export const ALL_TEXT_BLOCKS: readonly TextBlock[] = [EDITORIAL_BLOCK, ...TEXT_BLOCKS];

export function isTextBlock(name: string): name is TextBlock {
  return (ALL_TEXT_BLOCKS as readonly string[]).includes(name);
}

/** The helpers a text may call: `{{annee}}`, `{{chiffre "indicators.…"}}`… */
export const TEXT_HELPERS = ['chiffre', 'annee', 'annee_precedente', 'territoire', 'sigle'] as const;
