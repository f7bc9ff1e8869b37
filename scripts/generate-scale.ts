/**
 * Deterministic generator of a synthetic year folder at benchmark scale:
 *
 *   npx tsx scripts/generate-scale.ts --young 110000 --contacts 1000000 --out /tmp/alpes-scale
 *   npx tsx scripts/generate-scale.ts --scale full            (1 100 000 jeunes, 10 000 000 contacts)
 *
 * Writes `<out>/<year>/imilo/*.csv`, `<out>/<year>/actions/*.csv` and `<out>/<year>/manuel.csv`
 * following the input contract: headers are taken from `src/contract/schemas.ts`, closed values
 * from `src/contract/vocabularies.ts`, communes from `src/contract/territory.ts`, manual keys from
 * `src/contract/manual-keys.ts`. Every row is valid, so `alpes-report validate` reports no error
 * and no warning either (ages 16-25 at the first arrival, no amount on a refused aid, no duplicate
 * row, no I-MILO qualification level, activity dates within Y-1..Y+1). Some dates fall outside the year, as in
 * real exports (contacts of the previous autumn, situations started in earlier years...).
 *
 * Rows are written as they are drawn, through a 1 MiB buffer per file (nothing grows with the
 * scale but the output files). A seeded PRNG per file (mulberry32) makes every run byte-identical
 * for the same options. Also importable: `generateScale()`, used by scripts/bench.ts.
 *
 * Proportions per young person are the fixtures' (scripts/lib/proportions.ts, read from
 * fixtures/2024: the association's own year): about 14 contacts, 0.9 propositions per contact,
 * 1.4 situations, 0.8 dispositifs, 2.9 aid decisions, 0.27 collective actions with about 7
 * participants each. `--contacts` overrides the number of contacts alone.
 */
import { closeSync, mkdirSync, openSync, writeSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../src/contract/territory.js';
import { MANUAL_KEYS } from '../src/contract/manual-keys.js';
import { buildSchemas } from '../src/contract/schemas.js';
import { csvCell } from './lib/csv.js';
import { proportionsOf, type Proportions } from './lib/proportions.js';
import { dayOf, formatDay } from './lib/dates.js';
import { Rng } from './lib/rng.js';
import {
  ACTION_THEMES,
  ACTION_TYPES,
  AID_TYPES,
  ALTERNANCE_SUBTYPES,
  DECISIONS,
  EMPLOYMENT_SUBTYPES,
  EVENT_STATUSES,
  HOUSINGS,
  NATURES,
  PREPARED_LEVELS,
  PROGRAMMES,
  QUALIFICATIONS,
  QUALIFYING,
  SEXES,
  SITUATION_TYPES,
  THEMES,
  TRAINING_SUBTYPES,
  type ActionTheme,
  type ActionType,
  type AidType,
  type Nature,
  type Programme,
  type SituationType,
  type Theme,
} from '../src/contract/vocabularies.js';

// ------------------------------------------------------------------ scales and options

export interface Scale {
  young: number;
  contacts: number;
}

/** The fixtures' proportions, read once. */
export const PROPORTIONS: Proportions = proportionsOf();

/** A scale of `young` young people with the fixtures' number of contacts per young person. */
export const scaleOf = (young: number): Scale => ({ young, contacts: Math.round(young * PROPORTIONS.contacts) });

export const FULL_SCALE: Scale = scaleOf(1_100_000);
export const SMALL_SCALE: Scale = scaleOf(110_000);

export interface GenerateOptions extends Scale {
  /** Data folder: the year folder is written to `<out>/<year>/`. */
  out: string;
  year?: number;
  seed?: number;
  /** Rows per young person of the other files (default: the fixtures'). */
  proportions?: Proportions;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface FileStat {
  /** Path inside the year folder, e.g. `imilo/evenements.csv`. */
  file: string;
  /** Data rows (header excluded). */
  rows: number;
  bytes: number;
}

export interface GenerateResult {
  dataDir: string;
  year: number;
  files: FileStat[];
  totalRows: number;
  totalBytes: number;
  seconds: number;
}


/** A count drawn evenly from 0 to twice `mean` (its mean is `mean`, give or take 0.5). */
const around = (rng: Rng, mean: number): number => Math.floor(rng.next() * (2 * mean + 1));

/** Draws from a fixed list with fixed weights in O(log n). */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length !== weights.length || items.length === 0) throw new Error('Weighted: items and weights differ');
    let sum = 0;
    for (const weight of weights) this.cumulative.push((sum += weight));
    this.total = sum;
  }
  draw(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

/** Weights given by label; fails loudly when the vocabulary changes and a value is left out. */
function weighted<T extends string>(values: readonly T[], weights: Readonly<Record<T, number>>): Weighted<T> {
  for (const value of values) if (!(value in weights)) throw new Error(`generate-scale: no weight for « ${value} »`);
  for (const key of Object.keys(weights)) if (!values.includes(key as T)) throw new Error(`generate-scale: « ${key} » is not in the vocabulary`);
  return new Weighted(values, values.map((value) => weights[value]));
}

// ------------------------------------------------------------------ dates

/** `dd/mm/yyyy` for every day of a range, computed once (a few thousand short strings). */
class DateTable {
  private readonly texts: string[] = [];
  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    for (let day = first; day <= last; day++) this.texts.push(formatDay(day));
  }
  text(day: number): string {
    const text = this.texts[day - this.first];
    if (text === undefined) throw new Error(`generate-scale: day ${day} outside the date table`);
    return text;
  }
}

// ------------------------------------------------------------------ buffered CSV writer

const FLUSH_CHARS = 1 << 20;

class CsvWriter {
  private readonly fd: number;
  private buffer = '';
  rows = 0;
  bytes = 0;
  constructor(
    readonly file: string,
    absolute: string,
    header: readonly string[],
  ) {
    mkdirSync(path.dirname(absolute), { recursive: true });
    this.fd = openSync(absolute, 'w');
    this.buffer = `${header.map(csvCell).join(';')}\n`;
  }
  row(line: string): void {
    this.buffer += line;
    this.buffer += '\n';
    this.rows++;
    if (this.buffer.length >= FLUSH_CHARS) this.flush();
  }
  private flush(): void {
    if (this.buffer === '') return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset);
    this.bytes += bytes.length;
    this.buffer = '';
  }
  close(): FileStat {
    this.flush();
    closeSync(this.fd);
    return { file: this.file, rows: this.rows, bytes: this.bytes };
  }
}

// ------------------------------------------------------------------ contract checks

type Schemas = ReturnType<typeof buildSchemas>;

/**
 * The column order this generator writes, per file. Checked against the schemas at start: if
 * the contract gains a required column, loses or reorders one, the generator stops instead of
 * writing rows that no longer match their header. Optional columns it does not write (the
 * MDE extensions of actions.csv) are left out of the header, as an I-MILO export would.
 */
const FIELD_ORDER: Record<keyof Schemas, readonly string[]> = {
  jeunes: ['id', 'sex', 'birthDate', 'commune', 'qpv', 'qualification', 'firstArrival', 'drivingLicence', 'housing', 'rqth'],
  evenements: ['id', 'date', 'nature', 'status'],
  propositions: ['id', 'date', 'theme', 'subTheme'],
  situations: ['id', 'type', 'subType', 'start', 'end', 'domain', 'qualifying', 'preparedLevel', 'country'],
  dispositifs: ['id', 'programme', 'entry', 'exit'],
  aides: ['id', 'date', 'type', 'amountCents', 'decision'],
  actions: ['actionId', 'date', 'type', 'theme', 'title', 'place', 'exhibitors', 'visitors', 'interviews'],
  participations: ['actionId', 'participantId', 'commune'],
  manuel: ['key', 'value', 'comment'],
};

function headerOf(schemas: Schemas, key: keyof Schemas): string[] {
  const columns = schemas[key].columns as Record<string, { header: string; required: boolean }>;
  const expected = FIELD_ORDER[key];
  const fields = Object.keys(columns).filter((field) => expected.includes(field) || columns[field]!.required);
  if (fields.join(',') !== expected.join(',')) {
    throw new Error(
      `generate-scale: the columns of ${schemas[key].path} changed in src/contract/schemas.ts ` +
        `(schema: ${fields.join(', ')}; generator: ${expected.join(', ')}). Update scripts/generate-scale.ts.`,
    );
  }
  return fields.map((field) => columns[field]!.header);
}

// ------------------------------------------------------------------ realistic value lists

const COMMUNE_WEIGHTS: Readonly<Record<string, number>> = {
  'La Madeleine': 713,
  Lambersart: 852,
  Lompret: 26,
  'Marcq-en-Barœul': 1046,
  'Marquette-lez-Lille': 427,
  Pérenchies: 279,
  'Quesnoy-sur-Deûle': 222,
  'Saint-André-lez-Lille': 358,
  Verlinghem: 40,
  Wambrechies: 361,
};
const QPV_BY_COMMUNE: Readonly<Record<string, readonly string[]>> = {
  Lambersart: ['Pacot-Vandracq'],
  'Marcq-en-Barœul': ['Briqueterie', 'Quartier du Pont'],
  'La Madeleine': ['Berkem'],
};
const OTHER_COMMUNES = ['Lille', 'Roubaix', 'Tourcoing', 'Villeneuve-d’Ascq', 'Armentières', 'Croix'] as const;

const SECTORS = [
  'Transport et Logistique',
  'Service A la Personne',
  'Commerce, Vente et Grande distribution',
  'Hôtellerie, Restauration et Tourisme',
  'Construction, Bâtiment et Travaux Publics',
  'Industrie',
  "Support à l'entreprise",
  'Santé et Action sociale',
  'Agriculture et Espaces verts',
  'Communication, Médias et Multimédia',
  'Banque, Assurance et Immobilier',
  'Spectacle et Culture',
] as const;
const COUNTRIES = ['Espagne', 'Allemagne', 'Irlande', 'Italie', 'Portugal', 'Belgique', 'Malte', 'Canada'] as const;
const MOBILITY_PROGRAMMES = ["Stage Erasmus+ (Let's go pro)", 'Service Civique International', 'Corps européen de solidarité', 'Volontariat franco-allemand'] as const;
const SUB_THEMES: Readonly<Record<Theme, readonly string[]>> = {
  "Accès à l'emploi": ['Mise en relation sur une offre', 'Candidature spontanée', 'Job dating', 'Techniques de recherche d’emploi'],
  Formation: ['Positionnement sur une formation', 'Inscription Parcoursup', 'Formation qualifiante'],
  'Projet professionnel / Orientation': ['Bilan de compétences', 'Enquête métier', 'Immersion à préparer'],
  'Insertion sociale': ['Logement', 'Santé', 'Mobilité', 'Accès aux droits', 'Citoyenneté'],
};
const PLACES = ['MDE MNO (Lambersart)', 'Antenne de Marcq-en-Barœul', 'Antenne de La Madeleine', 'Salle des fêtes de Wambrechies', 'En ligne'] as const;

/** Action catalogue: type, theme (or none) and title, with a weight. */
const ACTION_CATALOGUE: readonly { type: ActionType; theme: ActionTheme | ''; title: string; weight: number }[] = [
  { type: 'Atelier', theme: 'CEJ', title: "Simulation d'entretien d'embauche", weight: 64 },
  { type: 'Atelier', theme: 'CEJ', title: 'Atelier numérique et démarches en ligne', weight: 64 },
  { type: 'Atelier', theme: 'CEJ', title: 'Atelier CV et lettre de motivation', weight: 64 },
  { type: 'Atelier', theme: 'CEJ', title: 'Préparation aux job datings', weight: 62 },
  { type: 'Atelier', theme: 'CEJ', title: 'Gestion du budget', weight: 62 },
  { type: 'Atelier', theme: 'CEJ', title: 'Atelier mobilité et permis', weight: 62 },
  { type: 'Atelier', theme: 'Découverte des métiers (VR)', title: 'Découverte des métiers en réalité virtuelle', weight: 17 },
  { type: 'Coaching collectif', theme: 'Coaching', title: 'Coaching Confiance en soi, développe ton potentiel', weight: 11 },
  { type: 'Atelier', theme: 'Mobilité internationale', title: "Se sensibiliser, s'informer sur la Mobilité Internationale", weight: 9 },
  { type: "Réunion d'information", theme: 'Service civique', title: "Réunion d'information Service Civique", weight: 8 },
  { type: 'Action culturelle', theme: 'Culture', title: 'Visite du Palais des Beaux-Arts', weight: 6 },
  { type: 'Atelier', theme: 'Lutte contre les discriminations', title: 'Atelier de sensibilisation aux discriminations', weight: 5 },
  { type: 'Rencontre', theme: 'Parole aux jeunes', title: 'Comité des usagers – La Parole aux Jeunes', weight: 4 },
  { type: 'Atelier', theme: 'Santé', title: 'Atelier santé et bien-être', weight: 4 },
  { type: 'Session de formation', theme: 'Mobilité internationale', title: 'Projet RYSE / Centre Gaia', weight: 3 },
  { type: 'Formation civique et citoyenne', theme: 'Service civique', title: 'Formation civique et citoyenne', weight: 2 },
  { type: 'Forum', theme: 'Emploi', title: 'Forum de l’emploi', weight: 1 },
  { type: 'Job dating', theme: 'Alternance', title: 'Job dating de l’alternance', weight: 1 },
  { type: 'Salon', theme: 'Formation', title: 'Salon de la formation', weight: 1 },
  { type: 'Événement', theme: 'Handicap (SEEPH)', title: 'Semaine européenne pour l’emploi des personnes handicapées', weight: 1 },
  { type: 'Événement', theme: 'Mobilité internationale', title: 'Semaine de la Mobilité Internationale', weight: 1 },
  { type: 'Forum', theme: '', title: 'Forum des métiers', weight: 1 },
];
const EVENT_TYPES: ReadonlySet<ActionType> = new Set(['Forum', 'Job dating', 'Salon', 'Événement']);

/** Aid amounts in cents per type (lo, hi). */
const AID_AMOUNTS: Readonly<Record<AidType, readonly [number, number]>> = {
  'Allocation PACEA': [5_000, 54_000],
  'Allocation CEJ': [20_000, 56_000],
  FAJeM: [3_000, 150_000],
  'Mobilité MDE': [1_000, 60_000],
  'Fonds ML indirect': [20_000, 250_000],
  'Fonds ML direct': [2_000, 40_000],
  'Frais de gestion': [500, 12_000],
};

/** `1 241,43` (narrow no-break spaces are accepted too; plain spaces are what Excel users type). */
function formatAmount(cents: number, withEuro: boolean): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped},${rest}${withEuro ? ' €' : ''}`;
}

const youngPersonId = (index: number): string => `J${String(index + 1).padStart(8, '0')}`;

// ------------------------------------------------------------------ the generator

export function generateScale(options: GenerateOptions): GenerateResult {
  const started = performance.now();
  const year = options.year ?? 2024;
  const seed = options.seed ?? 20_240_001;
  const { young, contacts } = options;
  if (!Number.isInteger(young) || young < 100) throw new Error('generate-scale: --young must be an integer >= 100');
  if (!Number.isInteger(contacts) || contacts < 0) throw new Error('generate-scale: --contacts must be an integer >= 0');
  const log = options.log ?? (() => {});
  const proportions = options.proportions ?? PROPORTIONS;
  const yearDir = path.join(options.out, String(year));
  if (existsSync(yearDir) && readdirSync(yearDir).length > 0) throw new Error(`generate-scale: ${yearDir} exists and is not empty`);

  const schemas = buildSchemas(communeMatcher(METROPOLE_NORD_OUEST));
  const communes = weighted(METROPOLE_NORD_OUEST.communes, COMMUNE_WEIGHTS as Record<string, number>);
  const dates = new DateTable(dayOf(year - 30, 1, 1), dayOf(year + 2, 12, 31));
  const yearFirst = dayOf(year, 1, 1);
  const yearDays = dayOf(year, 12, 31) - yearFirst + 1;
  /** A day in Y, or, with probability `outside`, in the autumn before Y or January after. */
  const activityDay = (rng: Rng, outside: number): number => {
    if (!rng.chance(outside)) return yearFirst + rng.int(0, yearDays - 1);
    return rng.chance(0.7) ? dayOf(year - 1, 9, 1) + rng.int(0, 121) : dayOf(year + 1, 1, 1) + rng.int(0, 30);
  };
  /** Jeunes with activity (contacts, propositions) are drawn from the first 85 %: the rest are known without contact in Y. */
  const activePool = Math.max(1, Math.floor(young * 0.85));
  const files: FileStat[] = [];
  const open = (key: keyof Schemas) => new CsvWriter(schemas[key].path, path.join(yearDir, schemas[key].path), headerOf(schemas, key));
  const done = (writer: CsvWriter) => {
    const stat = writer.close();
    files.push(stat);
    log(`  ${stat.file.padEnd(28)} ${stat.rows.toLocaleString('en-US').padStart(12)} rows ${(stat.bytes / 1e6).toFixed(1).padStart(8)} MB`);
  };

  // jeunes.csv
  {
    const rng = new Rng(seed ^ 0x1001);
    const sexes = weighted(SEXES, { F: 48, H: 52 });
    const qualifications = weighted(QUALIFICATIONS, { 'Supérieur au BAC': 15, BAC: 35, 'BEP/CAP': 25, 'Aucun diplôme': 25 });
    const housings = weighted(HOUSINGS, { Parents: 65, Autonome: 20, Précaire: 15 });
    const birthFirst = dayOf(year - 26, 1, 1);
    const birthSpan = dayOf(year - 16, 6, 30) - birthFirst;
    const arrivalFirst = dayOf(year - 6, 1, 1);
    // Day offsets from the birth date that are surely on/after the 16th birthday and before the 26th.
    const AFTER_16 = 16 * 365 + 5;
    const BEFORE_26 = 26 * 365 + 5;
    const writer = open('jeunes');
    for (let i = 0; i < young; i++) {
      const commune = communes.draw(rng);
      const quartiers = QPV_BY_COMMUNE[commune];
      const qpv = quartiers !== undefined && rng.chance(0.3) ? rng.pick(quartiers) : '';
      const birth = birthFirst + rng.int(0, birthSpan);
      // 30 % are new arrivals of Y; the others arrived in the six years before. Aged 16 to 25
      // at the first arrival, the Mission Locale public (an older age is a quality warning).
      const candidate = rng.chance(0.3) ? yearFirst + rng.int(0, yearDays - 1) : arrivalFirst + rng.int(0, yearFirst - arrivalFirst - 1);
      const arrival = Math.min(Math.max(candidate, birth + AFTER_16), birth + BEFORE_26);
      writer.row(
        `${youngPersonId(i)};${sexes.draw(rng)};${dates.text(birth)};${commune};${qpv};${qualifications.draw(rng)};${dates.text(arrival)};` +
          `${rng.chance(0.35) ? 'Oui' : 'Non'};${housings.draw(rng)};${rng.chance(0.04) ? 'Oui' : 'Non'}`,
      );
    }
    done(writer);
  }

  // imilo/evenements.csv
  {
    const rng = new Rng(seed ^ 0x2002);
    const natures = weighted<Nature>(NATURES, {
      'Entretien individuel': 40,
      Atelier: 8,
      'Information collective': 4,
      SMS: 15,
      'E-mail': 15,
      Téléphone: 12,
      Courrier: 2,
      Médiation: 2,
      Visite: 1,
      'Entretien partenaire': 1,
    });
    // Statut: empty (= Réalisé) for a quarter of the rows, as in older exports.
    const statuses = new Weighted(['', ...EVENT_STATUSES], [25, 60, 7, 8]);
    const writer = open('evenements');
    for (let i = 0; i < contacts; i++) {
      writer.row(`${youngPersonId(rng.int(0, activePool - 1))};${dates.text(activityDay(rng, 0.1))};${natures.draw(rng)};${statuses.draw(rng)}`);
    }
    done(writer);
  }

  // imilo/propositions.csv
  {
    const rng = new Rng(seed ^ 0x3003);
    const themes = weighted<Theme>(THEMES, { "Accès à l'emploi": 45, Formation: 20, 'Projet professionnel / Orientation': 20, 'Insertion sociale': 15 });
    const writer = open('propositions');
    const rows = Math.round(contacts * proportions.propositionsPerContact);
    for (let i = 0; i < rows; i++) {
      const theme = themes.draw(rng);
      const subTheme = rng.chance(0.5) ? rng.pick(SUB_THEMES[theme]) : '';
      writer.row(`${youngPersonId(rng.int(0, activePool - 1))};${dates.text(activityDay(rng, 0.1))};${theme};${csvCell(subTheme)}`);
    }
    done(writer);
  }

  // imilo/situations.csv
  {
    const rng = new Rng(seed ^ 0x4004);
    const types = weighted<SituationType>(SITUATION_TYPES, {
      Emploi: 40,
      Alternance: 10,
      Formation: 20,
      Immersion: 15,
      'Service civique': 5,
      Bénévolat: 7,
      'Mobilité internationale': 3,
    });
    const employment = new Weighted(EMPLOYMENT_SUBTYPES, [35, 8, 1, 25, 10, 6, 3, 2]);
    const training = new Weighted(TRAINING_SUBTYPES, [40, 15, 45]);
    const qualifying = new Weighted(QUALIFYING, [45, 35, 20]);
    const writer = open('situations');
    const startFirst = dayOf(year - 3, 1, 1);
    // Rows are written young person by young person (as many situations as the fixtures have on average), each of their
    // situations starting on a different day, so that no two rows are identical.
    /** One situation row: the Type decides which optional columns are filled. */
    const situation = (id: string, start: number): string => {
      const type = types.draw(rng);
      const end = rng.chance(0.2) ? '' : dates.text(start + rng.int(0, 365));
      let subType = '';
      let domain = '';
      let qualifies = '';
      let level = '';
      let country = '';
      switch (type) {
        case 'Emploi':
          subType = employment.draw(rng);
          domain = rng.chance(0.9) ? rng.pick(SECTORS) : '';
          break;
        case 'Alternance':
          subType = rng.pick(ALTERNANCE_SUBTYPES);
          domain = rng.pick(SECTORS);
          level = rng.pick(PREPARED_LEVELS);
          break;
        case 'Formation':
          subType = training.draw(rng);
          domain = rng.chance(0.8) ? rng.pick(SECTORS) : '';
          qualifies = qualifying.draw(rng);
          break;
        case 'Immersion':
          domain = rng.pick(SECTORS);
          break;
        case 'Mobilité internationale':
          subType = rng.pick(MOBILITY_PROGRAMMES);
          country = rng.pick(COUNTRIES);
          break;
        default:
          break;
      }
      return `${id};${type};${csvCell(subType)};${dates.text(start)};${end};${csvCell(domain)};${qualifies};${level};${country}`;
    };
    const starts: number[] = [];
    for (let j = 0; j < young; j++) {
      starts.length = 0;
      for (let k = around(rng, proportions.situations); k > 0; k--) {
        let start: number;
        do start = rng.chance(0.7) ? yearFirst + rng.int(0, yearDays - 1) : startFirst + rng.int(0, yearFirst - startFirst - 1);
        while (starts.includes(start));
        starts.push(start);
        writer.row(situation(youngPersonId(j), start));
      }
    }
    done(writer);
  }

  // imilo/dispositifs.csv
  {
    const rng = new Rng(seed ^ 0x5005);
    const programmes = weighted<Programme>(PROGRAMMES, {
      CEJ: 35,
      PACEA: 40,
      PPAE: 10,
      Parrainage: 4,
      'Obligation de formation': 5,
      JSMJ: 2,
      'Handicap renforcé': 2,
      PAE: 1,
      TDO: 1,
    });
    const writer = open('dispositifs');
    const entryFirst = dayOf(year - 2, 1, 1);
    // Young person by young person, as many entries as the fixtures have on average, on different days.
    for (let j = 0; j < young; j++) {
      let previous = -1;
      for (let k = around(rng, proportions.enrolments); k > 0; k--) {
        let entry: number;
        do entry = rng.chance(0.5) ? yearFirst + rng.int(0, yearDays - 1) : entryFirst + rng.int(0, yearFirst - entryFirst - 1);
        while (entry === previous);
        previous = entry;
        const exit = rng.chance(0.4) ? '' : dates.text(entry + rng.int(30, 400));
        writer.row(`${youngPersonId(j)};${programmes.draw(rng)};${dates.text(entry)};${exit}`);
      }
    }
    done(writer);
  }

  // imilo/aides.csv
  {
    const rng = new Rng(seed ^ 0x6006);
    const types = weighted<AidType>(AID_TYPES, {
      'Allocation PACEA': 10,
      'Allocation CEJ': 70,
      FAJeM: 5,
      'Mobilité MDE': 5,
      'Fonds ML indirect': 3,
      'Fonds ML direct': 5,
      'Frais de gestion': 0, // written apart below
    });
    const decisions = new Weighted(DECISIONS, [85, 10, 5]);
    const writer = open('aides');
    // Young person by young person, as many decisions as the fixtures have on average, on different days.
    const days: number[] = [];
    for (let j = 0; j < young; j++) {
      days.length = 0;
      for (let k = around(rng, proportions.aids); k > 0; k--) {
        let day: number;
        do day = activityDay(rng, 0.12);
        while (days.includes(day));
        days.push(day);
        const type = types.draw(rng);
        const [lo, hi] = AID_AMOUNTS[type];
        const decision = decisions.draw(rng);
        // A refused or postponed aid carries no amount (a positive one is a quality warning).
        const cents = decision === 'Accordée' ? rng.int(lo, hi) : 0;
        writer.row(`${youngPersonId(j)};${dates.text(day)};${type};${formatAmount(cents, rng.chance(0.1))};${decision}`);
      }
    }
    // Frais de gestion (no jeune): one decision a month, so no two rows are identical.
    const [lo, hi] = AID_AMOUNTS['Frais de gestion'];
    for (let month = 1; month <= 12; month++) {
      writer.row(`;${dates.text(dayOf(year, month, 28))};Frais de gestion;${formatAmount(rng.int(lo, hi), false)};Accordée`);
    }
    done(writer);
  }

  // actions/actions.csv and actions/participations.csv, written side by side (no id list kept).
  {
    const rng = new Rng(seed ^ 0x7007);
    const catalogue = new Weighted(ACTION_CATALOGUE, ACTION_CATALOGUE.map((entry) => entry.weight));
    for (const entry of ACTION_CATALOGUE) {
      if (!ACTION_TYPES.includes(entry.type) || (entry.theme !== '' && !ACTION_THEMES.includes(entry.theme))) {
        throw new Error(`generate-scale: action catalogue entry « ${entry.title} » uses a value outside the vocabulary`);
      }
    }
    const actions = open('actions');
    const participations = open('participations');
    const count = Math.max(40, Math.round(young * proportions.actions));
    let externals = 0;
    for (let i = 0; i < count; i++) {
      const id = `A${String(i + 1).padStart(6, '0')}`;
      const entry = catalogue.draw(rng);
      const isEvent = EVENT_TYPES.has(entry.type);
      const day = rng.chance(0.95) ? yearFirst + rng.int(0, yearDays - 1) : dayOf(year - 1, 12, 1) + rng.int(0, 30);
      const exhibitors = isEvent ? String(rng.int(5, 60)) : '';
      const visitors = isEvent && rng.chance(0.5) ? String(rng.int(50, 600)) : '';
      const interviews = isEvent && rng.chance(0.5) ? String(rng.int(10, 200)) : '';
      actions.row(`${id};${dates.text(day)};${entry.type};${entry.theme};${csvCell(entry.title)};${rng.pick(PLACES)};${exhibitors};${visitors};${interviews}`);
      const people = 1 + around(rng, proportions.participationsPerAction - 1);
      const registered = new Set<number>(); // a jeune registers once per action (no duplicate rows)
      for (let p = 0; p < people; p++) {
        if (rng.chance(0.85)) {
          let youngPerson = rng.int(0, young - 1);
          while (registered.has(youngPerson)) youngPerson = rng.int(0, young - 1);
          registered.add(youngPerson);
          participations.row(`${id};${youngPersonId(youngPerson)};${communes.draw(rng)}`);
        } else {
          const commune = rng.chance(0.2) ? '' : rng.chance(0.5) ? communes.draw(rng) : rng.pick(OTHER_COMMUNES);
          participations.row(`${id};EXT-${String(++externals).padStart(6, '0')};${commune}`);
        }
      }
    }
    done(actions);
    done(participations);
  }

  // manuel.csv: every documented key, with a plausible figure.
  {
    const rng = new Rng(seed ^ 0x8008);
    const writer = open('manuel');
    for (const key of Object.keys(MANUAL_KEYS)) {
      const value = key.startsWith('labellisation.') ? rng.int(0, 20) : rng.int(1, 300);
      writer.row(`${key};${value};${csvCell('Chiffre synthétique (benchmark)')}`);
    }
    done(writer);
  }

  const order = Object.values(schemas).map((schema) => schema.path);
  files.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  const totalRows = files.reduce((n, file) => n + file.rows, 0);
  const totalBytes = files.reduce((n, file) => n + file.bytes, 0);
  return { dataDir: options.out, year, files, totalRows, totalBytes, seconds: (performance.now() - started) / 1000 };
}

// ------------------------------------------------------------------ command line

function usage(): string {
  return [
    'usage: tsx scripts/generate-scale.ts [--scale small|full | --young N --contacts M] [--out DIR] [--year Y] [--seed S]',
    '  full = 1 100 000 jeunes, small = 110 000; contacts and every other file in the fixtures\' proportions.',
    '  DIR defaults to a new folder under the OS temp dir; it must not be inside this repository.',
  ].join('\n');
}

function parseCount(text: string | undefined, name: string): number {
  const value = Number((text ?? '').replace(/[_\s]/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}: an integer is expected\n${usage()}`);
  return value;
}

async function main(argv: readonly string[]): Promise<void> {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  let scale: Scale = SMALL_SCALE;
  let young: number | undefined;
  let contacts: number | undefined;
  let out: string | undefined;
  let year = 2024;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg}: a value is expected\n${usage()}`);
      return next;
    };
    if (arg === '--scale') {
      const name = value();
      if (name !== 'small' && name !== 'full') throw new Error(`--scale: small or full\n${usage()}`);
      scale = name === 'full' ? FULL_SCALE : SMALL_SCALE;
    } else if (arg === '--young') young = parseCount(value(), arg);
    else if (arg === '--contacts') contacts = parseCount(value(), arg);
    else if (arg === '--out') out = value();
    else if (arg === '--year') year = parseCount(value(), arg);
    else if (arg === '--seed') seed = parseCount(value(), arg);
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      return;
    } else throw new Error(`unknown option ${arg}\n${usage()}`);
  }
  const chosen = { young: young ?? scale.young, contacts: contacts ?? (young === undefined ? scale.contacts : scaleOf(young).contacts) };
  const repo = realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const target = path.resolve(out ?? mkdtempSync(path.join(tmpdir(), 'alpes-scale-')));
  // Checked before anything is created: the real path of the nearest existing ancestor.
  let probe = target;
  while (!existsSync(probe)) probe = path.dirname(probe);
  const real = path.join(realpathSync(probe), path.relative(probe, target));
  if (real === repo || real.startsWith(repo + path.sep)) throw new Error(`--out ${out ?? target} is inside the repository: generated data stays out of it`);
  mkdirSync(target, { recursive: true });
  const resolved = realpathSync(target);
  console.log(`Generating ${year} at ${chosen.young.toLocaleString('en-US')} jeunes / ${chosen.contacts.toLocaleString('en-US')} contacts into ${resolved}`);
  const result = generateScale({ ...chosen, out: resolved, year, ...(seed === undefined ? {} : { seed }), log: (line) => console.log(line) });
  console.log(
    `  ${'total'.padEnd(28)} ${result.totalRows.toLocaleString('en-US').padStart(12)} rows ${(result.totalBytes / 1e6).toFixed(1).padStart(8)} MB` +
      `  (${result.seconds.toFixed(1)} s)`,
  );
  console.log(`Check: node bin/alpes-report.js validate --year ${year} --data ${resolved}`);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
