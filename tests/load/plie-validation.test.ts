import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueMessage } from '../../src/contract/messages-fr.js';
import { METROPOLE_NORD_OUEST, communeMatcher } from '../../src/contract/territory.js';
import type { Issue } from '../../src/contract/issues.js';
import { loadPlie } from '../../src/load/load-plie.js';
import { d } from '../helpers/records.js';
import { temporaryDir } from '../helpers/report.js';
import { type YearSource } from '../../src/load/registers.js';

const PARTICIPANTS_HEADER = "Identifiant;Sexe;Date de naissance;Commune;Public;Niveau de qualification;Date d'entrée;Date de sortie;Motif de sortie;Secteur";

const PARTICIPANTS = [
  PARTICIPANTS_HEADER,
  'P1;F;14/02/1975;Lambersart;RSA|DELD;BEP/CAP;10/01/2022;;;',
  'P2;Homme;01/09/1970;Marcq-en-Baroeul;DE TH | DE Séniors;Aucun diplôme;05/03/2023;30/11/2023;Emploi;Restauration',
  'P3;F;20/11/1990;SAINT ANDRE LEZ LILLE;RSA;BAC;12/12/2020;15/06/2023;Emploi probable / sans justificatif;',
].join('\n');

const ETAPES = [
  'Identifiant;Type;Date de début;Date de fin',
  'P1;Prestation;01/02/2023;30/04/2023',
  'P2;IAE;01/04/2023;31/10/2023',
  'P1;Formation;01/09/2023;',
].join('\n');

/** Writes `<root>/2023/plie/…` (a file given as null is left out) and returns the source. */
function plieFolder(files: { participants?: string | null; etapes?: string | null } = {}): YearSource {
  const root = temporaryDir('alpes-plie-');
  const folder = path.join(root, '2023', 'plie');
  mkdirSync(folder, { recursive: true });
  const participants = files.participants === undefined ? PARTICIPANTS : files.participants;
  const etapes = files.etapes === undefined ? ETAPES : files.etapes;
  if (participants !== null) writeFileSync(path.join(folder, 'participants.csv'), `${participants}\n`);
  if (etapes !== null) writeFileSync(path.join(folder, 'etapes.csv'), `${etapes}\n`);
  return source(root);
}

function source(dataDir: string): YearSource {
  return { dataDir, year: 2023, communes: communeMatcher(METROPOLE_NORD_OUEST), headerAliases: {} };
}

/** The participants file with data row `n` (1-based, after the header) replaced. */
function participantsWith(n: number, row: string): string {
  const lines = PARTICIPANTS.split('\n');
  lines[n] = row;
  return lines.join('\n');
}

async function load(input: YearSource) {
  const issues: Issue[] = [];
  const registers = await loadPlie(input, issues);
  return { registers, issues, errors: issues.filter((issue) => issue.severity === 'error') };
}

describe('loadPlie', () => {
  it('reads valid files: aliases, several publics, étapes linked by index, input summaries', async () => {
    const { registers, issues } = await load(plieFolder());
    expect(issues).toEqual([]);
    expect(registers).toBeDefined();
    const { participants, etapes, inputs } = registers!;
    expect(participants.map((participant) => participant.commune)).toEqual(['Lambersart', 'Marcq-en-Barœul', 'Saint-André-lez-Lille']);
    expect(participants[0]!.publics).toEqual(['RSA', 'DELD']);
    expect(participants[1]!.publics).toEqual(['TH', 'Senior']);
    expect(participants[1]).toMatchObject({ sex: 'H', exit: d('30/11/2023'), exitReason: 'Emploi', sector: 'Restauration' });
    expect(participants[2]!.exitReason).toBe('Emploi probable sans justificatif');
    expect(etapes).toEqual([
      { type: 'Prestation', start: d('01/02/2023'), end: d('30/04/2023'), participant: 0 },
      { type: "Emploi d'insertion (IAE)", start: d('01/04/2023'), end: d('31/10/2023'), participant: 1 },
      { type: 'Formation', start: d('01/09/2023'), end: undefined, participant: 0 },
    ]);
    expect(Object.keys(inputs)).toEqual(['2023/plie/participants.csv', '2023/plie/etapes.csv']);
    expect(inputs['2023/plie/participants.csv']!.rows).toBe(3);
    expect(inputs['2023/plie/etapes.csv']!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns undefined, with no issue, when the year has no plie/ folder', async () => {
    const root = temporaryDir('alpes-plie-');
    mkdirSync(path.join(root, '2023', 'imilo'), { recursive: true });
    const { registers, issues } = await load(source(root));
    expect(registers).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('requires both files once the plie/ folder exists', async () => {
    const { errors } = await load(plieFolder({ etapes: null }));
    expect(errors).toEqual([expect.objectContaining({ code: 'file.missing', file: '2023/plie/etapes.csv' })]);
  });

  it('rejects an unknown commune, naming the nearest one', async () => {
    const data = plieFolder({ participants: participantsWith(1, 'P1;F;14/02/1975;Lammersart;RSA;BEP/CAP;10/01/2022;;;') });
    const { errors } = await load(data);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'cell.commune',
        file: '2023/plie/participants.csv',
        line: 2,
        column: 4,
        field: 'Commune',
        value: 'Lammersart',
        suggestion: 'Lambersart',
      }),
    ]);
    expect(issueMessage(errors[0]!)).toContain('(vouliez-vous dire « Lambersart » ?)');
  });

  it('requires a Motif de sortie with a Date de sortie (row.exit_reason)', async () => {
    const data = plieFolder({ participants: participantsWith(2, 'P2;H;01/09/1970;Lompret;TH;Aucun diplôme;05/03/2023;30/11/2023;;') });
    const { errors } = await load(data);
    expect(errors).toEqual([expect.objectContaining({ code: 'row.exit_reason', line: 3, column: 9, field: 'Motif de sortie' })]);
    expect(issueMessage(errors[0]!)).toBe('Le motif de sortie est obligatoire quand la date de sortie est renseignée.');
  });

  it('rejects a Motif de sortie without a Date de sortie, and an exit before the entry', async () => {
    const data = plieFolder({
      participants: participantsWith(1, 'P1;F;14/02/1975;Lambersart;RSA;BEP/CAP;10/01/2022;;Rupture;') + '\nP4;F;14/02/1975;Lompret;RSA;BAC;10/01/2023;09/01/2023;Rupture;',
    });
    const { errors } = await load(data);
    expect(errors.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [2, 8, 'cell.required'],
      [5, 8, 'row.end_before_start'],
    ]);
    expect(issueMessage(errors[0]!)).toContain('la date de sortie, puisque le motif de sortie est renseigné');
  });

  it('rejects an unknown exit reason and an unknown public, with suggestions', async () => {
    const data = plieFolder({ participants: participantsWith(2, 'P2;H;01/09/1970;Lompret;RSA|DELX;Aucun diplôme;05/03/2023;30/11/2023;Emploie;') });
    const { errors } = await load(data);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'cell.vocabulary', line: 3, column: 5, field: 'Public', value: 'RSA|DELX', suggestion: 'RSA|DELD' }),
      expect.objectContaining({ code: 'cell.vocabulary', line: 3, column: 9, field: 'Motif de sortie', value: 'Emploie', suggestion: 'Emploi' }),
    ]);
    expect(issueMessage(errors[0]!)).toContain('« RSA|DELX » n’est pas une valeur reconnue (vouliez-vous dire « RSA|DELD » ?)');
  });

  it('requires at least one public', async () => {
    const data = plieFolder({ participants: participantsWith(1, 'P1;F;14/02/1975;Lambersart; | ;BEP/CAP;10/01/2022;;;') });
    const { errors } = await load(data);
    expect(errors).toEqual([expect.objectContaining({ code: 'cell.required', line: 2, field: 'Public' })]);
  });

  it('reports an étape of an unknown participant by position, without echoing the id', async () => {
    const data = plieFolder({ etapes: `${ETAPES}\nZZ99;Emploi;01/05/2023;` });
    const { registers, errors, issues } = await load(data);
    expect(errors).toEqual([
      {
        code: 'cell.unknown_reference',
        severity: 'error',
        file: '2023/plie/etapes.csv',
        line: 5,
        column: 1,
        field: 'Identifiant',
        expectation: { kind: 'idIn', file: 'plie/participants.csv' },
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain('ZZ99');
    expect(registers!.etapes).toHaveLength(3);
  });

  it('reports an étape ending before it starts, a duplicate participant id, and never a birth date', async () => {
    const data = plieFolder({
      participants: `${PARTICIPANTS}\nP1;F;14/02/1975;Lambersart;RSA;BEP/CAP;10/01/2022;;;`,
      etapes: `${ETAPES}\nP2;Emploi;01/05/2023;30/04/2023`,
    });
    const { errors, issues } = await load(data);
    expect(errors.map((issue) => [issue.file, issue.line, issue.column, issue.code])).toEqual([
      ['2023/plie/participants.csv', 5, 1, 'cell.duplicate_id'],
      ['2023/plie/etapes.csv', 5, 4, 'row.end_before_start'],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/P1|14\/02\/1975/);
  });

  it('does not report étapes of a participant whose own row was invalid a second time', async () => {
    const data = plieFolder({ participants: participantsWith(1, 'P1;F;pas une date;Lambersart;RSA;BEP/CAP;10/01/2022;;;') });
    const { errors } = await load(data);
    expect(errors.map((issue) => [issue.file, issue.code])).toEqual([['2023/plie/participants.csv', 'cell.date']]);
    expect(errors[0]!.value).toBeUndefined();
  });

  it('accepts I-MILO levels with one warning per file, and header aliases from the configuration', async () => {
    const root = temporaryDir('alpes-plie-');
    const folder = path.join(root, '2023', 'plie');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'participants.csv'),
      `${PARTICIPANTS_HEADER.replace('Public', "Critère d'entrée").replace("Date d'entrée", 'Entrée PLIE')}\nP1;F;14/02/1975;Lambersart;RSA;niveau 3;10/01/2022;;;\n`,
    );
    writeFileSync(path.join(folder, 'etapes.csv'), 'Identifiant;Type;Date de début;Date de fin\n');
    const { registers, issues } = await load({ ...source(root), headerAliases: { 'plie/participants.csv': { "Date d'entrée": ['Entrée PLIE'] } } });
    expect(issues).toEqual([expect.objectContaining({ code: 'qualification.level_not_validated', severity: 'warning', count: 1 })]);
    expect(registers!.participants[0]!.qualification).toEqual({ band: 'BEP/CAP', fromLevel: true });
  });
});
