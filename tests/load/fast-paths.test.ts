import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import { readCsvRecords } from '../../src/read/csv-rows.js';
import { fastPaths } from '../../src/read/fast-paths.js';
import { compileRowParts, FALLBACK, rowIssuesOf } from '../../src/contract/compiled-row.js';
import type { Issue } from '../../src/contract/issues.js';
import { loadYear as readYear } from '../../src/load/load-year.js';
import { buildSchemas, type FileSchema } from '../../src/contract/schemas.js';
import { FIXTURES, temporaryDir } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';
import { type Registers, type YearSource } from '../../src/load/registers.js';
import { type CsvHeader } from '../../src/read/csv-header.js';

/**
 * The fast paths (the line splitter in read/csv-rows.ts, the compiled row check in
 * contract/compiled-row.ts) must give exactly what the reference path gives (csv-parse for
 * every line, zod for every row): the same rows and lines, the same records, the same issues
 * in the same order. Compared here on the broken-input corpus, on the fixtures, on mutated
 * files (property-based) and row by row against the zod schemas.
 */
const SCHEMAS = buildSchemas(communeMatcher(METROPOLE_NORD_OUEST));
const SCHEMA_BY_PATH = new Map<string, FileSchema>(Object.values(SCHEMAS).map((schema) => [schema.path, schema]));

async function withFastPaths<T>(on: boolean, run: () => Promise<T>, workers: typeof fastPaths.workers = on ? 'auto' : 'never'): Promise<T> {
  const saved = { ...fastPaths };
  fastPaths.lines = on;
  fastPaths.rows = on;
  fastPaths.spans = on;
  fastPaths.workers = workers;
  try {
    return await run();
  } finally {
    Object.assign(fastPaths, saved);
  }
}

/** Everything the reader gives for one file. */
async function readFile(file: string, schema: FileSchema) {
  const issues: Issue[] = [];
  const rows: { line: number; record: readonly string[] }[] = [];
  const headers: CsvHeader[] = [];
  let sha256: string | undefined;
  await readCsvRecords({ path: file, file: 'f.csv', columns: schema.columns, issues, onRow: (record, line) => rows.push({ line, record: [...record] }), onHeader: (header) => headers.push(header), onDone: (sha) => (sha256 = sha) });
  return { issues, rows, headers, sha256 };
}

/** Everything loading a year gives: registers, activity records and issues, in order. */
async function loadYear(dataDir: string, year: number, options: Partial<YearSource> = {}) {
  const source: YearSource = { dataDir, year, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {}, ...options };
  const issues: Issue[] = [];
  const events: unknown[] = [];
  const propositions: unknown[] = [];
  // Sinks may be handed one reused record object: copies are kept.
  const registers = await readYear(source, { eventsReady: () => undefined, event: (event) => events.push({ ...event }), proposition: (proposition) => propositions.push({ ...proposition }) }, issues);
  return { issues, registers, events, propositions };
}

/** Loads the year by the reference path and by the fast paths (propositions in a worker thread when `workers`). */
async function expectSameYear(
  dataDir: string,
  year: number,
  workers: typeof fastPaths.workers = 'never',
  options: Partial<YearSource> = {},
): Promise<Awaited<ReturnType<typeof loadYear>>> {
  const reference = await withFastPaths(false, () => loadYear(dataDir, year, options));
  const fast = await withFastPaths(true, () => loadYear(dataDir, year, options), workers);
  expect(fast.issues).toStrictEqual(reference.issues);
  // The id table moves to shared memory for the worker: compare what it answers, not where it lives.
  // Registers are compared record by record (the tables' storage may differ, e.g. in capacity).
  const plain = (registers: Registers) => ({
    ...registers,
    youngPersonIds: registers.youngPersonIds.size,
    youngPeople: registers.youngPeople.toArray(),
    situations: registers.situations.toArray(),
    enrolments: registers.enrolments.toArray(),
    aids: registers.aids.toArray(),
    participations: registers.participations.toArray(),
  });
  expect(plain(fast.registers)).toStrictEqual(plain(reference.registers));
  expect(Object.keys(fast.registers.inputs)).toEqual(Object.keys(reference.registers.inputs));
  // Each file's records in file order (the two files' records may interleave).
  expect(fast.events).toStrictEqual(reference.events);
  expect(fast.propositions).toStrictEqual(reference.propositions);
  return fast;
}

async function expectSameRead(file: string, schema: FileSchema): Promise<void> {
  const reference = await withFastPaths(false, () => readFile(file, schema));
  const fast = await withFastPaths(true, () => readFile(file, schema));
  expect(fast).toStrictEqual(reference);
}

// ---------------------------------------------------------------- the broken-input corpus

const CORPUS = path.resolve(import.meta.dirname, '../broken');

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function corpusCase(name: string): Record<string, Buffer | null> {
  const dir = path.join(CORPUS, name);
  const changes: Record<string, Buffer | null> = {};
  for (const relative of listFiles(path.join(dir, 'files'))) changes[relative] = readFileSync(path.join(dir, 'files', relative));
  for (const removeList of [path.join(dir, 'remove.txt'), path.join(dir, 'files', 'remove.txt')]) {
    if (!existsSync(removeList)) continue;
    delete changes['remove.txt'];
    for (const relative of readFileSync(removeList, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) changes[relative] = null;
  }
  return changes;
}

const caseNames = readdirSync(CORPUS).filter((entry) => statSync(path.join(CORPUS, entry)).isDirectory()).sort();

describe('fast paths = reference path on the broken-input corpus', () => {
  it('covers the whole corpus', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(90);
  });

  it.each(caseNames)('%s', async (name) => {
    const data = writeYearFolder(2024, corpusCase(name));
    const loaded = await expectSameYear(data, 2024);
    for (const relative of Object.keys(MINIMAL_FILES)) {
      const file = path.join(data, '2024', relative);
      if (existsSync(file)) await expectSameRead(file, SCHEMA_BY_PATH.get(relative)!);
    }
    // The cases are meant to produce issues; the comparison must not be vacuous.
    if (!name.startsWith('valid-')) expect(loaded.issues.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- the fixtures

describe('fast paths = reference path on the fixtures', () => {
  it.each([2024, 2023])('fixtures/%i', async (year) => {
    const loaded = await expectSameYear(FIXTURES, year);
    expect(loaded.events.length).toBeGreaterThan(10_000);
  });

  it('fixtures/2024 with propositions in a worker thread', async () => {
    const loaded = await expectSameYear(FIXTURES, 2024, 'always');
    expect(loaded.propositions.length).toBeGreaterThan(10_000);
  });
});

describe('fast paths = reference path with value aliases (configuration `valeurs`)', () => {
  it.each(['never', 'always'] as const)('workers %s', async (workers) => {
    const data = writeYearFolder(2024, {
      'imilo/evenements.csv': MINIMAL_FILES['imilo/evenements.csv']!.replace(';Entretien individuel;', ';RDV individuel;').replace(';SMS;', ';texto;'),
      'imilo/jeunes.csv': MINIMAL_FILES['imilo/jeunes.csv']!.replace(';Précaire;', ';Hébergé;'),
    });
    const valueAliases = {
      'imilo/evenements.csv': { Nature: { 'rdv individuel': 'Entretien individuel', Texto: 'SMS' } },
      'imilo/jeunes.csv': { Logement: { hébergé: 'Précaire' } },
    };
    const loaded = await expectSameYear(data, 2024, workers, { valueAliases });
    expect(loaded.issues).toEqual([]);
    expect(loaded.events).toEqual([
      expect.objectContaining({ nature: 'Entretien individuel' }),
      expect.objectContaining({ nature: 'Atelier' }),
      expect.objectContaining({ nature: 'SMS' }),
    ]);
    expect(loaded.registers.youngPeople.toArray().map((youngPerson) => youngPerson.housing)).toEqual(['Parents', 'Précaire', 'Autonome']);
  });
});

describe('fast paths = reference path on the contract’s combined action types', () => {
  it('splits `Atelier santé` into Type and Thème, and refuses a contradicting Thème, the same way', async () => {
    const actions = ['Identifiant action;Date;Type;Thème;Intitulé', 'AC1;02/02/2024;Atelier santé;;Bien manger', 'AC2;03/02/2024;Atelier CEJ;CEJ;CV', 'AC3;04/02/2024;Atelier VR;Santé;Casques'];
    const loaded = await expectSameYear(writeYearFolder(2024, { 'actions/actions.csv': actions.join('\n') }), 2024);
    expect(loaded.registers.actions.map(({ type, theme }) => [type, theme])).toEqual([
      ['Atelier', 'Santé'],
      ['Atelier', 'CEJ'],
    ]);
    expect(loaded.issues).toEqual([expect.objectContaining({ code: 'cell.vocabulary', line: 4, column: 4 })]);
  });
});

describe('propositions in a worker thread = one thread, on the corpus cases about them', () => {
  // Cases that change événements or propositions, and those about the ids the worker receives.
  const cases = caseNames.filter(
    (name) => ['jeunes-file-missing-no-flood', 'invalid-jeune-not-reported-twice'].includes(name) || Object.keys(corpusCase(name)).some((file) => /evenements|propositions/.test(file)),
  );

  it('has such cases', () => {
    expect(cases.length).toBeGreaterThan(15);
  });

  it.each(cases)('%s', async (name) => {
    await expectSameYear(writeYearFolder(2024, corpusCase(name)), 2024, 'always');
  });
});

// ---------------------------------------------------------------- activity lines read in place

/**
 * Lines that load/activity-lines.ts reads in place and lines it must leave to the ordinary
 * way (each issue the latter reports), mixed and repeated past 64 KiB (the first block) so that lines fall
 * across the decoder's blocks.
 */
const EVENT_LINES = [
  'A1;10/01/2024;Entretien individuel;Réalisé',
  'A2;05/03/2024;Atelier;',
  'A3;2024-04-02;SMS;Annulé',
  'A9;10/01/2024;SMS;Réalisé', // unknown id: an error that does not echo it
  'A4;10/01/2024;SMS;Réalisé', // a jeune whose row failed: not reported again
  'A1;10/01/2030;SMS;Réalisé', // out of the plausible window: a warning
  'A1;31/02/2024;SMS;Réalisé',
  'A1;10/01/2024 09:30;Téléphone;Absent',
  'A1;10/01/2024;sms;absent',
  'A1;10/01/2024;Email;Présent',
  'A1;10/01/2024;Pigeon;Réalisé',
  'A1;10/01/2024;;Réalisé',
  ' A1 ;10/01/2024; SMS ;Réalisé',
  'A1;10/01/2024;SMS',
  'A1;10/01/2024;SMS;Réalisé;x',
  'A1;10/01/2024;SMS;Réalisé;',
  ';;;',
  '',
  'Total;;;',
  'A2;12/12/2023;Téléphone;Absent',
];
const PROPOSITION_LINES = [
  "A1;11/01/2024;Accès à l'emploi;",
  'A2;06/03/2024;Insertion sociale;santé',
  'A3;06/03/2024;Projet professionnel / Orientation;Bilan ; suite',
  'A3;11/01/2024;Accès à l’emploi;x',
  'A9;11/01/2024;Formation;',
  'A1;11/01/2024;;',
  'A1;11/01/2024;formation;',
  'A2;2023-01-01;Formation;CACES',
  'A1;01/01/2020;Formation;',
];
/** A jeunes.csv with a row that fails (A4): lines about A4 are not reported again. */
const JEUNES_WITH_INVALID = `${MINIMAL_FILES['imilo/jeunes.csv']!}\nA4;X;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non`;

interface ActivityFileOptions {
  eol?: string;
  bom?: boolean;
  delimiter?: string;
  /** A line whose second cell is quoted. */
  quoteAt?: number;
  windows1252?: boolean;
}

/** The ways an export may be written, each read both ways; `quoteAt`: the line given a quoted cell. */
function fileVariants(quoteAt: number): Record<string, ActivityFileOptions> {
  return {
    'UTF-8': {},
    'UTF-8 with a BOM and CRLF': { bom: true, eol: '\r\n' },
    'lone CR': { eol: '\r' },
    'Windows-1252': { windows1252: true },
    'comma-separated': { delimiter: ',' },
    'tab-separated': { delimiter: '\t' },
    'a quoted line in the middle (csv-parse from there on)': { quoteAt },
  };
}

function activityFile(header: string, lines: readonly string[], options: ActivityFileOptions = {}): Buffer {
  const { eol = '\n', bom = false, delimiter = ';', quoteAt, windows1252 = false } = options;
  const rows: string[] = [header];
  for (let i = 0; rows.join(eol).length < 70_000; i++) {
    let row = lines[i % lines.length]!;
    if (i === quoteAt) row = row.replace(';', ';"').replace(/;(?=[^;]*$)/, '";');
    rows.push(row);
  }
  const text = rows.map((row) => (delimiter === ';' ? row : row.replaceAll(';', delimiter))).join(eol) + eol;
  const bytes = windows1252 ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

describe('activity lines read in place = reference path', () => {
  const eventsHeader = 'Identifiant;Date;Nature;Statut';
  const propositionsHeader = 'Identifiant;Date;Thème;Sous-thème';
  const variants = fileVariants(700);

  it.each(Object.keys(variants))('%s', async (variant) => {
    const options = variants[variant]!;
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': JEUNES_WITH_INVALID,
      'imilo/evenements.csv': activityFile(eventsHeader, EVENT_LINES, options),
      'imilo/propositions.csv': activityFile(propositionsHeader, PROPOSITION_LINES, options),
    });
    for (const workers of ['never', 'always'] as const) {
      const loaded = await expectSameYear(data, 2024, workers);
      // Not vacuous: most lines are read, and every kind of issue is there.
      expect(loaded.events.length).toBeGreaterThan(1000);
      expect(loaded.propositions.length).toBeGreaterThan(1000);
      const codes = new Set(loaded.issues.map((issue) => issue.code));
      for (const code of ['cell.unknown_reference', 'quality.date_out_of_window', 'cell.date', 'cell.vocabulary', 'cell.required', 'row.column_count', 'row.total_skipped']) expect(codes).toContain(code);
      // No issue quotes an identifiant (personal data).
      expect(loaded.issues.filter((issue) => /A[0-9]/.test(JSON.stringify(issue.value ?? '')))).toEqual([]);
    }
  });

  it('reordered columns and a column outside the contract, then a missing Statut column', async () => {
    const reordered = activityFile('Statut;Nature;Note;Date;Identifiant', EVENT_LINES.map((line) => line.split(';').reverse().join(';').replace(/^([^;]*;[^;]*);/, '$1;note;')));
    const noStatus = activityFile('Identifiant;Date;Nature', EVENT_LINES.map((line) => line.split(';').slice(0, 3).join(';')));
    for (const events of [reordered, noStatus]) {
      const loaded = await expectSameYear(writeYearFolder(2024, { 'imilo/jeunes.csv': JEUNES_WITH_INVALID, 'imilo/evenements.csv': events }), 2024);
      expect(loaded.events.length).toBeGreaterThan(1000);
    }
  });

  it('value aliases of the file: lines go the ordinary way, to the same records', async () => {
    const data = writeYearFolder(2024, { 'imilo/jeunes.csv': JEUNES_WITH_INVALID, 'imilo/evenements.csv': activityFile(eventsHeader, EVENT_LINES) });
    const loaded = await expectSameYear(data, 2024, 'never', { valueAliases: { 'imilo/evenements.csv': { Nature: { sms: 'Atelier' } } } });
    expect(loaded.events.filter((event) => (event as { nature: string }).nature === 'SMS')).toEqual([]);
  });

  it('mutated activity files (property-based)', async () => {
    const events = activityFile(eventsHeader, EVENT_LINES).toString('utf8');
    const propositions = activityFile(propositionsHeader, PROPOSITION_LINES).toString('utf8');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (isEvents, mutations, atLineStart) => {
        const file = isEvents ? 'imilo/evenements.csv' : 'imilo/propositions.csv';
        const data = writeYearFolder(2024, { 'imilo/jeunes.csv': JEUNES_WITH_INVALID, [file]: mutate(isEvents ? events : propositions, mutations, atLineStart) });
        await expectSameYear(data, 2024);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed: Number(process.env.FUZZ_SEED ?? 7) },
    );
  });
});

// ---------------------------------------------------------------- register lines read in place

/**
 * Lines that load/register-lines.ts reads in place and lines it must leave to the ordinary
 * way (each kind of issue the latter reports), per register. `{i}` is the line's number in
 * the file (unique ids and amounts, a Domaine column of many texts); lines repeated whole
 * are duplicate rows. The jeunes of the linked files are A1-A3, and A4 whose row fails.
 */
const REGISTER_LINES: Record<string, { header: string; lines: readonly string[] }> = {
  'imilo/jeunes.csv': {
    header: 'Identifiant;Sexe;Date de naissance;Commune;QPV;Niveau de qualification;Date premier accueil;Permis B;Logement;RQTH',
    lines: [
      'J{i};F;14/02/2005;Lambersart;Pacot-Vandracq;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};H;01/09/2006;Marcq-en-Barœul;;Aucun diplôme;05/03/2024;Non;Précaire;Non',
      'J{i};Homme;20/11/2001;SAINT ANDRE LEZ LILLE;;Supérieur au BAC;2022-12-12;N;Autonome;O',
      'J{i};F;14/02/2005;Lambersart;;niveau IV;10/01/2024;Oui;Parents;Non', // a level: a warning for the file
      'J{i};F;14/02/1990;Lambersart;;BAC;10/01/2024;Oui;Parents;Non', // 34 at arrival: a warning
      'J{i};F;14/02/2005;Lambersart;;BAC;10/01/2026;Oui;Parents;Non', // arrival after the window
      'J{i};F;14/02/2025;Lambersart;;BAC;10/01/2024;Oui;Parents;Non', // born after arrival
      'J{i};X;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};F;31/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};F;14/02/2005;Paris;;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};F;14/02/2005;Lamberzart;;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};F;14/02/2005;Lambersart;;BAC;10/01/2024;Peut-être;Parents;Non',
      'J{i};F;14/02/2005;Lambersart;;;10/01/2024;Oui;Parents;Non',
      'J{i} ;F; 14/02/2005 ;Lambersart ;;BAC;10/01/2024;Oui;Parents;Non',
      'J{i};F;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents',
      'J{i};F;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non;',
      'J{i};F;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non;x',
      'A1;F;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non', // a duplicate id (A1 is in every file)
      ';;;;;;;;;',
      '',
      'Total;;;;;;;;;',
      'tJ{i};F;14/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non',
    ],
  },
  'imilo/situations.csv': {
    header: 'Identifiant;Type;Sous-type;Date de début;Date de fin;Domaine;Qualifiante;Niveau préparé;Pays',
    lines: [
      'A1;Emploi;CDD;01/06/2024;31/08/2024;Transport et Logistique {i};;;',
      'A2;Formation;Conseil Régional;01/09/2024;;;Qualifiante;;',
      'A3;Alternance;Contrat d’apprentissage;2024-01-12;;Industrie;;BAC;',
      'A3;Emploi;interim;01/06/2024;;;;;',
      'A2;Mobilité internationale;Erasmus+;01/06/2024;30/06/2024;;;;Espagne',
      'A2;Formation;Conseil Régional;01/09/2024;;;Qualifiante;;', // a duplicate row
      'A1;Emploi;CDD;01/09/2024;31/08/2024;;;;', // ends before it starts
      'A1;Emploi;Stage;01/06/2024;;;;;',
      'A1;Emploi;;01/06/2024;;;;;',
      'A1;Chômage;;01/06/2024;;;;;',
      'A1;Formation;Conseil Régional;01/06/2024;;;Peut-être;;',
      'A9;Emploi;CDD;01/06/2024;;;;;', // unknown id
      'A4;Emploi;CDD;01/06/2024;;;;;', // a jeune whose row failed
      'A1;Emploi;CDD;1/6/2024;;;;;',
      'A1;Emploi;CDD;01/06/2024 10:00;;;;;',
      'A1;Emploi;CDD;01/06/2024;;;;',
      ' A1;Emploi;CDD;01/06/2024;;;;;',
    ],
  },
  'imilo/dispositifs.csv': {
    header: "Identifiant;Dispositif;Date d'entrée;Date de sortie",
    lines: ['A1;CEJ;01/04/2024;', 'A2;PACEA;01/02/2024;30/06/2024', 'A3;cej;01/04/2024;', 'A1;CEJ;01/04/2024;31/03/2024', 'A1;Pigeon;01/04/2024;', 'A9;CEJ;01/04/2024;', 'A1;CEJ;;'],
  },
  'imilo/aides.csv': {
    header: 'Identifiant;Date;Type;Montant;Décision',
    lines: [
      'A2;15/05/2024;Allocation CEJ;{i},43;Accordée',
      'A2;15/05/2024;Allocation CEJ;1 241,43 €;Accordée',
      ';31/12/2024;Frais de gestion;28,8;Accordée',
      'A1;15/05/2024;FAJ;0;Refusée',
      'A1;15/05/2024;FAJ;80.5;Refusée', // an amount not granted: a warning
      'A1;15/05/2024;FAJ;20 000,00;Accordée', // above the ceiling: a warning
      'A1;15/05/2024;FAJ;20000000000,00;Accordée', // beyond what a cell may hold
      'A1;15/05/2028;FAJ;10;Accordée', // out of the window: a warning
      'A1;15/05/2024;FAJ;10,123;Accordée',
      'A1;15/05/2024;FAJ;-10;Accordée',
      'A1;15/05/2024;FAJ;;Accordée',
      'A1;15/05/2024;FAJ;1\u00a0000,5\u202f€;Accordée',
      ';15/05/2024;FAJ;10;Accordée', // no id outside Frais de gestion
      'A1;15/05/2024;FAJ;10;accordée',
      'A1;15/05/2024;FAJ;10;Accordée', // then its duplicates, one with spaces around its cells
      'A1;15/05/2024;FAJ;10;Accordée',
      'A1 ;15/05/2024 ;FAJ; 10 ;Accordée ',
    ],
  },
  'actions/participations.csv': {
    header: 'Identifiant action;Identifiant;Commune',
    lines: ['AC1;A2;Marcq-en-Barœul', 'AC1;EXT{i};Lille', 'AC1;A1;', 'AC1;A3;Paris', 'AC1;A3;Paris', 'AC9;A1;Lille', 'AC1;;Lille', 'AC1;A1;Lille;x'],
  },
};

/** A register of `header` and `lines` (see REGISTER_LINES), repeated past 64 KiB. */
function registerFile(header: string, lines: readonly string[], options: ActivityFileOptions = {}): Buffer {
  const { eol = '\n', bom = false, delimiter = ';', quoteAt, windows1252 = false } = options;
  const rows: string[] = [header];
  for (let i = 0; rows.join(eol).length < 70_000; i++) {
    let row = lines[i % lines.length]!.replaceAll('{i}', String(i));
    if (i === quoteAt) row = row.replace(';', ';"').replace(/;(?=[^;]*$)/, '";');
    // Another delimiter: amounts take a decimal point, so that they stay one cell.
    rows.push(delimiter === ';' ? row : row.replaceAll(',', '.').replaceAll(';', delimiter));
  }
  const text = [delimiter === ';' ? header : header.replaceAll(';', delimiter), ...rows.slice(1)].join(eol) + eol;
  const bytes = windows1252 ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

function registerFolder(options: ActivityFileOptions = {}, files: readonly string[] = Object.keys(REGISTER_LINES)): Record<string, Buffer | string> {
  const changes: Record<string, Buffer | string> = { 'imilo/jeunes.csv': JEUNES_WITH_INVALID };
  for (const file of files) {
    const { header, lines } = REGISTER_LINES[file]!;
    // jeunes.csv keeps A1-A4 first, the others' ids.
    changes[file] = file === 'imilo/jeunes.csv' ? registerFile(header, [...JEUNES_WITH_INVALID.split('\n').slice(1), ...lines], options) : registerFile(header, lines, options);
  }
  return changes;
}

describe('register lines read in place = reference path', () => {
  const variants = fileVariants(500);

  it.each(Object.keys(variants))('%s', async (variant) => {
    const options = variants[variant]!;
    const data = writeYearFolder(2024, registerFolder(options));
    const loaded = await expectSameYear(data, 2024);
    // Not vacuous: most lines are read, and every kind of issue is there.
    expect(loaded.registers.youngPeople.length).toBeGreaterThan(300);
    expect(loaded.registers.situations.length).toBeGreaterThan(500);
    expect(loaded.registers.aids.length).toBeGreaterThan(500);
    expect(loaded.registers.participations.length).toBeGreaterThan(500);
    const codes = new Set<string>(loaded.issues.map((issue) => issue.code));
    expect([
      'cell.unknown_reference',
      'cell.duplicate_id',
      'quality.duplicate_row',
      'quality.date_out_of_window',
      'quality.age_out_of_range',
      'quality.amount_high',
      'quality.amount_not_granted',
      'qualification.level_not_validated',
      'row.end_before_start',
      'row.birth_after_date',
      'cell.date',
      'cell.vocabulary',
      'cell.subtype',
      'cell.commune',
      'cell.yes_no',
      'cell.amount',
      'cell.out_of_range',
      'cell.required',
      'row.column_count',
      'row.total_skipped',
    ].filter((code) => !codes.has(code))).toEqual([]);
    // No issue quotes an identifiant (personal data).
    expect(loaded.issues.filter((issue) => /^(A|J)[0-9]/.test(String(issue.value ?? '')))).toEqual([]);
  });

  it('header aliases, reordered columns, a column outside the contract and optional columns left out', async () => {
    const situations = REGISTER_LINES['imilo/situations.csv']!;
    // Pays and Niveau préparé left out, Domaine first, a Note column.
    const reorder = (line: string) => {
      const cells = line.split(';');
      return [cells[5], 'note', cells[0], cells[1], cells[2], cells[3], cells[4], cells[6]].join(';');
    };
    const aides = REGISTER_LINES['imilo/aides.csv']!;
    const data = writeYearFolder(2024, {
      ...registerFolder(),
      'imilo/situations.csv': registerFile(reorder(situations.header), situations.lines.map(reorder)),
      'imilo/aides.csv': registerFile(aides.header.replace('Montant', 'Montant accordé').replace('Décision', 'decision'), aides.lines),
    });
    const loaded = await expectSameYear(data, 2024, 'never', { headerAliases: { 'imilo/aides.csv': { Montant: ['Montant accordé'] } } });
    expect(loaded.registers.situations.length).toBeGreaterThan(500);
    expect(loaded.registers.aids.length).toBeGreaterThan(500);
  });

  it('value aliases of a register: its lines go the ordinary way, to the same records', async () => {
    const data = writeYearFolder(2024, registerFolder());
    const valueAliases = { 'imilo/aides.csv': { Décision: { accordee: 'Accordée' } }, 'imilo/jeunes.csv': { Sexe: { x: 'F' } } };
    const loaded = await expectSameYear(data, 2024, 'never', { valueAliases });
    expect(loaded.issues.filter((issue) => issue.file === '2024/imilo/jeunes.csv' && issue.field === 'Sexe')).toEqual([]);
  });

  it('mutated register files (property-based)', async () => {
    const files = Object.keys(REGISTER_LINES);
    const texts = Object.fromEntries(files.map((file) => [file, registerFolder({}, [file])[file]!.toString()]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (file, mutations, atLineStart) => {
        const data = writeYearFolder(2024, { 'imilo/jeunes.csv': JEUNES_WITH_INVALID, [file]: mutate(texts[file]!, mutations, atLineStart) });
        await expectSameYear(data, 2024);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed: Number(process.env.FUZZ_SEED ?? 7) },
    );
  });
});

// ---------------------------------------------------------------- mutated files

/** Fragments that matter to a CSV reader, quotes and line ends first. */
const TRICKY = ['"', '""', '"x;y"', '"a\nb"', '\n', '\r', '\r\n', '\n\n', ';', ',', '\t', ' ', '\u00a0', 'é', '\ufeff', 'sep=;\n', 'sep=,\n', 'Total', 'T', '31/02/2024', '2024-01-05', '-5', 'A9', ''];

type Mutation = { offset: number; insert: string } | { offset: number; remove: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ offset: fc.noBias(fc.nat()), insert: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 5 })) }),
  fc.record({ offset: fc.noBias(fc.nat()), remove: fc.integer({ min: 1, max: 20 }) }),
);

function mutate(text: string, mutations: readonly Mutation[], atLineStart: boolean): string {
  let out = text;
  for (const change of mutations) {
    let at = change.offset % (out.length + 1);
    if (atLineStart) at = out.lastIndexOf('\n', at) + 1;
    out = 'insert' in change ? out.slice(0, at) + change.insert + out.slice(at) : out.slice(0, at) + out.slice(at + change.remove);
  }
  return out;
}

/** Over 64 KiB, so that lines and quotes fall across the decoder's blocks. */
const LARGE_EVENTS = readFileSync(path.join(FIXTURES, '2024/imilo/evenements.csv'), 'utf8').slice(0, 150_000);

describe('fast paths = reference path on mutated files (property-based)', () => {
  const runs = Number(process.env.FUZZ_RUNS ?? 60);
  const seed = Number(process.env.FUZZ_SEED ?? 7);

  it('reads the same rows, lines and issues from any mutation of any file', async () => {
    const files = Object.keys(MINIMAL_FILES);
    const dir = temporaryDir();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files, 'large'), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (name, mutations, atLineStart) => {
        const original = name === 'large' ? LARGE_EVENTS : `${MINIMAL_FILES[name]!}\n`;
        const file = path.join(dir, 'file.csv');
        writeFileSync(file, mutate(original, mutations, atLineStart));
        await expectSameRead(file, SCHEMA_BY_PATH.get(name === 'large' ? 'imilo/evenements.csv' : name)!);
      }),
      { numRuns: runs, seed },
    );
  });

  it('loads the same registers, records and issues from a year folder with one mutated file', async () => {
    const files = Object.keys(MINIMAL_FILES);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (name, mutations, atLineStart) => {
        const data = writeYearFolder(2024, { [name]: mutate(`${MINIMAL_FILES[name]!}\n`, mutations, atLineStart) });
        await expectSameYear(data, 2024);
      }),
      { numRuns: runs, seed },
    );
  });
});

// ---------------------------------------------------------------- row by row against zod

/** Cell texts: the valid values of the minimal files and fixtures, near misses, anything. */
function cellTexts(schema: FileSchema, field: string): fc.Arbitrary<string | undefined> {
  const valid = new Set<string>();
  const column = Object.keys(schema.columns).indexOf(field);
  for (const text of [MINIMAL_FILES[schema.path] ?? '', readFileSync(path.join(FIXTURES, '2024', schema.path), 'utf8').slice(0, 20_000)]) {
    for (const line of text.split('\n').slice(1)) {
      const cell = line.split(';')[column];
      if (cell !== undefined) valid.add(cell);
    }
  }
  const samples = [...valid].slice(0, 200);
  const near = ['', ' ', 'Oui', 'non', 'O', '1', '0', 'x', '31/02/2024', '29/02/2023', '29/02/2024', '2024-13-01', '01/01/24', '01/01/2024 10:00', '1 241,43 €', '12,5', '-3', '12', 'Total', 'CEJ', 'Emploi', 'CDI', 'Formation', 'Lille', 'Lambersart', 'niveau IV', 'IV', 'BAC'];
  return fc.oneof(
    { weight: 16, arbitrary: samples.length > 0 ? fc.constantFrom(...samples) : fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom(...near) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

describe('compiled row check = zod, row by row (property-based)', () => {
  for (const [key, schema] of Object.entries(SCHEMAS) as [string, FileSchema][]) {
    it(`${key}: a record exactly when zod accepts the row, the same record, else the same issues`, () => {
      const fields = Object.keys(schema.columns);
      const texts = Object.fromEntries(fields.map((field) => [field, cellTexts(schema, field)]));
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(
          // The header: required columns always (a file without them is not read), the others maybe, in any order.
          fc.shuffledSubarray(fields.filter((field) => !schema.columns[field]!.required)).chain((optional) =>
            fc.shuffledSubarray([...fields.filter((field) => schema.columns[field]!.required), ...optional], { minLength: fields.filter((field) => schema.columns[field]!.required).length + optional.length }),
          ),
          fc.record(texts),
          (present, values) => {
            const columns = new Map(present.map((field, index) => [field, index + 1]));
            // Cells as read: untrimmed sometimes, missing at the end when the row is short.
            const record = present.map((field) => values[field]).filter((_, index, all) => all.slice(index).some((v) => v !== undefined)).map((value) => value ?? '');
            const cells: Record<string, string | undefined> = {};
            for (const [field, column] of columns) cells[field] = record[column - 1]?.trim();
            const compiled = compileRowParts(schema.row, columns)!;
            expect(compiled).toBeDefined();
            const fast = compiled.parse(record);
            const zod = schema.row.safeParse(cells);
            expect(fast !== FALLBACK, JSON.stringify(cells)).toBe(zod.success);
            if (zod.success) {
              accepted++;
              expect(fast).toStrictEqual(zod.data);
              expect(Object.keys(fast as object)).toEqual(Object.keys(zod.data as object));
            } else {
              refused++;
              // Worded without zod: zod's issues, in its order.
              expect(compiled.issues(record), JSON.stringify(cells)).toStrictEqual(rowIssuesOf(zod.error));
            }
          },
        ),
        { numRuns: 1000, seed: 11 },
      );
      // Valid rows must come up often enough for the comparison of records to mean something.
      expect(accepted).toBeGreaterThan(20);
      expect(refused).toBeGreaterThan(20);
    });
  }
});
