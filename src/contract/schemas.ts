import { z } from 'zod';
import type { CommuneMatcher } from './territory.js';
import {
  amountCents,
  anyCommune,
  cell,
  CellFailure,
  optionalCount,
  optionalDate,
  optionalText,
  optionalVocabulary,
  optionalVocabularyOr,
  requiredCount,
  requiredDate,
  requiredText,
  territoryCommune,
  vocabulary,
  yesNo,
  DEFAULT_CELL_LIMITS,
  type CellLimits,
} from './cells.js';
import { ALWAYS, rowSchema } from './compiled-row.js';
import { normalizeLabel } from './normalize.js';
import {
  QUALIFICATION_LEVELS,
  QUALIFICATIONS,
  SUBTYPE_VOCABULARIES,
  actionOwnerVocabulary,
  actionThemeVocabulary,
  actionTypeLabelVocabulary,
  COMBINED_ACTION_THEMES,
  type ActionType,
  aidTypeVocabulary,
  decisionVocabulary,
  eventStatusVocabulary,
  housingVocabulary,
  natureVocabulary,
  preparedLevelVocabulary,
  programmeVocabulary,
  qualificationLevelVocabulary,
  qualificationVocabulary,
  qualifyingVocabulary,
  sexVocabulary,
  situationTypeVocabulary,
  themeVocabulary,
  type Qualification,
} from './vocabularies.js';

/**
 * The input contract as zod schemas: one per CSV file, keyed by field name. Each column
 * carries its header, accepted header aliases, whether it must be present and whether its
 * values are personal data (then never echoed in messages). Types are inferred from here,
 * and `alpes-report schema` prints this table, so the contract cannot drift from the code.
 */
export interface ColumnSpec {
  header: string;
  aliases?: readonly string[];
  /** The column must be in the header row (its cells may still be optional). */
  required: boolean;
  /** Values are personal data: never copied into messages or outputs. */
  personal?: boolean;
  /**
   * Free text that may span lines inside quotes. In any other column a cell holding a line
   * break is a quote left open that swallowed the rows after it: an error, not a value.
   */
  multiline?: boolean;
  description: string;
}

export interface FileSchema<Row extends z.ZodType = z.ZodType> {
  /** Path inside the year folder. */
  path: string;
  /** The row schema: a z.object keyed like `columns`, plus cross-column checks. */
  row: Row;
  columns: Readonly<Record<string, ColumnSpec>>;
  description: string;
  /**
   * The configuration's value aliases (`valeurs`): field -> normalised export wording ->
   * contract value, put in place of the cell's text before the row is read.
   */
  valueAliases?: Readonly<Record<string, ReadonlyMap<string, string>>>;
}

/** The configuration's `valeurs`: file path -> contract header -> export wording -> contract value. */
export type ValueAliases = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

/**
 * Qualification: a report band, or an I-MILO level mapped to one (and flagged). One shared
 * value per band and flag: a national register holds a million of them.
 */
const QUALIFICATION_VALUES = new Map(
  QUALIFICATIONS.map((band) => [band, { false: { band, fromLevel: false }, true: { band, fromLevel: true } }] as const),
);

function qualificationValue(band: Qualification, fromLevel: boolean): { band: Qualification; fromLevel: boolean } {
  const values = QUALIFICATION_VALUES.get(band)!;
  return fromLevel ? values.true : values.false;
}

export const qualification = () =>
  cell((text): { band: Qualification; fromLevel: boolean } | CellFailure => {
    const expected = 'Supérieur au BAC, BAC, BEP/CAP, Aucun diplôme (ou un niveau I-MILO)';
    if (text === undefined || text.trim() === '') return new CellFailure('cell.required', { expected });
    const band = qualificationVocabulary.match(text);
    if (band) return qualificationValue(band, false);
    const level = qualificationLevelVocabulary.match(text) ?? qualificationLevelVocabulary.match(`niveau ${text}`);
    if (level) return qualificationValue(QUALIFICATION_LEVELS[level]!, true);
    const suggestion = qualificationVocabulary.suggest(text);
    return new CellFailure('cell.vocabulary', suggestion ? { expected, suggestion } : { expected });
  });

/**
 * Cross-column checks run even when another cell of the row failed, so that one pass lists
 * every error (zod skips refinements after a failed field unless told otherwise). A failed
 * field holds no usable value, hence the type guards in the checks. Row schemas are made by
 * `rowSchema()` (compiled-row.ts), which also compiles their fast path.
 */
export { ALWAYS };

export function isDay(value: unknown): value is number {
  return typeof value === 'number';
}

/** Adds an issue on `path` when an interval ends before it starts. */
function checkInterval<T>(startKey: keyof T, endKey: keyof T) {
  return (row: T, ctx: z.RefinementCtx<T>) => {
    const start = row[startKey];
    const end = row[endKey];
    if (isDay(start) && isDay(end) && end < start) {
      ctx.addIssue({ code: 'custom', message: 'row.end_before_start', path: [endKey as string], input: end });
    }
  };
}

export function buildSchemas(communes: CommuneMatcher, limits: CellLimits = DEFAULT_CELL_LIMITS) {
  const jeunes = {
    path: 'imilo/jeunes.csv',
    description: 'Un jeune connu dans l’année par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant I-MILO pseudonyme, unique' },
      sex: { header: 'Sexe', required: true, description: 'F ou H (Femme, Homme acceptés)' },
      birthDate: { header: 'Date de naissance', required: true, personal: true, description: 'date' },
      commune: { header: 'Commune', required: true, description: 'commune du territoire' },
      qpv: { header: 'QPV', required: true, description: 'nom du quartier prioritaire, vide si aucun' },
      qualification: {
        header: 'Niveau de qualification',
        required: true,
        description: 'Supérieur au BAC, BAC, BEP/CAP, Aucun diplôme, ou niveau I-MILO (avertissement)',
      },
      firstArrival: { header: 'Date premier accueil', required: true, description: 'date du 1er accueil' },
      drivingLicence: { header: 'Permis B', required: true, description: 'Oui/Non' },
      housing: { header: 'Logement', required: true, description: 'Parents, Autonome, Précaire' },
      rqth: { header: 'RQTH', required: true, description: 'Oui/Non' },
    },
    row: rowSchema(
      {
        id: requiredText(),
        sex: vocabulary(sexVocabulary),
        birthDate: requiredDate(),
        commune: territoryCommune(communes),
        qpv: optionalText(),
        qualification: qualification(),
        firstArrival: requiredDate(),
        drivingLicence: yesNo(),
        housing: vocabulary(housingVocabulary),
        rqth: yesNo(),
      },
      [
        (row, ctx) => {
          if (isDay(row.birthDate) && isDay(row.firstArrival) && row.birthDate >= row.firstArrival) {
            ctx.addIssue({ code: 'custom', message: 'row.birth_after_date', path: ['birthDate'], input: undefined });
          }
        },
      ],
    ),
  } satisfies FileSchema;

  const evenements = {
    path: 'imilo/evenements.csv',
    description: 'Un contact (entretien, SMS, e-mail…) par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant présent dans jeunes.csv' },
      date: { header: 'Date', required: true, description: 'date' },
      nature: { header: 'Nature', required: true, description: natureVocabulary.values.join(', ') },
      status: { header: 'Statut', required: false, description: 'Réalisé, Annulé, Absent ; vide = Réalisé' },
    },
    row: rowSchema({
      id: requiredText(),
      date: requiredDate(),
      nature: vocabulary(natureVocabulary),
      status: optionalVocabularyOr(eventStatusVocabulary, 'Réalisé'),
    }),
  } satisfies FileSchema;

  const propositions = {
    path: 'imilo/propositions.csv',
    description: 'Une proposition faite à un jeune par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant présent dans jeunes.csv' },
      date: { header: 'Date', required: true, description: 'date' },
      theme: { header: 'Thème', required: true, description: themeVocabulary.values.join(', ') },
      subTheme: { header: 'Sous-thème', required: false, multiline: true, description: 'texte libre' },
    },
    row: rowSchema({
      id: requiredText(),
      date: requiredDate(),
      theme: vocabulary(themeVocabulary),
      subTheme: optionalText(),
    }),
  } satisfies FileSchema;

  const situations = {
    path: 'imilo/situations.csv',
    description: 'Une situation (emploi, formation, immersion…) par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant présent dans jeunes.csv' },
      type: { header: 'Type', required: true, description: situationTypeVocabulary.values.join(', ') },
      subType: { header: 'Sous-type', required: true, description: 'selon le Type (voir docs/input-contract.md)' },
      start: { header: 'Date de début', required: true, description: 'date' },
      end: { header: 'Date de fin', required: true, description: 'date, vide = en cours' },
      domain: { header: 'Domaine', required: false, description: 'secteur professionnel' },
      qualifying: { header: 'Qualifiante', required: false, description: 'Qualifiante, Pré-qualifiante, Non (Formation)' },
      preparedLevel: { header: 'Niveau préparé', required: false, description: 'BEP/CAP, BAC, Supérieur au BAC (Alternance)' },
      country: { header: 'Pays', required: false, description: 'pays (Mobilité internationale)' },
    },
    row: rowSchema(
      {
        id: requiredText(),
        type: vocabulary(situationTypeVocabulary),
        subType: optionalText(),
        start: requiredDate(),
        end: optionalDate(),
        domain: optionalText(),
        qualifying: optionalVocabulary(qualifyingVocabulary),
        preparedLevel: optionalVocabulary(preparedLevelVocabulary),
        country: optionalText(),
      },
      [
        checkInterval('start', 'end'),
        (row, ctx) => {
          const subtypes = typeof row.type === 'string' ? SUBTYPE_VOCABULARIES[row.type] : undefined;
          if (subtypes === undefined || (row.subType !== undefined && subtypes.match(row.subType) !== undefined)) return;
          const expected = `pour le type « ${row.type} » : ${subtypes.values.join(', ')}`;
          const suggestion = row.subType === undefined ? undefined : subtypes.suggest(row.subType);
          ctx.addIssue({
            code: 'custom',
            message: row.subType === undefined ? 'cell.required' : 'cell.subtype',
            path: ['subType'],
            params: suggestion ? { expected, suggestion } : { expected },
            input: row.subType,
          });
        },
      ],
      // Runs only on a valid row: the sous-type in its canonical spelling (in place, which
      // keeps every record's shape).
      (row) => {
        const subtypes = SUBTYPE_VOCABULARIES[row.type];
        if (subtypes !== undefined && row.subType !== undefined) row.subType = subtypes.match(row.subType);
        return row;
      },
    ),
  } satisfies FileSchema;

  const dispositifs = {
    path: 'imilo/dispositifs.csv',
    description: 'Une entrée d’un jeune dans un dispositif par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant présent dans jeunes.csv' },
      programme: { header: 'Dispositif', required: true, description: programmeVocabulary.values.join(', ') },
      entry: { header: "Date d'entrée", required: true, description: 'date' },
      exit: { header: 'Date de sortie', required: true, description: 'date, vide = en cours' },
    },
    row: rowSchema(
      {
        id: requiredText(),
        programme: vocabulary(programmeVocabulary),
        entry: requiredDate(),
        exit: optionalDate(),
      },
      [checkInterval('entry', 'exit')],
    ),
  } satisfies FileSchema;

  const aides = {
    path: 'imilo/aides.csv',
    description: 'Une décision d’aide financière par ligne.',
    columns: {
      id: { header: 'Identifiant', required: true, personal: true, description: 'identifiant ; vide seulement pour Frais de gestion' },
      date: { header: 'Date', required: true, description: 'date de décision' },
      type: { header: 'Type', required: true, description: aidTypeVocabulary.values.join(', ') },
      amountCents: { header: 'Montant', required: true, description: 'montant en euros, >= 0' },
      decision: { header: 'Décision', required: true, description: 'Accordée, Refusée, Ajournée' },
    },
    row: rowSchema(
      {
        id: optionalText(),
        date: requiredDate(),
        type: vocabulary(aidTypeVocabulary),
        amountCents: amountCents(limits.maxAmountCents),
        decision: vocabulary(decisionVocabulary),
      },
      [
        (row, ctx) => {
          if (row.id === undefined && typeof row.type === 'string' && row.type !== 'Frais de gestion') {
            ctx.addIssue({ code: 'custom', message: 'cell.required', path: ['id'], input: undefined });
          }
        },
      ],
    ),
  } satisfies FileSchema;

  const actions = {
    path: 'actions/actions.csv',
    description: 'Une action collective ou un événement par ligne.',
    columns: {
      actionId: { header: 'Identifiant action', required: true, description: 'identifiant unique de l’action' },
      date: { header: 'Date', required: true, description: 'date' },
      type: {
        header: 'Type',
        required: true,
        description: `${actionTypeLabelVocabulary.values.join(', ')} ; ou « Atelier » suivi d’un thème (Atelier CEJ, Atelier santé, Atelier découverte métiers (VR)…), lu comme Type Atelier et ce Thème`,
      },
      theme: { header: 'Thème', required: false, description: `${actionThemeVocabulary.values.join(', ')} (extension)` },
      title: { header: 'Intitulé', required: true, multiline: true, description: 'intitulé affiché dans le rapport' },
      place: { header: 'Lieu', required: false, multiline: true, description: 'texte libre' },
      exhibitors: { header: 'Exposants', required: false, description: 'nombre entier' },
      visitors: { header: 'Visiteurs', required: false, description: 'nombre entier (visiteurs non inscrits un par un)' },
      interviews: { header: 'Entretiens', required: false, description: 'nombre entier' },
      owner: { header: 'Structure', required: false, description: `${actionOwnerVocabulary.values.join(', ')} ; vide = Mission Locale (extension)` },
      parent: { header: 'Action parente', required: false, description: 'identifiant de l’événement dont l’action fait partie (un atelier pendant un salon) (extension)' },
      localExhibitors: { header: 'Exposants du territoire', required: false, description: 'nombre entier, parmi les exposants (extension)' },
      demonstrations: { header: 'Démonstrations', required: false, description: 'nombre entier (extension)' },
      comment: { header: 'Commentaire', required: false, multiline: true, description: 'texte libre affiché après les chiffres de l’événement (pages MDE) (extension)' },
    },
    row: rowSchema(
      {
        actionId: requiredText(),
        date: requiredDate(),
        type: vocabulary(actionTypeLabelVocabulary),
        theme: optionalVocabulary(actionThemeVocabulary),
        title: requiredText(),
        place: optionalText(),
        exhibitors: optionalCount(limits.maxCount),
        visitors: optionalCount(limits.maxCount),
        interviews: optionalCount(limits.maxCount),
        owner: optionalVocabularyOr(actionOwnerVocabulary, 'Mission Locale'),
        parent: optionalText(),
        localExhibitors: optionalCount(limits.maxCount),
        demonstrations: optionalCount(limits.maxCount),
        comment: optionalText(),
      },
      [
        (row, ctx) => {
          if (typeof row.localExhibitors === 'number' && typeof row.exhibitors === 'number' && row.localExhibitors > row.exhibitors) {
            ctx.addIssue({ code: 'custom', message: 'row.part_exceeds_total', path: ['localExhibitors'], params: { expected: 'au plus le nombre de la colonne Exposants' }, input: row.localExhibitors });
          }
        },
        (row, ctx) => {
          const implied = typeof row.type === 'string' ? COMBINED_ACTION_THEMES[row.type] : undefined;
          if (implied !== undefined && typeof row.theme === 'string' && row.theme !== implied) {
            const expected = `« ${implied} » (le thème que donne le Type « ${row.type} ») ou vide`;
            ctx.addIssue({ code: 'custom', message: 'cell.vocabulary', path: ['theme'], params: { expected }, input: row.theme });
          }
        },
      ],
      // Runs only on a valid row: a combined label becomes Type Atelier and its Thème.
      (row) => {
        const implied = COMBINED_ACTION_THEMES[row.type];
        if (implied !== undefined) {
          row.type = 'Atelier';
          row.theme ??= implied;
        }
        return row;
      },
    ),
  } satisfies FileSchema;

  const participations = {
    path: 'actions/participations.csv',
    description: 'Un participant inscrit à une action par ligne.',
    columns: {
      actionId: { header: 'Identifiant action', required: true, description: 'identifiant présent dans actions.csv' },
      participantId: { header: 'Identifiant', required: true, personal: true, description: 'identifiant du jeune ou d’un autre participant' },
      commune: { header: 'Commune', required: false, description: 'toute commune ; seules celles du territoire comptent « dont MNO »' },
    },
    row: rowSchema({
      actionId: requiredText(),
      participantId: requiredText(),
      commune: anyCommune(communes),
    }),
  } satisfies FileSchema;

  const manuel = {
    path: 'manuel.csv',
    description: 'Chiffres qu’aucun export ne contient (voir docs/manuel.md pour les clés).',
    columns: {
      key: { header: 'Indicateur', required: true, description: 'clé documentée' },
      value: { header: 'Valeur', required: true, description: 'nombre entier' },
      comment: { header: 'Commentaire', required: false, multiline: true, description: 'texte libre' },
    },
    row: rowSchema({
      key: requiredText(),
      value: requiredCount(limits.maxCount),
      comment: optionalText(),
    }),
  } satisfies FileSchema;

  return { jeunes, evenements, propositions, situations, dispositifs, aides, actions, participations, manuel };
}

export type Schemas = ReturnType<typeof buildSchemas>;

/**
 * The schemas with the configuration's aliases: extra accepted header labels (file path ->
 * contract header -> aliases) and value aliases (see ValueAliases). The row schemas are
 * unchanged: a value alias replaces the cell's text before it is read (validate-file.ts).
 */
export function withAliases<T extends Record<string, FileSchema>>(
  schemas: T,
  aliases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  valueAliases: ValueAliases = {},
): T {
  const out = { ...schemas } as Record<string, FileSchema>;
  for (const [key, schema] of Object.entries(schemas) as [string, FileSchema][]) {
    const extra = aliases[schema.path];
    const values = valueAliases[schema.path];
    if (!extra && !values) continue;
    const columns = Object.fromEntries(
      Object.entries(schema.columns).map(([field, spec]) => [
        field,
        extra?.[spec.header] ? { ...spec, aliases: [...(spec.aliases ?? []), ...extra[spec.header]!] } : spec,
      ]),
    );
    const byField: Record<string, ReadonlyMap<string, string>> = {};
    for (const [field, spec] of Object.entries(schema.columns)) {
      const wordings = values?.[spec.header];
      if (wordings) byField[field] = new Map(Object.entries(wordings).map(([wording, value]) => [normalizeLabel(wording), value]));
    }
    out[key] = { ...schema, columns, ...(Object.keys(byField).length > 0 ? { valueAliases: byField } : {}) };
  }
  return out as T;
}
export type FileKey = keyof Schemas;

export type YoungPerson = z.output<Schemas['jeunes']['row']>;
export type ActivityEvent = z.output<Schemas['evenements']['row']>;
export type Proposition = z.output<Schemas['propositions']['row']>;
export type Situation = z.output<Schemas['situations']['row']>;
export type Enrolment = z.output<Schemas['dispositifs']['row']>;
export type Aid = z.output<Schemas['aides']['row']>;
/** A combined Type label (`Atelier CEJ`) is split by the row schema's last step: the Type is a format. */
export type Action = Omit<z.output<Schemas['actions']['row']>, 'type'> & { type: ActionType };
export type Participation = z.output<Schemas['participations']['row']>;
export type ManualRow = z.output<Schemas['manuel']['row']>;

