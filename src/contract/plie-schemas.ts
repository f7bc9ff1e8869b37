import { z } from 'zod';
import type { CommuneMatcher } from './territory.js';
import { optionalDate, optionalText, optionalVocabulary, reportCell, requiredDate, requiredText, territoryCommune, vocabulary } from './cells.js';
import { Vocabulary } from './normalize.js';
import { ALWAYS, isDay, qualification, type FileSchema } from './schemas.js';
import { sexVocabulary } from './vocabularies.js';

/**
 * The PLIE part of the input contract (input-contract.md, "plie/participants.csv and
 * plie/etapes.csv"): one row per participant, one row per étape of a participant's path.
 * Same conventions as `schemas.ts`: one zod schema per file keyed by field, column specs for
 * headers and personal data, cross-column checks that run even when a cell failed.
 */

// ---------------------------------------------------------------- vocabularies

/** Entry criteria (`Public`): several may apply to one participant. */
export const PLIE_PUBLICS = ['RSA', 'DELD', 'DETLD', 'TH', 'Senior'] as const;
export type PliePublic = (typeof PLIE_PUBLICS)[number];
export const pliePublicVocabulary = new Vocabulary<PliePublic>(PLIE_PUBLICS, {
  'Allocataire du RSA': 'RSA',
  'Allocataires du RSA': 'RSA',
  BRSA: 'RSA',
  'Bénéficiaire du RSA': 'RSA',
  'DE longue durée': 'DELD',
  'Demandeur d’emploi de longue durée': 'DELD',
  'DE très longue durée': 'DETLD',
  'Demandeur d’emploi de très longue durée': 'DETLD',
  'DE TH': 'TH',
  'Travailleur handicapé': 'TH',
  RQTH: 'TH',
  'DE Senior': 'Senior',
  'DE Séniors': 'Senior',
  'DE Seniors': 'Senior',
  Sénior: 'Senior',
  Séniors: 'Senior',
  Seniors: 'Senior',
  '+50 ans': 'Senior',
  'DE +50 ans': 'Senior',
});

/** `Motif de sortie`, in the seed's order: positive, légitimes, then the other exits. */
export const PLIE_EXIT_REASONS = [
  'Emploi',
  'Formation',
  'Santé',
  'Emploi probable sans justificatif',
  'Déménagement',
  'Retraite',
  'Réorientation',
  'Rupture',
] as const;
export type PlieExitReason = (typeof PLIE_EXIT_REASONS)[number];
export const plieExitReasonVocabulary = new Vocabulary<PlieExitReason>(PLIE_EXIT_REASONS, {
  'Emploi probable / sans justificatif': 'Emploi probable sans justificatif',
  'Emploi probable': 'Emploi probable sans justificatif',
  'Emploi sans justificatif': 'Emploi probable sans justificatif',
  'Sortie emploi': 'Emploi',
  'Emploi durable': 'Emploi',
  'Sortie formation': 'Formation',
  'Formation qualifiante': 'Formation',
  Maladie: 'Santé',
  Abandon: 'Rupture',
});

/** Positive exits (seed 000: « Positives » = Emploi – Formation). */
export const PLIE_POSITIVE_EXITS: ReadonlySet<PlieExitReason> = new Set(['Emploi', 'Formation']);
/** Légitimes exits, left out of the adjusted rate (seed 000 footnote: Santé, Emploi probable/sans justificatif, Déménagement, Retraite). */
export const PLIE_LEGITIMATE_EXITS: ReadonlySet<PlieExitReason> = new Set(['Santé', 'Emploi probable sans justificatif', 'Déménagement', 'Retraite']);

/** Étape types (`Type` of etapes.csv). */
export const PLIE_STEP_TYPES = ['Emploi', 'Formation', "Emploi d'insertion (IAE)", 'Prestation'] as const;
export type PlieStepType = (typeof PLIE_STEP_TYPES)[number];
export const plieStepTypeVocabulary = new Vocabulary<PlieStepType>(PLIE_STEP_TYPES, {
  IAE: "Emploi d'insertion (IAE)",
  'Contrat IAE': "Emploi d'insertion (IAE)",
  "Emploi d'insertion": "Emploi d'insertion (IAE)",
  'Insertion par l’activité économique': "Emploi d'insertion (IAE)",
  Prestations: 'Prestation',
  Remobilisation: 'Prestation',
  Formations: 'Formation',
});

// ---------------------------------------------------------------- cells

function listOf(values: readonly string[]): string {
  return values.map((value) => `« ${value} »`).join(', ');
}

/**
 * `Public`: one or more criteria separated by `|` (`RSA|DELD`), at least one. Returned as a
 * de-duplicated list in vocabulary order. An unknown part is reported with the whole cell
 * corrected as the suggestion (`RSA|DELX` -> `RSA|DELD`).
 */
const publics = () =>
  z
    .string()
    .optional()
    .transform((text, ctx): PliePublic[] => {
      const expected = `une ou plusieurs des valeurs ${listOf(PLIE_PUBLICS)}, séparées par « | »`;
      const parts = (text ?? '')
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      if (parts.length === 0) return reportCell(ctx, 'cell.required', { expected });
      const found = new Set<PliePublic>();
      const corrected: string[] = [];
      let unknown = false;
      for (const part of parts) {
        const value = pliePublicVocabulary.match(part);
        if (value !== undefined) found.add(value);
        else unknown = true;
        corrected.push(value ?? pliePublicVocabulary.suggest(part) ?? part);
      }
      if (unknown) return reportCell(ctx, 'cell.vocabulary', { expected, suggestion: corrected.join('|') });
      return PLIE_PUBLICS.filter((value) => found.has(value));
    });

/** A failed cell holds zod's aborted marker, a blank optional cell `undefined`. */
function isText(value: unknown): value is string {
  return typeof value === 'string';
}

// ---------------------------------------------------------------- files

export function buildPlieSchemas(communes: CommuneMatcher) {
  const participants = {
    path: 'plie/participants.csv',
    description: 'Un participant du PLIE par ligne (en parcours dans l’année, entré ou sorti).',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant pseudonyme du participant, unique' },
      sex: { header: 'Sexe', required: true, description: 'F ou H (Femme, Homme acceptés)' },
      birthDate: { header: 'Date de naissance', required: true, personal: true, description: 'date' },
      commune: { header: 'Commune', required: true, description: 'commune du territoire' },
      publics: {
        header: 'Public',
        aliases: ['Publics', "Critère d'entrée", "Critères d'entrée"],
        required: true,
        description: `critères d’entrée parmi ${PLIE_PUBLICS.join(', ')} ; plusieurs séparés par « | » (RSA|DELD)`,
      },
      qualification: {
        header: 'Niveau de qualification',
        required: true,
        description: 'Supérieur au BAC, BAC, BEP/CAP, Aucun diplôme, ou niveau I-MILO (avertissement)',
      },
      entry: { header: "Date d'entrée", required: true, description: 'date d’entrée dans le PLIE' },
      exit: { header: 'Date de sortie', required: true, description: 'date, vide = en parcours' },
      exitReason: {
        header: 'Motif de sortie',
        required: true,
        description: `${PLIE_EXIT_REASONS.join(', ')} ; obligatoire avec une date de sortie, vide sinon`,
      },
      sector: {
        header: 'Secteur',
        aliases: ['Secteur professionnel', "Secteur d'activité"],
        required: false,
        description: 'secteur professionnel d’une sortie Emploi (texte libre)',
      },
    },
    row: z
      .object({
        id: requiredText(),
        sex: vocabulary(sexVocabulary),
        birthDate: requiredDate(),
        commune: territoryCommune(communes),
        publics: publics(),
        qualification: qualification(),
        entry: requiredDate(),
        exit: optionalDate(),
        exitReason: optionalVocabulary(plieExitReasonVocabulary),
        sector: optionalText(),
      })
      .superRefine((row, ctx) => {
        if (isDay(row.entry) && isDay(row.exit) && row.exit < row.entry) {
          ctx.addIssue({ code: 'custom', message: 'row.end_before_start', path: ['exit'], input: row.exit });
        }
        // An exit date needs its reason…
        if (isDay(row.exit) && row.exitReason === undefined) {
          ctx.addIssue({ code: 'custom', message: 'row.exit_reason', path: ['exitReason'], input: undefined });
        }
        // …and a reason without an exit date is a participant still in path, or a missing date.
        if (row.exit === undefined && isText(row.exitReason)) {
          ctx.addIssue({
            code: 'custom',
            message: 'cell.required',
            path: ['exit'],
            params: { expected: 'la date de sortie, puisque le motif de sortie est renseigné (ou videz le motif si le participant est en parcours)' },
            input: undefined,
          });
        }
      }, ALWAYS),
  } satisfies FileSchema;

  const etapes = {
    path: 'plie/etapes.csv',
    description: 'Une étape du parcours d’un participant du PLIE par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant présent dans plie/participants.csv' },
      type: { header: 'Type', aliases: ["Type d'étape"], required: true, description: PLIE_STEP_TYPES.join(', ') },
      start: { header: 'Date de début', required: true, description: 'date' },
      end: { header: 'Date de fin', required: true, description: 'date, vide = en cours' },
    },
    row: z
      .object({
        id: requiredText(),
        type: vocabulary(plieStepTypeVocabulary),
        start: requiredDate(),
        end: optionalDate(),
      })
      .superRefine((row, ctx) => {
        if (isDay(row.start) && isDay(row.end) && row.end < row.start) {
          ctx.addIssue({ code: 'custom', message: 'row.end_before_start', path: ['end'], input: row.end });
        }
      }, ALWAYS),
  } satisfies FileSchema;

  return { participants, etapes };
}

export type PlieSchemas = ReturnType<typeof buildPlieSchemas>;
export type PlieParticipant = z.output<PlieSchemas['participants']['row']>;
export type PlieEtape = z.output<PlieSchemas['etapes']['row']>;
