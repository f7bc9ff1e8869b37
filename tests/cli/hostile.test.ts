import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

/**
 * Hostile inputs and interruptions (issue #16): each case mutates a copy of the fixtures in a
 * temporary folder and runs the command line on it.
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/alpes-report.js');

function fixturesCopy(): string {
  const data = temporaryDir('alpes-hostile-');
  cpSync(FIXTURES, data, { recursive: true });
  return data;
}

/** Rewrites one file of the copy, line by line (1-based line numbers, header = 1). */
function mutateLines(file: string, change: (cells: string[], line: number) => string[] | undefined): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = lines.map((text, index) => change(text.split(';'), index + 1)?.join(';') ?? text);
  writeFileSync(file, out.join('\n'));
}

describe('rows lost in silence', () => {
  it('a quote left open in a column without multi-line text is an error at the opening quote', async () => {
    const data = fixturesCopy();
    // Domaine (column 6) opens a quote on line 101 that a cell closes on line 1101.
    mutateLines(path.join(data, '2024/imilo/situations.csv'), (cells, line) => {
      if (line === 101) cells[5] = `"${cells[5]}`;
      if (line === 1101) cells[5] = `${cells[5]}"`;
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(3);
    const issues = JSON.parse(run.out).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'csv.multiline_cell', file: '2024/imilo/situations.csv', line: 101, column: 6, field: 'Domaine', count: 1001 }),
    );
  });

  it('the same quote over a few lines (Domaine, lines 101 to 130) is the same error', async () => {
    const data = fixturesCopy();
    mutateLines(path.join(data, '2024/imilo/situations.csv'), (cells, line) => {
      if (line === 101) cells[5] = `"${cells[5]}`;
      if (line === 130) cells[5] = `${cells[5]}"`;
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.out).issues).toContainEqual(
      expect.objectContaining({ code: 'csv.multiline_cell', file: '2024/imilo/situations.csv', line: 101, column: 6, field: 'Domaine', count: 30 }),
    );
  });

  it('a quote left open over a few lines of a free-text column swallows records: an error at the opening quote, quoting nothing', async () => {
    const data = fixturesCopy();
    const file = path.join(data, '2024/imilo/propositions.csv');
    const ids = readFileSync(file, 'utf8').split('\n').slice(100, 120).map((line) => line.split(';')[0]!);
    // Sous-thème (column 4, text that may span lines) opens a quote on line 101, closed on line 120.
    mutateLines(file, (cells, line) => {
      if (line === 101) cells[3] = `"${cells[3]}`;
      if (line === 120) cells[3] = `${cells[3]}"`;
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(3);
    const issues = JSON.parse(run.out).issues as { code: string; message: string }[];
    const swallowed = issues.filter((issue) => issue.code === 'csv.multiline_cell');
    expect(swallowed).toEqual([expect.objectContaining({ file: '2024/imilo/propositions.csv', line: 101, column: 4, field: 'Sous-thème', count: 20 })]);
    for (const id of ids) expect(swallowed[0]!.message).not.toContain(id);
  });

  it('a quote over two lines of a free-text column (the start of the next row swallowed) is the same error', async () => {
    const data = fixturesCopy();
    mutateLines(path.join(data, '2024/actions/actions.csv'), (cells, line) => {
      if (line === 11) cells[4] = `"${cells[4]}`;
      if (line === 12) cells[4] = `${cells[4]}"`;
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.out).issues).toContainEqual(
      expect.objectContaining({ code: 'csv.multiline_cell', file: '2024/actions/actions.csv', line: 11, column: 5, field: 'Intitulé', count: 2 }),
    );
  });

  it('a real text on several lines in a free-text column is read as one value', async () => {
    const data = fixturesCopy();
    mutateLines(path.join(data, '2024/imilo/propositions.csv'), (cells, line) => {
      if (line === 101) cells[3] = '"Atelier CV ; lettre de motivation\nsuite : J24-00001 ; à revoir ; avec ; le conseiller\n2e séance"';
      return cells;
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    expect(JSON.parse(run.out).issues.filter((issue: { file?: string }) => issue.file === '2024/imilo/propositions.csv')).toEqual([]);
    expect(run.code, run.err).toBe(0);
  });
});

describe('a failed write', () => {
  const mounted: string[] = [];
  afterAll(() => {
    for (const folder of mounted) spawnSync('umount', [folder]);
  });

  it('a full disk (ENOSPC) leaves no partial file and the previous report as it was', async () => {
    // A 64 KiB tmpfs where the machine allows it (root, as in CI containers); else a folder
    // without write permission (EACCES), the other failure the writer must clean up after.
    const out = temporaryDir('alpes-full-');
    const full = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', out]).status === 0;
    if (full) mounted.push(out);
    mkdirSync(path.join(out, '2024'));
    writeFileSync(path.join(out, '2024', 'metrics.json'), '{"ancien":true}\n');
    if (!full) spawnSync('chmod', ['555', path.join(out, '2024')]);
    const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'html,json']);
    expect(run.code).toBe(4);
    expect(run.err).toContain(full ? 'disque plein (ENOSPC)' : 'droits insuffisants');
    expect(run.err).toContain('Aucun fichier n’a été écrit ; le rapport précédent est inchangé.');
    expect(readdirSync(path.join(out, '2024'))).toEqual(['metrics.json']);
    expect(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).toBe('{"ancien":true}\n');
  });
});

describe('floods of issues', () => {
  /** jeunes.csv with `count` more young people, each row made by `row(i)`. */
  const youngPeople = (count: number, row: (i: number) => string) =>
    [MINIMAL_FILES['imilo/jeunes.csv'], ...Array.from({ length: count }, (_, i) => row(i))].join('\n');

  it('one misspelling in 60 rows is printed once, with its count, five positions and the alias to add', async () => {
    const data = writeYearFolder(2024, { 'imilo/jeunes.csv': youngPeople(60, (i) => `B${i};F;14/02/2005;Lammersart;;BAC;10/01/2024;Oui;Parents;Non`) });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    const lines = run.err.split('\n');
    expect(lines.filter((line) => line.includes('[cell.commune]'))).toHaveLength(1);
    expect(run.err).toContain('2024/imilo/jeunes.csv:5:4');
    expect(run.err).toContain('  60 fois : lignes 5, 6, 7, 8, 9 et 55 autre(s).');
    expect(run.err).toContain('"territoire" > "alias" : "Lammersart": "Lambersart"');
    // --json keeps every issue.
    const json = JSON.parse((await runCli(['validate', '--year', '2024', '--data', data, '--json'])).out);
    expect(json.issues.filter((issue: { code: string }) => issue.code === 'cell.commune')).toHaveLength(60);
  });

  it('20 000 different errors print a bounded list and the total per code', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': youngPeople(20_000, (i) => `B${i};F;${(i % 28) + 1}/13/${1990 + (i % 10)};Lambersart;;BAC;${i % 2 ? 'hier' : `x${i}`};Oui;Parents;Non`),
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    const lines = run.err.split('\n');
    expect(lines.length).toBeLessThan(300);
    expect(run.err).toMatch(/… et [\d\u202f]+ autre\(s\) erreur\(s\) non affiché\(s\)/);
    expect(run.err).toContain('Total des erreurs par code : cell.date 40\u202f000.');
    expect(run.err).toContain('  10\u202f000 fois : lignes 6, 8, 10, 12, 14 et 9\u202f995 autre(s).');
    expect(run.err).toContain('  20\u202f000 fois : lignes 5, 6, 7, 8, 9 et 19\u202f995 autre(s).');
  });

  it('10 000 duplicated aid rows print one grouped warning, not 10 000 lines', async () => {
    const aid = 'A2;15/05/2024;Allocation CEJ;1 241,43 €;Accordée';
    const data = writeYearFolder(2024, { 'imilo/aides.csv': ['Identifiant;Date;Type;Montant;Décision', ...Array.from({ length: 10_001 }, () => aid)].join('\n') });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code, run.err).toBe(0);
    expect(run.err.split('\n').length).toBeLessThan(100);
    expect(run.err.split('\n').filter((line) => line.includes('[quality.duplicate_row]'))).toHaveLength(1);
    expect(run.err).toContain('  10\u202f000 fois : lignes 3, 4, 5, 6, 7 et 9\u202f995 autre(s).');
  });
});

describe('personal data and long values in messages', () => {
  it('a row shifted by a missing delimiter says so and quotes none of its values', async () => {
    // "A3F;20/11/2001;…": Sexe now holds the birth date, Commune the sex…
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': MINIMAL_FILES['imilo/jeunes.csv']!.replace('A3;Homme;20/11/2001;', 'A3Homme;20/11/2001;'),
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    const issues: { code: string; line?: number; value?: string; message: string }[] = JSON.parse(run.out).issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'row.column_count', line: 4, count: 9 }));
    const row = issues.filter((issue) => issue.line === 4);
    expect(row.length).toBeGreaterThan(1);
    for (const issue of row) {
      expect(issue.value).toBeUndefined();
      expect(issue.message).not.toContain('20/11/2001');
    }
  });

  it('a 2 MB cell is quoted by its start only', async () => {
    const huge = 'Entretien'.repeat(250_000);
    const data = writeYearFolder(2024, { 'imilo/evenements.csv': `Identifiant;Date;Nature;Statut\nA1;10/01/2024;${huge};Réalisé` });
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    const issue = JSON.parse(run.out).issues.find((candidate: { code: string }) => candidate.code === 'cell.vocabulary');
    expect(issue.value.length).toBeLessThanOrEqual(121);
    expect(issue.message.length).toBeLessThan(400);
    expect(run.out.length).toBeLessThan(10_000);
  });

  it('an invisible or look-alike character is shown by its code', async () => {
    const data = writeYearFolder(2024, {
      'imilo/jeunes.csv': MINIMAL_FILES['imilo/jeunes.csv']!.replace('A1;F;14/02/2005;Lambersart', 'A1;F;14/02/2005;Lam\u200bbersart').replace('A2;H;01/09/2006;Marcq-en-Baroeul', 'A2;H;01/09/2006;L\u0430mbersart'),
    });
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.err).toContain('« Lam[U+200B]bersart »');
    expect(run.err).toContain('« L[U+0430]mbersart »');
  });
});

describe('file-system problems are the user’s, not internal errors', () => {
  it('a CSV path that is a folder: exit 7 and a French message, also when read by a worker thread', () => {
    const data = fixturesCopy();
    for (const file of ['2024/imilo/evenements.csv', '2024/imilo/propositions.csv']) {
      rmSync(path.join(data, file));
      mkdirSync(path.join(data, file));
    }
    const run = spawnSync(process.execPath, [BIN, 'build', '--year', '2024', '--data', data, '--out', temporaryDir(), '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, ALPES_WORKERS: 'always' },
    });
    expect(run.status).toBe(7);
    expect(run.stderr).toContain('2024/imilo/evenements.csv erreur [file.unreadable] Impossible de lire ce fichier : c’est un dossier, pas un fichier (EISDIR)');
    expect(run.stderr).not.toMatch(/Erreur interne|\n\s+at /);
  });

  it('init --data <a file>: exit 4 and what to do', async () => {
    const file = path.join(temporaryDir(), 'jeunes.csv');
    writeFileSync(file, 'x');
    const run = await runCli(['init', '--year', '2025', '--data', file]);
    expect(run.code).toBe(4);
    expect(run.err).toContain('Vérifiez --data : ce doit être un dossier.');
    expect(run.err).not.toContain('Erreur interne');
  });

  it('a logo.png that is a folder: exit 7, nothing written', async () => {
    const data = writeYearFolder();
    mkdirSync(path.join(data, '2024', 'logo.png'));
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html']);
    expect(run.code).toBe(7);
    expect(run.err).toContain('logo illisible');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('time zones', () => {
  it('the report printed in Guyane (TZ=America/Cayenne) is the one printed in Paris', () => {
    const html = (tz: string) => {
      const out = temporaryDir();
      const run = spawnSync(process.execPath, [BIN, 'build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'html', '--quiet'], {
        encoding: 'utf8',
        env: { ...process.env, TZ: tz },
      });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8');
    };
    const paris = html('Europe/Paris');
    // The forum of fixtures/2024/actions/actions.csv, dated 18/10/2024.
    expect(paris).toContain('dans les locaux de la MDE MNO le 18 octobre.');
    expect(html('America/Cayenne')).toBe(paris);
  });
});

describe('outputs', () => {
  it('--out equal to the data folder, inside it, or empty is a usage error that writes nothing', async () => {
    const data = writeYearFolder();
    const before = readdirSync(data).sort();
    for (const out of [data, path.join(data, 'rapports'), path.join(data, '2024'), '', '  ']) {
      const run = await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'json']);
      expect(run.code, out).toBe(2);
      expect(run.err).toMatch(/^erreur : --out (est vide|est le dossier des données|est à l’intérieur du dossier des données)/);
    }
    expect(readdirSync(data).sort()).toEqual(before);
    expect(readdirSync(path.join(data, '2024'))).not.toContain('metrics.json');
  });

  it('with --format pdf and no browser, the final message lists exactly the files written (none)', async () => {
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', writeYearFolder(), '--out', out, '--format', 'pdf', '--browser', '/nonexistent/chromium']);
    expect(run.code).toBe(5);
    expect(run.err).not.toContain('Le HTML et les métriques ont été écrits');
    expect(run.err).toContain('Aucun autre fichier n’a été écrit ; le PDF manque');
    expect(run.err).not.toContain('Écrit :');
  });
});

describe('configuration contradictions', () => {
  const configErrors = async (config: string) => {
    const data = writeYearFolder();
    writeFileSync(path.join(data, 'alpes-report.config.json'), config);
    const run = await runCli(['validate', '--year', '2024', '--data', data]);
    expect(run.code).toBe(3);
    expect(run.err).not.toMatch(/\b(Expected|Unexpected|Invalid|expected|received|JSON at position)\b/);
    return run.err;
  };

  it('an alias whose key is a commune of the territory', async () => {
    expect(await configErrors('{"territoire": {"alias": {"Lambersart": "Lompret"}}}')).toContain(
      'Configuration invalide (territoire > alias > Lambersart) : « Lambersart » est une commune du territoire',
    );
  });

  it('a commune listed twice', async () => {
    const communes = JSON.stringify(['Lambersart', 'Lompret', 'LAMBERSART']);
    expect(await configErrors(`{"territoire": {"communes": ${communes}}}`)).toContain('Configuration invalide (territoire > communes > 2) : « LAMBERSART » est déjà la commune n° 1');
  });

  it('an alias chain', async () => {
    expect(await configErrors('{"territoire": {"alias": {"Lamb": "Lambersar", "Lambersar": "Lambersart"}}}')).toContain('« Lambersar » est lui-même un alias');
  });

  it('a header alias that names another column', async () => {
    expect(await configErrors('{"entetes": {"imilo/jeunes.csv": {"Sexe": ["Commune"]}}}')).toContain(
      'Configuration invalide (entetes > imilo/jeunes.csv > Sexe > 0) : « Commune » désigne déjà la colonne « Commune »',
    );
  });

  it('an aid ceiling at or above the largest amount, which could never warn', async () => {
    expect(await configErrors('{"qualite": {"montantMax": 5000, "aideMax": 8000}}')).toContain(
      'Configuration invalide (qualite > aideMax) : un montant plus petit que "montantMax" (5\u202f000 €) : au-delà, un montant est une erreur, donc une aide de plus de 8\u202f000 € ne pourrait jamais être signalée.',
    );
    expect(await configErrors('{"qualite": {"aideMax": 10000000}}')).toContain('(qualite > aideMax) : un montant plus petit que le montant maximal d’une cellule (10\u202f000\u202f000 €)');
  });

  it('a prototype key', async () => {
    expect(await configErrors('{"territoire": {"__proto__": {"nom": "X"}}}')).toContain('(territoire > __proto__) : une autre clé : « __proto__ » est un nom réservé');
  });

  it('JSON syntax and wrong types, in French with their position', async () => {
    expect(await configErrors('{\n  "territoire": {"nom": "X",}\n}')).toMatch(/alpes-report\.config\.json:2:\d+ erreur \[config\.invalid\] Configuration invalide : ce n’est pas du JSON valide à cet endroit/);
    expect(await configErrors('{"plie": {"objectifSortiesPositives": "50"}}')).toContain('(plie > objectifSortiesPositives) : un nombre');
    expect(await configErrors('{"territoire": {"nome": "X"}}')).toContain('aucune clé « nome » à cet endroit');
  });
});

describe('numbers out of range', () => {
  const issuesOf = async (changes: Record<string, string>, config?: string) => {
    const data = writeYearFolder(2024, changes);
    if (config !== undefined) writeFileSync(path.join(data, 'alpes-report.config.json'), config);
    const run = await runCli(['validate', '--year', '2024', '--data', data, '--json']);
    return { code: run.code, issues: JSON.parse(run.out).issues as { code: string; line: number; severity: string; message: string }[] };
  };

  it('a 400-digit or 24-digit count and a 400-digit or 11-digit amount are cell errors', async () => {
    const { code, issues } = await issuesOf({
      'manuel.csv': `Indicateur;Valeur;Commentaire\ncej.professionnels;${'9'.repeat(400)};\nlabellisation.notes_4;123456789012345678901234;`,
      'imilo/aides.csv': `Identifiant;Date;Type;Montant;Décision\nA2;15/05/2024;Allocation CEJ;${'9'.repeat(400)};Accordée\nA2;16/05/2024;Allocation CEJ;99 999 999 999,99 €;Accordée`,
    });
    expect(code).toBe(3);
    const outOfRange = issues.filter((issue) => issue.code === 'cell.out_of_range');
    expect(outOfRange.map((issue) => issue.line)).toEqual([2, 3, 2, 3]);
    for (const issue of outOfRange) expect(issue.message).not.toMatch(/Infinity|NaN|e\+/);
  });

  it('a single aid above 10 000 € is a warning, and the ceiling is configurable', async () => {
    const aids = 'Identifiant;Date;Type;Montant;Décision\nA2;15/05/2024;Allocation CEJ;12 500,00 €;Accordée';
    const high = (await issuesOf({ 'imilo/aides.csv': aids })).issues.filter((issue) => issue.code === 'quality.amount_high');
    expect(high).toHaveLength(1);
    expect(high[0]!.severity).toBe('warning');
    expect(high[0]!.message).toContain('une aide de 12\u202f500 € dépasse le plafond plausible de 10\u202f000 €');
    const raised = (await issuesOf({ 'imilo/aides.csv': aids }, '{"qualite": {"aideMax": 20000}}')).issues;
    // aideMax alone is a valid configuration (the other limits keep their defaults).
    expect(raised.filter((issue) => issue.code === 'config.invalid')).toEqual([]);
    expect(raised.filter((issue) => issue.code === 'quality.amount_high')).toEqual([]);
  });

  it('the largest count and amount are configurable (qualite.nombreMax, qualite.montantMax)', async () => {
    const files = {
      'manuel.csv': 'Indicateur;Valeur;Commentaire\ncej.professionnels;12 000 000;',
      'imilo/aides.csv': 'Identifiant;Date;Type;Montant;Décision\nA2;15/05/2024;Allocation CEJ;1 500,00 €;Accordée',
    };
    const outOfRange = (issues: { code: string; message: string }[]) => issues.filter((issue) => issue.code === 'cell.out_of_range').map((issue) => issue.message);
    expect(outOfRange((await issuesOf(files)).issues)).toEqual([expect.stringContaining('un nombre entier d’au plus 10\u202f000\u202f000')]);
    const lowered = await issuesOf(files, '{"qualite": {"nombreMax": 20000000, "montantMax": 1000, "aideMax": 900}}');
    expect(outOfRange(lowered.issues)).toEqual([expect.stringContaining('un montant d’au plus 1\u202f000 €')]);
    const refused = writeYearFolder(2024);
    writeFileSync(path.join(refused, 'alpes-report.config.json'), '{"qualite": {"nombreMax": 2.5}}');
    const run = await runCli(['validate', '--year', '2024', '--data', refused]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('(qualite > nombreMax)');
  });
});

describe('encodings and odd values', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it('reads a UTF-16 file with its byte order mark (Excel « Texte Unicode », tab-separated)', async () => {
    const youngPeople = MINIMAL_FILES['imilo/jeunes.csv']!.replaceAll(';', '\t').replaceAll('\n', '\r\n');
    const run = await runCli(['validate', '--year', '2024', '--data', writeYearFolder(2024, { 'imilo/jeunes.csv': utf16le(`${youngPeople}\r\n`) })]);
    expect(run.err).toContain('Données 2024 valides');
    expect(run.code).toBe(0);
  });

  it('refuses UTF-16 without a byte order mark, naming it and the Excel menu to use', async () => {
    const youngPeople = Buffer.from(`${MINIMAL_FILES['imilo/jeunes.csv']}\n`, 'utf16le');
    const run = await runCli(['validate', '--year', '2024', '--data', writeYearFolder(2024, { 'imilo/jeunes.csv': youngPeople })]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('2024/imilo/jeunes.csv erreur [file.encoding] Fichier en UTF-16');
    expect(run.err).toContain('« Fichier > Enregistrer sous »');
    expect(run.err).not.toContain('header.missing_column');
  });

  it('a time that cannot be (99:99) makes the date invalid', async () => {
    const events = MINIMAL_FILES['imilo/evenements.csv']!.replace('05/03/2024 09:30', '05/03/2024 99:99');
    const run = await runCli(['validate', '--year', '2024', '--data', writeYearFolder(2024, { 'imilo/evenements.csv': events }), '--json']);
    expect(JSON.parse(run.out).issues).toContainEqual(expect.objectContaining({ code: 'cell.date', line: 3, value: '05/03/2024 99:99' }));
  });

  it('an id that Excel wrote as 1,23E+05 gets a hint', async () => {
    const events = `${MINIMAL_FILES['imilo/evenements.csv']}\n1,23E+05;10/01/2024;SMS;Réalisé`;
    const run = await runCli(['validate', '--year', '2024', '--data', writeYearFolder(2024, { 'imilo/evenements.csv': events })]);
    expect(run.code).toBe(3);
    expect(run.err).toContain('notation scientifique (comme 1,23E+05)');
  });
});
