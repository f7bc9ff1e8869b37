import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryDir } from '../helpers/report.js';
import { MINIMAL_FILES, withLine, writeYearFolder } from '../helpers/year-folder.js';

interface JsonIssue {
  code: string;
  severity: string;
  file: string;
  line?: number;
  column?: number;
  field?: string;
  value?: string;
  suggestion?: string;
  message: string;
}

async function validate(data: string, year = 2024): Promise<{ code: number; issues: JsonIssue[] }> {
  const run = await runCli(['validate', '--year', String(year), '--data', data, '--json']);
  return { code: run.code, issues: JSON.parse(run.out).issues };
}

describe('validate', () => {
  it('accepts a valid folder, with commune spellings such as Marcq-en-Baroeul', async () => {
    const { code, issues } = await validate(writeYearFolder());
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('rejects an unknown commune, naming the nearest one, with file, line and column', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': withLine('imilo/jeunes.csv', 3, 'A2;H;01/09/2006;Lammersart;;Aucun diplôme;05/03/2024;Non;Précaire;Non'),
    });
    const { code, issues } = await validate(data);
    expect(code).toBe(3);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'cell.commune',
        file: '2024/imilo/jeunes.csv',
        line: 3,
        column: 4,
        field: 'Commune',
        value: 'Lammersart',
        suggestion: 'Lambersart',
      }),
    ]);
    expect(issues[0]!.message).toContain('« Lambersart »');
  });

  it('collects every error of every file, not just the first', async () => {
    const data = writeYearFolder(2024, {
      'imilo/evenements.csv': [
        'Identifiant;Date;Nature;Statut',
        'A1;31/02/2024;Entretien individuel;Réalisé',
        'A2;05/03/2024;Entretien individul;',
        'ZZ99;05/03/2024;SMS;',
      ].join('\n'),
      'imilo/aides.csv': withLine('imilo/aides.csv', 2, 'A2;15/05/2024;Allocation CEJ;douze euros;Accordée'),
      'manuel.csv': withLine('manuel.csv', 2, 'cej.profesionnels;12;'),
    });
    const { code, issues } = await validate(data);
    expect(code).toBe(3);
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.code])).toEqual([
      ['2024/imilo/aides.csv', 2, 4, 'cell.amount'],
      ['2024/imilo/evenements.csv', 2, 2, 'cell.date'],
      ['2024/imilo/evenements.csv', 3, 3, 'cell.vocabulary'],
      ['2024/imilo/evenements.csv', 4, 1, 'cell.unknown_reference'],
      ['2024/manuel.csv', 2, 1, 'manual.unknown_key'],
    ]);
    const nature = issues.find((issue) => issue.code === 'cell.vocabulary')!;
    expect(nature.suggestion).toBe('Entretien individuel');
    expect(nature.message).toMatch(/« Entretien individul » n’est pas une valeur reconnue \(vouliez-vous dire « Entretien individuel » \?\)/);
    expect(issues.find((issue) => issue.code === 'cell.date')!.message).toContain('« 31/02/2024 » n’est pas une date valide');
  });

  it('never echoes personal data: unknown ids and birth dates are positions only', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': withLine('imilo/jeunes.csv', 2, 'A1;F;31/02/2005;Lambersart;;BAC;10/01/2024;Oui;Parents;Non'),
      'imilo/propositions.csv': withLine('imilo/propositions.csv', 2, "SECRET42;11/01/2024;Accès à l'emploi;"),
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('2024/imilo/jeunes.csv:2:3');
    expect(run.err).toContain('2024/imilo/propositions.csv:2');
    expect(run.err).not.toContain('31/02/2005');
    expect(run.err).not.toContain('SECRET42');
    expect(run.err).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('reports a missing column and a missing file', async () => {
    const data = writeYearFolder(2024, {
      'imilo/situations.csv': MINIMAL_FILES['imilo/situations.csv']!.replace('Date de début', 'Debut'),
      'imilo/dispositifs.csv': null,
    });
    const { issues } = await validate(data);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'header.missing_column', file: '2024/imilo/situations.csv', line: 1, field: 'Date de début' }),
        expect.objectContaining({ code: 'header.unknown_column', severity: 'warning', value: 'Debut' }),
        expect.objectContaining({ code: 'file.missing', file: '2024/imilo/dispositifs.csv' }),
      ]),
    );
  });

  it('checks situations: an end before the start and a sous-type that does not fit the type', async () => {
    const data = writeYearFolder(2024, {
      'imilo/situations.csv': [
        'Identifiant;Type;Sous-type;Date de début;Date de fin;Domaine;Qualifiante;Niveau préparé;Pays',
        'A1;Emploi;CDD;01/06/2024;31/05/2024;;;;',
        'A2;Emploi;Apprentissage;01/06/2024;;;;;',
      ].join('\n'),
    });
    const { issues } = await validate(data);
    expect(issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [2, 5, 'row.end_before_start'],
      [3, 3, 'cell.subtype'],
    ]);
  });

  it('reads Windows-1252 exports with CRLF and a sep= line, and counts lines across quoted newlines', async () => {
    const utf8 = MINIMAL_FILES['imilo/jeunes.csv']!;
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': iconv.encode(`sep=;\r\n${utf8.replace(/\n/g, '\r\n')}\r\n`, 'win1252'),
      'actions/actions.csv': [
        'Identifiant action;Date;Type;Thème;Intitulé;Lieu;Exposants;Visiteurs;Entretiens',
        'AC1;02/02/2024;Atelier;CEJ;"Atelier\nsur deux lignes";MDE;;;',
        'AC2;02/02/2024;Atelier;CEJ;Atelier;MDE;;beaucoup;',
      ].join('\n'),
    });
    const { issues } = await validate(data);
    expect(issues).toEqual([expect.objectContaining({ code: 'cell.integer', file: '2024/actions/actions.csv', line: 4, column: 8, value: 'beaucoup' })]);
  });

  it('warns, without failing, when qualification is given as an I-MILO level', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': withLine('imilo/jeunes.csv', 2, 'A1;F;14/02/2005;Lambersart;;niveau 4;10/01/2024;Oui;Parents;Non'),
    });
    const { code, issues } = await validate(data);
    expect(code).toBe(0);
    expect(issues).toEqual([expect.objectContaining({ code: 'qualification.level_not_validated', severity: 'warning' })]);
  });
});

describe('build with bad data', () => {
  it('writes nothing and leaves the previous report untouched', async () => {
    const out = temporaryDir('alpes-out-');
    mkdirSync(path.join(out, '2024'));
    writeFileSync(path.join(out, '2024', 'metrics.json'), 'previous good report');
    const data = writeYearFolder(2024, { 'imilo/evenements.csv': withLine('imilo/evenements.csv', 2, 'A1;hier;Entretien individuel;') });
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('2024/imilo/evenements.csv:2:2');
    expect(run.err).toContain('Aucun fichier n’a été écrit');
    expect(readdirSync(path.join(out, '2024'))).toEqual(['metrics.json']);
    expect(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).toBe('previous good report');
  });

  it('builds a minimal valid folder', async () => {
    const out = temporaryDir('alpes-out-');
    const data = writeYearFolder();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(out, '2024', 'metrics.json'))).toBe(true);
    expect(existsSync(path.join(out, '2024', 'rapport-activite-2024.html'))).toBe(false);
    const metrics = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
    expect(metrics.indicators.public.newArrivals.total).toBe(2);
    expect(metrics.indicators.aids.cej.amountCents).toBe(124_143);
    expect(metrics.previousYear).toBeNull();
    expect(metrics.comparisons).toBeNull();
    expect(metrics.plie).toBeNull(); // no plie/ folder: no PLIE, not zeros
    const manual = readFileSync(path.join(data, '2024', 'manuel.csv'));
    expect(metrics.inputs['2024/manuel.csv']).toEqual({ rows: manual.toString().trimEnd().split('\n').length - 1, sha256: createHash('sha256').update(manual).digest('hex') });
  });
});

describe('data-quality warnings', () => {
  it('warns, without failing, about suspicious values, with their position', async () => {
    const data = writeYearFolder(2024, {
      // 14 at the first arrival; 27 without RQTH.
      'imilo/jeunes.csv': [
        MINIMAL_FILES['imilo/jeunes.csv']!,
        'A4;F;01/01/2010;Lambersart;;BAC;10/01/2024;Oui;Parents;Non',
        'A5;H;01/01/1996;Lambersart;;BAC;10/01/2024;Oui;Parents;Non',
        'A6;H;01/01/1996;Lambersart;;BAC;10/01/2024;Oui;Parents;Oui',
      ].join('\n'),
      'imilo/aides.csv': [
        MINIMAL_FILES['imilo/aides.csv']!,
        'A1;15/05/2024;FAJeM;200;Refusée',
        'A1;15/05/2024;FAJeM;200;Refusée',
        'A1;15/05/2021;FAJeM;0;Refusée',
      ].join('\n'),
      'imilo/evenements.csv': [MINIMAL_FILES['imilo/evenements.csv']!, 'A1;02/01/2031;SMS;'].join('\n'),
      'imilo/situations.csv': [MINIMAL_FILES['imilo/situations.csv']!, 'Total;;;;;;;;'].join('\n'),
    });
    const { code, issues } = await validate(data);
    expect(code).toBe(0);
    expect(issues.map((issue) => [issue.file, issue.line, issue.code, issue.severity])).toEqual([
      ['2024/imilo/aides.csv', 4, 'quality.amount_not_granted', 'warning'],
      // Duplicate rows are found once the file is read: listed after the line's other issues.
      ['2024/imilo/aides.csv', 5, 'quality.amount_not_granted', 'warning'],
      ['2024/imilo/aides.csv', 5, 'quality.duplicate_row', 'warning'],
      ['2024/imilo/aides.csv', 6, 'quality.date_out_of_window', 'warning'],
      ['2024/imilo/evenements.csv', 5, 'quality.date_out_of_window', 'warning'],
      ['2024/imilo/jeunes.csv', 5, 'quality.age_out_of_range', 'warning'],
      ['2024/imilo/jeunes.csv', 6, 'quality.age_out_of_range', 'warning'],
      ['2024/imilo/situations.csv', 4, 'row.total_skipped', 'warning'],
    ]);
    expect(issues.find((issue) => issue.code === 'quality.age_out_of_range')!.message).toContain('âge calculé : 14 ans');
  });
});

describe('a year with a PLIE', () => {
  it('adds the PLIE indicators to metrics.json and validates the PLIE files', async () => {
    const data = writeYearFolder(2024, {
      'plie/participants.csv': [
        "Identifiant;Sexe;Date de naissance;Commune;Public;Niveau de qualification;Date d'entrée;Date de sortie;Motif de sortie;Secteur",
        'P1;F;01/01/1980;Lambersart;RSA;BEP/CAP;01/03/2022;15/06/2024;Emploi;Restauration',
        'P2;H;01/01/1970;Marcq-en-Baroeul;RSA|Senior;BAC;01/02/2024;;;',
        'P3;F;01/01/1990;Lompret;DELD;Aucun diplôme;01/01/2023;10/10/2024;Déménagement;',
      ].join('\n'),
      'plie/etapes.csv': ['Identifiant;Type;Date de début;Date de fin', 'P1;Emploi;01/05/2024;', 'P2;Prestation;01/03/2024;30/04/2024'].join('\n'),
    });
    const out = temporaryDir('alpes-out-');
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json'])).code).toBe(0);
    const { plie, inputs } = JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8'));
    expect(plie.participants.total).toBe(3);
    expect(plie.newEntries.total).toBe(1);
    expect(plie.exits).toMatchObject({ total: 2, positive: 1, legitimate: 1, rate: { percent: 50 }, adjustedRate: { percent: 100 }, targetMet: true });
    expect(Object.keys(inputs)).toContain('2024/plie/participants.csv');

    const broken = writeYearFolder(2024, {
      'plie/participants.csv': "Identifiant;Sexe;Date de naissance;Commune;Public;Niveau de qualification;Date d'entrée;Date de sortie;Motif de sortie;Secteur\nP1;F;01/01/1980;Lammersart;RSA;BAC;01/03/2022;15/06/2024;;",
      'plie/etapes.csv': 'Identifiant;Type;Date de début;Date de fin\n',
    });
    const { code, issues } = await validate(broken);
    expect(code).toBe(3);
    expect(issues.map((issue) => [issue.file, issue.line, issue.code])).toEqual([
      // With a plie/ folder, manuel.csv's plie.* keys are expected too.
      ['2024/manuel.csv', undefined, 'manual.missing_keys'],
      ['2024/plie/etapes.csv', undefined, 'file.no_data'],
      ['2024/plie/participants.csv', 2, 'cell.commune'],
      ['2024/plie/participants.csv', 2, 'row.exit_reason'],
    ]);
  });
});
