import { z } from 'zod';
import type { CommuneMatcher } from './territory.js';
import { DEFAULT_CELL_LIMITS, optionalCount, optionalText, reportCell, requiredCount, requiredDate, requiredText, territoryCommune, vocabulary, type CellLimits } from './cells.js';
import { Vocabulary } from './normalize.js';
import type { FileSchema } from './schemas.js';

/**
 * The territory's reference data (« Les données clés du territoire », seed 000): public
 * statistics copied by hand once a year into `<year>/territoire/`, not exports. Same
 * conventions as `schemas.ts`: one zod schema per file keyed by field, column specs for the
 * headers, French descriptions printed by `alpes-report schema`. Definitions: docs/territoire.md.
 */

// ---------------------------------------------------------------- emploi.csv indicators

/**
 * The figures of `emploi.csv`, in report order, with what each one is. Every job-seeker
 * figure but `demandeurs_abc` is a part of the A, B, C total (its share is printed).
 */
export const TERRITORY_INDICATORS = {
  salaries_prives: 'salariés du secteur privé (emploi salarié privé, source ACOSS/URSSAF/INSEE)',
  demandeurs_abc: 'demandeurs d’emploi de catégories A, B et C',
  demandeurs_a: 'dont demandeurs d’emploi de catégorie A',
  demandeurs_plus_24_mois: 'dont demandeurs A, B, C inscrits depuis plus de 24 mois',
  demandeurs_moins_25_ans: 'dont demandeurs A, B, C de moins de 25 ans',
  demandeurs_plus_50_ans: 'dont demandeurs A, B, C de plus de 50 ans',
  demandeurs_femmes: 'dont femmes, demandeuses d’emploi A, B, C',
} as const;

export type TerritoryIndicatorKey = keyof typeof TERRITORY_INDICATORS;
export const TERRITORY_INDICATOR_KEYS = Object.keys(TERRITORY_INDICATORS) as TerritoryIndicatorKey[];

/** Job-seeker figures that are parts of the A, B, C total (they must not exceed it). */
export const JOB_SEEKER_PARTS = [
  'demandeurs_a',
  'demandeurs_plus_24_mois',
  'demandeurs_moins_25_ans',
  'demandeurs_plus_50_ans',
  'demandeurs_femmes',
] as const satisfies readonly TerritoryIndicatorKey[];
export const JOB_SEEKER_KEYS = ['demandeurs_abc', ...JOB_SEEKER_PARTS] as const satisfies readonly TerritoryIndicatorKey[];

export const territoryIndicatorVocabulary = new Vocabulary<TerritoryIndicatorKey>(TERRITORY_INDICATOR_KEYS, {
  'Salariés du secteur privé': 'salaries_prives',
  'Emploi salarié privé': 'salaries_prives',
  'Demandeurs d’emploi ABC': 'demandeurs_abc',
  'Demandeurs d’emploi A, B et C': 'demandeurs_abc',
  'Demandeurs d’emploi A': 'demandeurs_a',
});

// ---------------------------------------------------------------- cells

const CENSUS_EXPECTED = 'le millésime du recensement, par ex. « RP2021 » (ou « 2021 »)';

/** `RP2021`, `RP 2021`, `rp2021` or `2021` -> `RP2021`. */
const census = () =>
  z
    .string()
    .optional()
    .transform((text, ctx): string => {
      const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '');
      if (compact === '') return reportCell(ctx, 'cell.required', { expected: CENSUS_EXPECTED });
      const match = /^(?:RP)?(\d{4})$/i.exec(compact);
      if (!match) return reportCell(ctx, 'cell.vocabulary', { expected: CENSUS_EXPECTED });
      return `RP${match[1]}`;
    });

// ---------------------------------------------------------------- files

export function buildTerritorySchemas(communes: CommuneMatcher, limits: CellLimits = DEFAULT_CELL_LIMITS) {
  const population = {
    path: 'territoire/population.csv',
    description:
      'Population municipale de chaque commune du territoire, telle que publiée par l’Insee (une ligne par commune, toutes les communes du territoire).',
    columns: {
      commune: { header: 'Commune', required: true, description: 'commune du territoire ; chacune une fois, aucune ne manque' },
      population: {
        header: 'Population',
        aliases: ['Population municipale', 'Habitants'],
        required: true,
        description: 'population municipale, nombre entier (27121 ou 27 121)',
      },
      census: {
        header: 'Recensement',
        aliases: ['Millésime'],
        required: true,
        description: 'millésime du recensement (RP2021 pour le rapport 2023), le même sur toutes les lignes ; imprimé dans la source',
      },
      comment: { header: 'Commentaire', required: false, multiline: true, description: 'texte libre, non imprimé' },
    },
    row: z.object({
      commune: territoryCommune(communes),
      population: requiredCount(limits.maxCount),
      census: census(),
      comment: optionalText(),
    }),
  } satisfies FileSchema;

  const emploi = {
    path: 'territoire/emploi.csv',
    description:
      'Emploi salarié privé et demande d’emploi du territoire, un chiffre publié par ligne, avec sa date de référence, sa valeur un an plus tôt et sa source.',
    columns: {
      key: { header: 'Indicateur', required: true, description: `${TERRITORY_INDICATOR_KEYS.join(', ')} (voir « Indicateurs de territoire/emploi.csv »)` },
      value: {
        header: 'Valeur',
        required: true,
        description: 'nombre entier, donnée brute (non corrigée des variations saisonnières : le rapport écrit « Données brutes »)',
      },
      date: {
        header: 'Date',
        aliases: ['Date de référence', 'Au'],
        required: true,
        description: 'date de référence du chiffre (31/12/2023) ; la même pour tous les chiffres de demandeurs d’emploi',
      },
      previousValue: {
        header: 'Valeur un an avant',
        aliases: ['Valeur N-1', 'Valeur un an plus tôt'],
        required: true,
        description: 'le même chiffre un an avant la date de référence (31/12/2022), vide si inconnu : l’évolution est alors omise',
      },
      source: { header: 'Source', required: true, description: 'organisme source, imprimé (Pôle Emploi, ACOSS/URSSAF/INSEE)' },
      processing: { header: 'Traitement', required: false, description: 'qui a traité les données, imprimé (Compétences et Emplois)' },
      comment: { header: 'Commentaire', required: false, multiline: true, description: 'texte libre, non imprimé' },
    },
    row: z.object({
      key: vocabulary(territoryIndicatorVocabulary),
      value: requiredCount(limits.maxCount),
      date: requiredDate(),
      previousValue: optionalCount(limits.maxCount),
      source: requiredText(),
      processing: optionalText(),
      comment: optionalText(),
    }),
  } satisfies FileSchema;

  return { population, emploi };
}

export type TerritorySchemas = ReturnType<typeof buildTerritorySchemas>;
export type PopulationRow = z.output<TerritorySchemas['population']['row']>;
export type EmploymentRow = z.output<TerritorySchemas['emploi']['row']>;
