import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { communeMatcher, METROPOLE_NORD_OUEST, type Territory } from '../contract/territory.js';
import type { Issue } from '../contract/issues.js';
import { CellFailure } from '../contract/cells.js';
import { fieldParser } from '../contract/compiled-row.js';
import { contractFiles } from '../contract/files.js';
import type { FileSchema, ValueAliases } from '../contract/schemas.js';

/**
 * What an analyst can configure without touching code, in `alpes-report.config.json`
 * (in the data folder, or given with --config): the territory and its commune spellings,
 * and header aliases that map a real export's wording onto the contract's columns.
 */
export type HeaderAliases = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** Who publishes the report: printed on the cover, in the title and the PDF footer. */
export interface Identity {
  association: string;
  /** The association's name in full, after its short name on the cover. */
  associationFullName: string;
  missionLocale: string;
  reportTitle: string;
  /** Logo file (PNG, JPEG or SVG), relative to the data folder; null: `logo.png`… found there. */
  logo: string | null;
  /** Brand colours (#rrggbb) for the cover band and the section rules; null: black and white. */
  colours: { primary: string; secondary: string | null } | null;
}

export interface Settings {
  territory: Territory;
  identity: Identity;
  headerAliases: HeaderAliases;
  /** Export wordings of values -> the contract's values (`valeurs`). */
  valueAliases: ValueAliases;
  plie: {
    /** Target positive-exit rate, in percent (50 in seed 000). */
    targetPositiveRate: number;
  };
  /** A headline figure that moves by more than this share against Y-1 (either way), in %, is a warning. */
  maxChangePercent: number;
}

function defaultIdentity(territory: Territory): Identity {
  return {
    association: 'ALPES',
    associationFullName: "Alliance pour l'emploi et la solidarité",
    missionLocale: `Mission Locale ${territory.name}`,
    reportTitle: "Rapport d'activité",
    logo: null,
    colours: null,
  };
}

export const DEFAULT_SETTINGS: Settings = {
  territory: METROPOLE_NORD_OUEST,
  identity: defaultIdentity(METROPOLE_NORD_OUEST),
  headerAliases: {},
  valueAliases: {},
  plie: { targetPositiveRate: 50 },
  maxChangePercent: 50,
};

export const CONFIG_FILE_NAME = 'alpes-report.config.json';

const nonEmpty = z.string().trim().min(1);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'une couleur #rrggbb est attendue');

/** The file's shape; keys are French because analysts write this file. */
export const configFileSchema = z
  .object({
    territoire: z
      .object({
        nom: nonEmpty.optional().describe('nom du territoire, imprimé dans le rapport'),
        sigle: nonEmpty.optional().describe('sigle (MNO)'),
        communes: z.array(nonEmpty).min(1).optional().describe('communes, dans l’ordre des tableaux'),
        alias: z.record(nonEmpty, nonEmpty).optional().describe('autres écritures acceptées -> commune'),
        horsTerritoire: z
          .enum(['erreur', 'compter'])
          .optional()
          .describe('commune réelle hors du territoire : erreur (défaut) ou comptée dans une ligne « Hors territoire »'),
      })
      .strict()
      .optional(),
    entetes: z
      .record(nonEmpty, z.record(nonEmpty, z.array(nonEmpty).min(1)))
      .optional()
      .describe('fichier (ex. imilo/jeunes.csv) -> colonne du contrat -> autres intitulés acceptés'),
    association: z
      .object({
        nom: nonEmpty.optional().describe('nom court de l’association (ALPES)'),
        nomComplet: nonEmpty.optional().describe('nom complet, imprimé après le nom court sur la couverture'),
        missionLocale: nonEmpty.optional().describe('nom de la Mission Locale (défaut : « Mission Locale » + nom du territoire)'),
        titre: nonEmpty.optional().describe('titre du rapport, suivi de l’année (défaut : « Rapport d’activité »)'),
        logo: nonEmpty.optional().describe('fichier du logo (PNG, JPEG ou SVG), relatif au dossier des données'),
        couleurs: z
          .object({ principale: colour.describe('couleur principale (#rrggbb)'), secondaire: colour.optional().describe('couleur secondaire (#rrggbb)') })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    valeurs: z
      .record(nonEmpty, z.record(nonEmpty, z.record(nonEmpty, nonEmpty)))
      .optional()
      .describe('fichier -> colonne du contrat -> écriture de l’export -> valeur du contrat'),
    plie: z
      .object({ objectifSortiesPositives: z.number().min(0).max(100).describe('taux de sorties positives visé, en %') })
      .strict()
      .optional(),
    plausibilite: z
      .object({ ecartMaximum: z.number().positive().describe('écart en % (hausse ou baisse) au-delà duquel un chiffre clé est signalé face à l’année précédente') })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const territory = config.territoire;
    const communes = territory?.communes ?? METROPOLE_NORD_OUEST.communes;
    for (const [alias, commune] of Object.entries(territory?.alias ?? {})) {
      if (!communes.includes(commune)) {
        ctx.addIssue({ code: 'custom', path: ['territoire', 'alias', alias], message: `« ${commune} » n’est pas une commune du territoire` });
      }
    }
    const matcher = communeMatcher(METROPOLE_NORD_OUEST);
    const files = contractFiles(matcher);
    for (const [file, columns] of Object.entries(config.entetes ?? {})) {
      const schema = files.find((candidate) => candidate.path === file);
      if (!schema) {
        ctx.addIssue({ code: 'custom', path: ['entetes', file], message: `fichier inconnu ; fichiers possibles : ${files.map((f) => f.path).join(', ')}` });
        continue;
      }
      const headers = Object.values(schema.columns).map((column) => column.header);
      for (const header of Object.keys(columns)) {
        if (!headers.includes(header)) {
          ctx.addIssue({ code: 'custom', path: ['entetes', file, header], message: `colonne inconnue ; colonnes de ${file} : ${headers.join(', ')}` });
        }
      }
    }
    checkValueAliases(config.valeurs ?? {}, files, ctx);
  });

/**
 * Each value alias names a file and column of the contract, maps a wording the column does
 * not already accept, onto a value it accepts.
 */
function checkValueAliases(valeurs: Record<string, Record<string, Record<string, string>>>, files: FileSchema[], ctx: z.RefinementCtx<unknown>): void {
  for (const [file, columns] of Object.entries(valeurs)) {
    const schema = files.find((candidate) => candidate.path === file);
    if (!schema) {
      ctx.addIssue({ code: 'custom', path: ['valeurs', file], message: `fichier inconnu ; fichiers possibles : ${files.map((f) => f.path).join(', ')}` });
      continue;
    }
    const fields = Object.entries(schema.columns);
    for (const [header, wordings] of Object.entries(columns)) {
      const field = fields.find(([, spec]) => spec.header === header)?.[0];
      const parse = field === undefined ? undefined : fieldParser(schema.row, field);
      if (parse === undefined) {
        ctx.addIssue({ code: 'custom', path: ['valeurs', file, header], message: `colonne inconnue ; colonnes de ${file} : ${fields.map(([, spec]) => spec.header).join(', ')}` });
        continue;
      }
      const accepted = (text: string) => !(parse(text) instanceof CellFailure);
      for (const [wording, value] of Object.entries(wordings)) {
        if (accepted(wording)) {
          ctx.addIssue({ code: 'custom', path: ['valeurs', file, header, wording], message: `« ${wording} » est déjà une valeur acceptée de la colonne ${header} : retirez cet alias` });
        } else if (!accepted(value)) {
          ctx.addIssue({ code: 'custom', path: ['valeurs', file, header, wording], message: `« ${value} » n’est pas une valeur de la colonne ${header} (${schema.columns[field!]!.description})` });
        }
      }
    }
  }
}

export type ConfigFile = z.infer<typeof configFileSchema>;

export function settingsFrom(config: ConfigFile): Settings {
  const territory = config.territoire;
  const resolved: Territory = {
    name: territory?.nom ?? METROPOLE_NORD_OUEST.name,
    shortName: territory?.sigle ?? METROPOLE_NORD_OUEST.shortName,
    communes: territory?.communes ?? METROPOLE_NORD_OUEST.communes,
    aliases: territory?.alias ?? {},
    outside: territory?.horsTerritoire === 'compter' ? 'count' : 'error',
  };
  const association = config.association;
  const defaults = defaultIdentity(resolved);
  return {
    territory: resolved,
    identity: {
      association: association?.nom ?? defaults.association,
      associationFullName: association?.nomComplet ?? defaults.associationFullName,
      missionLocale: association?.missionLocale ?? defaults.missionLocale,
      reportTitle: association?.titre ?? defaults.reportTitle,
      logo: association?.logo ?? null,
      colours: association?.couleurs ? { primary: association.couleurs.principale, secondary: association.couleurs.secondaire ?? null } : null,
    },
    headerAliases: config.entetes ?? {},
    valueAliases: config.valeurs ?? {},
    plie: { targetPositiveRate: config.plie?.objectifSortiesPositives ?? DEFAULT_SETTINGS.plie.targetPositiveRate },
    maxChangePercent: config.plausibilite?.ecartMaximum ?? DEFAULT_SETTINGS.maxChangePercent,
  };
}

/**
 * Reads the configuration: the explicit path, else `<data>/alpes-report.config.json` when it
 * exists, else the defaults. Problems are issues (file, path inside the file, message).
 */
export function loadSettings(explicitPath: string | undefined, dataDir: string, issues: Issue[]): Settings | undefined {
  const file = explicitPath ?? path.join(dataDir, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (explicitPath === undefined) return DEFAULT_SETTINGS;
    issues.push({ code: 'config.invalid', severity: 'error', file, expected: 'un fichier de configuration existant' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
  } catch (error) {
    issues.push({ code: 'config.invalid', severity: 'error', file, expected: `du JSON valide (${(error as Error).message})` });
    return undefined;
  }
  const result = configFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({
        code: 'config.invalid',
        severity: 'error',
        file,
        field: issue.path.map(String).join(' > ') || '(racine)',
        expected: issue.message,
      });
    }
    return undefined;
  }
  return settingsFrom(result.data);
}
