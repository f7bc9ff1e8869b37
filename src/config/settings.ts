import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { communeKey, communeMatcher, METROPOLE_NORD_OUEST, type Territory } from '../contract/territory.js';
import { headerKey } from '../contract/normalize.js';
import { isFileSystemError, type Expectation, type IssueSink } from '../contract/issues.js';
import { CellFailure, DEFAULT_CELL_LIMITS, MAX_COUNT_DIGITS, type CellLimits } from '../contract/cells.js';
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
  /** Colours (#rrggbb): the stylesheet's --brand and --accent, and the charts' series in order. */
  colours: Colours;
}

export interface Colours {
  primary: string;
  secondary: string;
  /** Chart series, each a different lightness so that the parts stay apart in greyscale print. */
  chart: readonly string[];
}

/**
 * ALPES's blue and a brick accent. The chart series alternate hue and step lightness (CIE L*
 * 33, 72, 52, 15, 90, 62): neighbours differ by 10 or more, so a black-and-white print keeps
 * the parts of a share apart.
 */
export const DEFAULT_COLOURS: Colours = {
  primary: '#1d4e89',
  secondary: '#b5452b',
  chart: ['#1d4e89', '#f0a04b', '#3d8b5a', '#0b2545', '#f3e3b5', '#d87a8c'],
};

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
  /** A single aid above this many cents is a warning. */
  aidCeilingCents: number;
  /** An amount or count cell beyond these is an error. */
  cellLimits: CellLimits;
}

function defaultIdentity(territory: Territory): Identity {
  return {
    association: 'ALPES',
    associationFullName: "Alliance pour l'emploi et la solidarité",
    missionLocale: `Mission Locale ${territory.name}`,
    reportTitle: "Rapport d'activité",
    logo: null,
    colours: DEFAULT_COLOURS,
  };
}

export const DEFAULT_SETTINGS: Settings = {
  territory: METROPOLE_NORD_OUEST,
  identity: defaultIdentity(METROPOLE_NORD_OUEST),
  headerAliases: {},
  valueAliases: {},
  plie: { targetPositiveRate: 50 },
  maxChangePercent: 50,
  aidCeilingCents: 10_000_00,
  cellLimits: DEFAULT_CELL_LIMITS,
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
          .object({
            principale: colour.describe('couleur principale (#rrggbb) : couverture, titres, chiffres clés'),
            secondaire: colour.optional().describe('couleur secondaire (#rrggbb) : sous-titres, évolutions'),
            graphiques: z
              .array(colour)
              .min(2)
              .max(12)
              .optional()
              .describe('couleurs des séries des graphiques, dans l’ordre ; de clartés différentes pour rester lisibles en noir et blanc'),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    valeurs: z
      .record(nonEmpty, z.record(nonEmpty, z.record(nonEmpty, nonEmpty)))
      .optional()
      .describe('fichier -> colonne du contrat -> écriture de l’export -> valeur du contrat'),
    qualite: z
      .object({
        aideMax: z.number().positive().max(10_000_000).optional().describe('montant d’une aide au-delà duquel un avertissement est donné, en euros (10 000 par défaut)'),
        montantMax: z
          .number()
          .positive()
          .max(1_000_000_000)
          .optional()
          .describe('montant au-delà duquel une cellule de montant est une erreur, en euros (10 000 000 par défaut)'),
        nombreMax: z
          .number()
          .int()
          .positive()
          .max(10 ** MAX_COUNT_DIGITS - 1)
          .optional()
          .describe('nombre au-delà duquel une cellule de nombre entier (manuel.csv, salons, territoire…) est une erreur (10 000 000 par défaut)'),
      })
      .strict()
      .optional(),
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
    // Contradictions that would change figures in silence: a commune counted twice, a
    // commune's young people moved to another, an alias that never applies.
    const communeAt = new Map<string, number>();
    communes.forEach((commune, index) => {
      const key = communeKey(commune);
      const first = communeAt.get(key);
      if (first === undefined) communeAt.set(key, index);
      else ctx.addIssue({ code: 'custom', path: ['territoire', 'communes', index], params: expect({ kind: 'communeListedTwice', commune, position: first + 1 }) });
    });
    const aliasOf = new Map<string, string>();
    for (const [alias, commune] of Object.entries(territory?.alias ?? {})) {
      const key = communeKey(alias);
      if (communeAt.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['territoire', 'alias', alias], params: expect({ kind: 'aliasIsCommune', alias, commune }) });
      } else if (aliasOf.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['territoire', 'alias', alias], params: expect({ kind: 'aliasRepeated', alias, other: aliasOf.get(key)! }) });
      }
      aliasOf.set(key, alias);
      if (!communeAt.has(communeKey(commune))) {
        const chained = Object.keys(territory?.alias ?? {}).some((other) => communeKey(other) === communeKey(commune));
        ctx.addIssue({
          code: 'custom',
          path: ['territoire', 'alias', alias],
          params: expect(chained ? { kind: 'aliasChain', commune } : { kind: 'aliasTargetUnknown', commune }),
        });
      }
    }
    const matcher = communeMatcher(METROPOLE_NORD_OUEST);
    const files = contractFiles(matcher);
    for (const [file, columns] of Object.entries(config.entetes ?? {})) {
      const schema = files.find((candidate) => candidate.path === file);
      if (!schema) {
        ctx.addIssue({ code: 'custom', path: ['entetes', file], params: expect({ kind: 'configUnknownFile', files: files.map((f) => f.path) }) });
        continue;
      }
      const specs = Object.values(schema.columns);
      const headers = specs.map((column) => column.header);
      // Every label the file's header may hold, and the column it names.
      const owner = new Map<string, string>();
      for (const spec of specs) for (const label of [spec.header, ...(spec.aliases ?? [])]) owner.set(headerKey(label), spec.header);
      for (const [header, aliases] of Object.entries(columns)) {
        if (!headers.includes(header)) {
          ctx.addIssue({ code: 'custom', path: ['entetes', file, header], params: expect({ kind: 'configUnknownColumn', file, columns: headers }) });
          continue;
        }
        aliases.forEach((alias, index) => {
          const taken = owner.get(headerKey(alias));
          if (taken !== undefined && taken !== header) {
            ctx.addIssue({ code: 'custom', path: ['entetes', file, header, index], params: expect({ kind: 'headerAliasTaken', alias, column: taken }) });
          }
          owner.set(headerKey(alias), header);
        });
      }
    }
    checkValueAliases(config.valeurs ?? {}, files, ctx);
    // An aid is a warning above aideMax but a cell error above montantMax: an aideMax at or
    // above montantMax could never warn, which the analyst would read as "no implausible aid".
    const aidMax = config.qualite?.aideMax;
    const amountMax = config.qualite?.montantMax ?? DEFAULT_CELL_LIMITS.maxAmountCents / 100;
    if (aidMax !== undefined && Math.round(aidMax * 100) >= Math.round(amountMax * 100)) {
      ctx.addIssue({ code: 'custom', path: ['qualite', 'aideMax'], params: expect({ kind: 'aidCeilingAboveAmountMax', aidMax, amountMax, amountMaxSet: config.qualite?.montantMax !== undefined }) });
    }
  });

/**
 * Each value alias names a file and column of the contract, maps a wording the column does
 * not already accept, onto a value it accepts.
 */
function checkValueAliases(valeurs: Record<string, Record<string, Record<string, string>>>, files: FileSchema[], ctx: z.RefinementCtx<unknown>): void {
  for (const [file, columns] of Object.entries(valeurs)) {
    const schema = files.find((candidate) => candidate.path === file);
    if (!schema) {
      ctx.addIssue({ code: 'custom', path: ['valeurs', file], params: expect({ kind: 'configUnknownFile', files: files.map((f) => f.path) }) });
      continue;
    }
    const fields = Object.entries(schema.columns);
    for (const [header, wordings] of Object.entries(columns)) {
      const field = fields.find(([, spec]) => spec.header === header)?.[0];
      const parse = field === undefined ? undefined : fieldParser(schema.row, field);
      if (parse === undefined) {
        ctx.addIssue({ code: 'custom', path: ['valeurs', file, header], params: expect({ kind: 'configUnknownColumn', file, columns: fields.map(([, spec]) => spec.header) }) });
        continue;
      }
      const accepted = (text: string) => !(parse(text) instanceof CellFailure);
      for (const [wording, value] of Object.entries(wordings)) {
        if (accepted(wording)) {
          ctx.addIssue({ code: 'custom', path: ['valeurs', file, header, wording], params: expect({ kind: 'valueAliasNeeded', wording, column: header }) });
        } else if (!accepted(value)) {
          ctx.addIssue({ code: 'custom', path: ['valeurs', file, header, wording], params: expect({ kind: 'valueAliasTarget', value, column: header, description: schema.columns[field!]!.description }) });
        }
      }
    }
  }
}

/** JSON.parse's position (V8 gives an offset in its English message) as line and column. */
function jsonErrorPosition(text: string, error: unknown): { line?: number; column?: number } {
  const offset = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (offset === undefined) return text.trim() === '' ? { line: 1 } : {};
  const before = text.slice(0, Number(offset));
  const line = before.split('\n').length;
  return { line, column: Number(offset) - before.lastIndexOf('\n') };
}

/**
 * Keys that JavaScript objects treat specially (`__proto__`): zod would skip them without a
 * word, so they are refused with their path.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function reservedKeys(value: unknown, at: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[][] = [];
  for (const key of Object.keys(value)) {
    const keyPath = [...at, key];
    if (RESERVED_KEYS.has(key)) found.push(keyPath);
    else found.push(...reservedKeys((value as Record<string, unknown>)[key], keyPath));
  }
  return found;
}

/** A configuration issue's expectation, carried in a custom zod issue's params. */
const expect = (expectation: Expectation) => ({ expectation });

/** What zod found, as an expectation the catalogue words: the user never sees zod's English. */
function zodExpectation(issue: z.core.$ZodIssue): Expectation {
  switch (issue.code) {
    case 'custom':
      return (issue.params as { expectation?: Expectation } | undefined)?.expectation ?? { kind: 'configDocumented' };
    case 'invalid_type':
      return { kind: 'configType', type: issue.expected };
    case 'unrecognized_keys':
      return { kind: 'configUnknownKeys', keys: issue.keys };
    case 'too_small':
      return issue.origin === 'string' ? { kind: 'configNonEmptyText' } : issue.origin === 'array' ? { kind: 'configMinItems', minimum: Number(issue.minimum) } : { kind: 'configMinimum', minimum: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'configMaximum', maximum: Number(issue.maximum) };
    case 'invalid_key':
      return { kind: 'configNonEmptyKeys' };
    default:
      return { kind: 'configDocumented' };
  }
}

export type ConfigFile = z.infer<typeof configFileSchema>;

export function settingsFrom(config: ConfigFile): Settings {
  const territory = config.territoire;
  const communes = territory?.communes ?? METROPOLE_NORD_OUEST.communes;
  const resolved: Territory = {
    name: territory?.nom ?? METROPOLE_NORD_OUEST.name,
    shortName: territory?.sigle ?? METROPOLE_NORD_OUEST.shortName,
    communes,
    // The commune as the list spells it: the tables show that spelling.
    aliases: Object.fromEntries(
      Object.entries(territory?.alias ?? {}).map(([alias, target]) => [alias, communes.find((commune) => communeKey(commune) === communeKey(target)) ?? target]),
    ),
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
      colours: {
        primary: association?.couleurs?.principale ?? defaults.colours.primary,
        secondary: association?.couleurs?.secondaire ?? defaults.colours.secondary,
        chart: association?.couleurs?.graphiques ?? defaults.colours.chart,
      },
    },
    headerAliases: config.entetes ?? {},
    valueAliases: config.valeurs ?? {},
    plie: { targetPositiveRate: config.plie?.objectifSortiesPositives ?? DEFAULT_SETTINGS.plie.targetPositiveRate },
    maxChangePercent: config.plausibilite?.ecartMaximum ?? DEFAULT_SETTINGS.maxChangePercent,
    aidCeilingCents: config.qualite?.aideMax === undefined ? DEFAULT_SETTINGS.aidCeilingCents : Math.round(config.qualite.aideMax * 100),
    cellLimits: {
      maxAmountCents: config.qualite?.montantMax === undefined ? DEFAULT_CELL_LIMITS.maxAmountCents : Math.round(config.qualite.montantMax * 100),
      maxCount: config.qualite?.nombreMax ?? DEFAULT_CELL_LIMITS.maxCount,
    },
  };
}

/**
 * Reads the configuration: the explicit path, else `<data>/alpes-report.config.json` when it
 * exists, else the defaults. Problems are issues (file, path inside the file, message).
 */
export function loadSettings(explicitPath: string | undefined, dataDir: string, issues: IssueSink): Settings | undefined {
  const file = explicitPath ?? path.join(dataDir, CONFIG_FILE_NAME);
  if (!existsSync(file)) {
    if (explicitPath === undefined) return DEFAULT_SETTINGS;
    issues.push({ code: 'config.invalid', severity: 'error', file, expectation: { kind: 'configFile' } });
    return undefined;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    issues.push({ code: 'file.unreadable', severity: 'error', file, errno: error.code });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    issues.push({ code: 'config.invalid', severity: 'error', file, ...jsonErrorPosition(text, error), expectation: { kind: 'configJson' } });
    return undefined;
  }
  const reserved = reservedKeys(raw);
  if (reserved.length > 0) {
    for (const keyPath of reserved) {
      issues.push({ code: 'config.invalid', severity: 'error', file, field: keyPath.join(' > '), expectation: { kind: 'configReservedKey', key: String(keyPath.at(-1)) } });
    }
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
        expectation: zodExpectation(issue),
      });
    }
    return undefined;
  }
  return settingsFrom(result.data);
}
