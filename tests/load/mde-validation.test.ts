import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/pipeline.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import type { Issue } from '../../src/contract/issues.js';
import { loadMde } from '../../src/load/load-mde.js';
import { loadRegisters } from '../../src/load/load-year.js';
import { d } from '../helpers/records.js';
import { temporaryDir } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';
import { type YearSource } from '../../src/load/registers.js';

// ---------------------------------------------------------------- a valid 2023/mde/ folder

/** Personal ids all start with PERS- so that a leak is easy to spot in any issue or record. */
const VALID: Record<string, string> = {
  'creation-entreprise.csv': [
    "Identifiant;Date d'accueil;Sexe;Commune;Orientations;Date de création;Entreprise;Commune de l'entreprise",
    'PERS-C1;12/01/2023;F;Lambersart;2;;;',
    'PERS-C2;03/10/2022;Homme;Wambrechies;;15/06/2023;ENT-01;Wambrechies',
  ].join('\n'),
  'employeurs.csv': ['Identifiant employeur;Date;Commune', 'EMP-1;10/02/2023;Lambersart', 'EMP-1;11/02/2023;', 'EMP-2;12/02/2023;Lille'].join('\n'),
  'contrats.csv': [
    'Identifiant;Date de signature;Type;Commune;Opération',
    "PERS-K1;16/01/2023;Contrat d'apprentissage;Marquette-lez-Lille;R1",
    'PERS-K2;03/04/2023;Interim;Lille;',
  ].join('\n'),
  'clause-insertion.csv': [
    'Identifiant;Commune;Opération;Opération sur le territoire;Entreprise;Date;Heures',
    'PERS-H1;La Madeleine;OP-1;Oui;ENT-A;31/03/2023;7,5',
    'PERS-H2;Lille;OP-1;Non;ENT-A;30/04/2023;35 h',
    'PERS-H1;LA MADELEINE;OP-2;O;ENT-B;30/04/2023;151,67',
  ].join('\n'),
  'cyber-base.csv': [
    'Date;Site;Identifiant;Sexe;Public;Type',
    '09/01/2023;Lambersart;PERS-U1;F;Adulte;Utilisation',
    '10/01/2023;Marcq-en-Barœul;PERS-U2;Homme;Jeunes;RDV',
    '11/01/2023;Lambersart;PERS-U1;F;Adulte;Usage',
  ].join('\n'),
  'mobilite.csv': [
    'Identifiant;Date;Type;Commune;QPV;Déplacement',
    'PERS-M1;02/01/2023;Pass Pass;Lille;Oui;',
    'PERS-M2;03/01/2023;Carburant;Lambersart;Non;',
    'PERS-M3;14/06/2023;Collectif;Roubaix;N;DC-02',
  ].join('\n'),
  'siae.csv': ['Identifiant;Date;Type de structure;Structure', 'PERS-S1;05/05/2023;A.C.I.;Jardins du Nord', 'PERS-S2;06/05/2023;E.T.T.I.;'].join('\n'),
  'offres.csv': ['Identifiant offre;Date de publication;Commune;Type de contrat', 'OF-1;01/02/2023;Lambersart;CDI', 'OF-2;02/02/2023;Paris;Apprentissage'].join('\n'),
};

function source(dataDir: string): YearSource {
  return { dataDir, year: 2023, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} };
}

/** Writes `<root>/2023/mde/` with the valid logs, each replaced (string) or left out (null) as given. */
function mdeFolder(changes: Record<string, string | null> = {}, base: Record<string, string | null> = VALID): YearSource {
  const root = temporaryDir('alpes-mde-');
  const folder = path.join(root, '2023', 'mde');
  mkdirSync(folder, { recursive: true });
  for (const [name, content] of Object.entries({ ...base, ...changes })) {
    if (content !== null) writeFileSync(path.join(folder, name), `${content}\n`);
  }
  return source(root);
}

/** One valid log plus `rows` (appended after its data rows). */
function withRows(file: string, ...rows: string[]): Record<string, string> {
  return { [file]: [VALID[file]!, ...rows].join('\n') };
}

/** Loads with the action ids of actions.csv (`R1` unless given; `unreadable` = actions.csv could not be read). */
async function load(input: YearSource, actionIds: ReadonlySet<string> | 'unreadable' = new Set(['R1'])) {
  const issues: Issue[] = [];
  const logs = await loadMde(input, actionIds === 'unreadable' ? undefined : actionIds, issues);
  return { logs, issues, errors: issues.filter((issue) => issue.severity === 'error') };
}

describe('loadMde: valid logs', () => {
  it('reads every log, with value aliases, hours in hundredths and ids replaced by per-file numbers', async () => {
    const { logs, issues } = await load(mdeFolder());
    expect(issues).toEqual([]);
    expect(logs).toBeDefined();
    const mde = logs!;

    expect(mde.creation).toEqual([
      { person: 0, welcomed: d('12/01/2023'), sex: 'F', commune: { name: 'Lambersart', inTerritory: true }, referrals: 2, created: undefined, company: undefined, companyCommune: undefined },
      { person: 1, welcomed: d('03/10/2022'), sex: 'H', commune: { name: 'Wambrechies', inTerritory: true }, referrals: undefined, created: d('15/06/2023'), company: 'ENT-01', companyCommune: { name: 'Wambrechies', inTerritory: true } },
    ]);
    expect(mde.employers!.map((row) => [row.employer, row.commune])).toEqual([
      ['EMP-1', { name: 'Lambersart', inTerritory: true }],
      ['EMP-1', undefined],
      ['EMP-2', { name: 'Lille', inTerritory: false }],
    ]);
    expect(mde.contracts!.map((row) => [row.person, row.type, row.operation])).toEqual([
      [0, 'Apprentissage', 'R1'],
      [1, 'Intérim', undefined],
    ]);
    // 7,5 -> 750, 35 h -> 3500, 151,67 -> 15167; the same person keeps their number.
    expect(mde.clause!.map((row) => [row.person, row.commune, row.operation, row.operationInTerritory, row.hours])).toEqual([
      [0, { name: 'La Madeleine', inTerritory: true }, 'OP-1', true, 750],
      [1, { name: 'Lille', inTerritory: false }, 'OP-1', false, 3500],
      [0, { name: 'La Madeleine', inTerritory: true }, 'OP-2', true, 15167],
    ]);
    expect(mde.cyberBase!.map((row) => [row.person, row.site, row.sex, row.public, row.kind])).toEqual([
      [0, 'Lambersart', 'F', 'Adulte', 'Utilisation'],
      [1, 'Marcq-en-Barœul', 'H', 'Jeune', 'Rendez-vous individuel'],
      [0, 'Lambersart', 'F', 'Adulte', 'Utilisation'],
    ]);
    expect(mde.mobility!.map((row) => [row.person, row.type, row.qpv, row.trip])).toEqual([
      [0, 'Pass Pass', true, undefined],
      [1, 'Carte carburant', false, undefined],
      [2, 'Déplacement collectif', false, 'DC-02'],
    ]);
    expect(mde.siae!.map((row) => [row.person, row.type, row.structure])).toEqual([
      [0, 'ACI', 'Jardins du Nord'],
      [1, 'ETTI', undefined],
    ]);
    expect(mde.offers!.map((row) => [row.offer, row.contract, row.commune?.inTerritory])).toEqual([
      ['OF-1', 'CDI', true],
      ['OF-2', 'Alternance', false],
    ]);

    for (const log of [mde.creation, mde.contracts, mde.clause, mde.cyberBase, mde.mobility, mde.siae]) {
      for (const record of log!) expect(record).not.toHaveProperty('id');
    }
    expect(JSON.stringify(mde)).not.toContain('PERS-');
    expect(Object.keys(mde.inputs).sort()).toEqual(Object.keys(VALID).map((name) => `2023/mde/${name}`).sort());
    expect(mde.inputs['2023/mde/clause-insertion.csv']!.rows).toBe(3);
    expect(mde.inputs['2023/mde/offres.csv']!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives null, with no issue, for each log that is absent', async () => {
    const { logs, issues } = await load(mdeFolder({ 'creation-entreprise.csv': null, 'mobilite.csv': null, 'offres.csv': null }));
    expect(issues).toEqual([]);
    expect(logs!.creation).toBeNull();
    expect(logs!.mobility).toBeNull();
    expect(logs!.offers).toBeNull();
    expect(logs!.siae).toHaveLength(2);
    expect(Object.keys(logs!.inputs)).not.toContain('2023/mde/mobilite.csv');
  });

  it('gives every log null when mde/ is empty', async () => {
    const { logs, issues } = await load(mdeFolder({}, {}));
    expect(issues).toEqual([]);
    expect(logs).toMatchObject({ creation: null, employers: null, contracts: null, clause: null, cyberBase: null, mobility: null, siae: null, offers: null, inputs: {} });
  });

  it('returns undefined, with no issue, when the year has no mde/ folder', async () => {
    const root = temporaryDir('alpes-mde-');
    mkdirSync(path.join(root, '2023', 'imilo'), { recursive: true });
    const { logs, issues } = await load(source(root));
    expect(logs).toBeUndefined();
    expect(issues).toEqual([]);
  });
});

describe('loadMde: errors', () => {
  it('rejects hours that are not a number (cell.hours), and requires them (cell.required)', async () => {
    const { errors } = await load(
      mdeFolder(withRows('clause-insertion.csv', 'PERS-H3;Lille;OP-1;Oui;ENT-A;30/04/2023;7,555', 'PERS-H4;Lille;OP-1;Oui;ENT-A;30/04/2023;beaucoup', 'PERS-H5;Lille;OP-1;Oui;ENT-A;30/04/2023;', 'PERS-H6;Lille;OP-1;Oui;ENT-A;30/04/2023;7h30')),
    );
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.hours', file: '2023/mde/clause-insertion.csv', line: 5, column: 7, field: 'Heures', value: '7,555' }),
      expect.objectContaining({ code: 'cell.hours', file: '2023/mde/clause-insertion.csv', line: 6, column: 7, field: 'Heures', value: 'beaucoup' }),
      expect.objectContaining({ code: 'cell.required', file: '2023/mde/clause-insertion.csv', line: 7, column: 7, field: 'Heures' }),
      // Hours and minutes are refused rather than read as 730 hours.
      expect.objectContaining({ code: 'cell.hours', file: '2023/mde/clause-insertion.csv', line: 8, column: 7, field: 'Heures', value: '7h30' }),
    ]);
  });

  it('requires Déplacement for a collective trip only (cell.required)', async () => {
    const { logs, errors } = await load(mdeFolder(withRows('mobilite.csv', 'PERS-M4;20/06/2023;Déplacement collectif;Lille;Non;', 'PERS-M5;21/06/2023;Train;Lille;Non;')));
    expect(errors).toEqual([expect.objectContaining({ code: 'cell.required', file: '2023/mde/mobilite.csv', line: 5, column: 6, field: 'Déplacement' })]);
    expect(logs!.mobility!.map((row) => row.type)).toEqual(['Pass Pass', 'Carte carburant', 'Déplacement collectif', 'Train']);
  });

  it('requires Entreprise and Commune de l’entreprise with a Date de création', async () => {
    const { errors } = await load(mdeFolder(withRows('creation-entreprise.csv', 'PERS-C3;01/02/2023;F;Lompret;;01/09/2023;;')));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.required', file: '2023/mde/creation-entreprise.csv', line: 4, column: 7, field: 'Entreprise' }),
      expect.objectContaining({ code: 'cell.required', file: '2023/mde/creation-entreprise.csv', line: 4, column: 8, field: "Commune de l'entreprise" }),
    ]);
  });

  it('rejects a second row of the same project holder without echoing their id', async () => {
    const { logs, errors, issues } = await load(mdeFolder(withRows('creation-entreprise.csv', 'PERS-C1;01/03/2023;F;Lambersart;;;;')));
    expect(errors).toEqual([{ code: 'cell.duplicate_id', severity: 'error', file: '2023/mde/creation-entreprise.csv', line: 4, column: 1, field: 'Identifiant', firstLine: 2 }]);
    expect(JSON.stringify(issues)).not.toContain('PERS-');
    expect(logs!.creation).toHaveLength(2);
  });

  it('rejects a duplicate offer id, echoing it since it is not personal', async () => {
    const { logs, errors } = await load(mdeFolder(withRows('offres.csv', 'OF-1;03/02/2023;Lille;CDD')));
    expect(errors).toEqual([{ code: 'cell.duplicate_id', severity: 'error', file: '2023/mde/offres.csv', line: 4, column: 1, field: 'Identifiant offre', value: 'OF-1', firstLine: 2 }]);
    expect(logs!.offers!.map((offer) => offer.contract)).toEqual(['CDI', 'Alternance']);
  });

  it('rejects a contract whose Opération is not in actions.csv, only when the action ids are known', async () => {
    const data = mdeFolder(withRows('contrats.csv', 'PERS-K3;05/05/2023;CDD;Lille;R9'));
    const checked = await load(data, new Set(['R1']));
    expect(checked.errors).toEqual([
      {
        code: 'cell.unknown_reference',
        severity: 'error',
        file: '2023/mde/contrats.csv',
        line: 4,
        column: 5,
        field: 'Opération',
        value: 'R9',
        expectation: { kind: 'idIn', file: 'actions/actions.csv' },
      },
    ]);
    const unchecked = await load(data, 'unreadable');
    expect(unchecked.issues).toEqual([]);
    expect(unchecked.logs!.contracts).toHaveLength(3);
  });

  it('rejects values outside the vocabularies, with the nearest value', async () => {
    const { errors, issues } = await load(
      mdeFolder({
        ...withRows('mobilite.csv', 'PERS-M6;20/06/2023;Pass Pas;Lille;Non;'),
        ...withRows('contrats.csv', 'PERS-K4;05/05/2023;Apprentisage;Lille;'),
        ...withRows('cyber-base.csv', '12/01/2023;Lambersart;PERS-U3;X;Adulte;Utilisation'),
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.vocabulary', file: '2023/mde/contrats.csv', line: 4, column: 3, field: 'Type', value: 'Apprentisage', suggestion: 'Apprentissage' }),
      expect.objectContaining({ code: 'cell.vocabulary', file: '2023/mde/cyber-base.csv', line: 5, column: 4, field: 'Sexe', value: 'X' }),
      expect.objectContaining({ code: 'cell.vocabulary', file: '2023/mde/mobilite.csv', line: 5, column: 3, field: 'Type', value: 'Pass Pas', suggestion: 'Pass Pass' }),
    ]);
    expect(JSON.stringify(issues)).not.toContain('PERS-');
  });
});

// ---------------------------------------------------------------- through the pipeline (2024)

const ACTIONS_HEADER = 'Identifiant action;Date;Type;Thème;Intitulé;Lieu;Exposants;Visiteurs;Entretiens;Structure;Action parente;Exposants du territoire;Démonstrations;Commentaire';

function actions(...rows: string[]): string {
  return [ACTIONS_HEADER, 'AC1;02/02/2024;Atelier;CEJ;Atelier CV;MDE;;;;;;;;', ...rows].join('\n');
}

describe('actions.csv MDE columns, through the whole pipeline', () => {
  it('rejects an unknown Action parente at its line and column, and accepts a parent listed after its child', async () => {
    const root = writeYearFolder(2024, {
      'actions/actions.csv': actions(
        "M1;23/03/2024;Atelier;Création d'entreprise;Atelier financement;;;;;MDE;M2;;;",
        "M2;23/03/2024;Salon;;Salon;;10;100;;Maison de l'Emploi;;4;2;",
        "M3;24/03/2024;Atelier;Création d'entreprise;Atelier;;;;;MDE;M99;;;",
      ),
    });
    const issues: Issue[] = [];
    await loadRegisters({ dataDir: root, year: 2024, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} }, issues);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([
      {
        code: 'cell.unknown_reference',
        severity: 'error',
        file: '2024/actions/actions.csv',
        line: 5,
        column: 11,
        field: 'Action parente',
        value: 'M99',
        expectation: { kind: 'idIn', file: 'actions/actions.csv' },
      },
    ]);
    const report = await computeReport(root, 2024, DEFAULT_SETTINGS);
    expect(report.current).toBeUndefined();
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'cell.unknown_reference', line: 5, column: 11 }));
  });

  it('rejects more Exposants du territoire than Exposants', async () => {
    const root = writeYearFolder(2024, {
      'actions/actions.csv': actions("M1;23/03/2024;Salon;;Salon;;10;;;MDE;;11;;", "M2;24/03/2024;Salon;;Salon 2;;10;;;MDE;;10;;"),
    });
    const report = await computeReport(root, 2024, DEFAULT_SETTINGS);
    expect(report.current).toBeUndefined();
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'row.part_exceeds_total', file: '2024/actions/actions.csv', line: 3, column: 12, field: 'Exposants du territoire', value: '11' }),
    ]);
  });

  it('does not count an MDE action in the Mission Locale indicators (training workshops), only in the MDE pages', async () => {
    // Participations of the actions present only (an unknown action id is an error).
    const people: Record<string, string[]> = { AC1: ['A2;Marcq-en-Barœul'], F1: ['A1;Lambersart'], F2: ['A1;Lambersart'], MF1: ['A3;Lambersart', 'EXT1;Lille'], MC1: ['EXT2;Lille'] };
    const participationsOf = (rows: string[]) =>
      ['Identifiant action;Identifiant;Commune', ...['AC1', ...rows.map((row) => row.split(';')[0]!)].flatMap((id) => people[id]!.map((person) => `${id};${person}`))].join('\n');
    const build = async (rows: string[], mde: boolean) => {
      const root = writeYearFolder(2024, {
        'actions/actions.csv': actions(...rows),
        'actions/participations.csv': participationsOf(rows),
        ...(mde ? { 'mde/siae.csv': 'Identifiant;Date;Type de structure;Structure' } : {}),
      });
      const report = await computeReport(root, 2024, DEFAULT_SETTINGS);
      expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      return report.current!;
    };
    const mlRow = 'F1;10/04/2024;Atelier;Formation;Atelier formation;;;;;;;;;';
    const mdeRows = ['MF1;11/04/2024;Atelier;Formation;Atelier formation MDE;;;;;MDE;;;;', "MC1;12/04/2024;Atelier;Création d'entreprise;Créer;;;;;Maison de l'Emploi;;;;"];

    const mlOnly = await build([mlRow], false);
    expect(mlOnly.indicators.training.trainingWorkshops).toEqual({ actions: 1, participants: 1 });
    expect(mlOnly.mde).toBeNull();

    const withMde = await build([mlRow, ...mdeRows], true);
    expect(withMde.indicators.training.trainingWorkshops).toEqual({ actions: 1, participants: 1 });
    expect(withMde.mde!.businessCreation.workshops).toEqual({ actions: 1, participants: 1, participantsFromTerritory: 0 });

    const twoMl = await build([mlRow, 'F2;15/04/2024;Atelier;Formation;Atelier formation 2;;;;;ML;;;;', ...mdeRows], true);
    expect(twoMl.indicators.training.trainingWorkshops).toEqual({ actions: 2, participants: 1 });
  });
});
