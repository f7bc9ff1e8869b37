import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGE_CODES } from '../../src/contract/messages-fr.js';
import { describeContract } from '../../src/contract/describe.js';
import { ISSUE_CODES } from '../../src/contract/issues.js';
import { TEMPLATES_DIR } from '../../src/render/html.js';
import { normalizeSpaces, runCli, temporaryDir } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';

describe('command line', () => {
  it('exits 2 with a French message on a wrong command line', async () => {
    const missingYear = await runCli(['build', '--data', 'fixtures']);
    expect(missingYear.code).toBe(2);
    expect(missingYear.err).toContain('--year');

    const badYear = await runCli(['build', '--year', '24']);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toContain('une année sur 4 chiffres est attendue');

    const badFormat = await runCli(['build', '--year', '2024', '--format', 'docx']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('format « docx » inconnu');
  });

  it('exits 2 when the year folder does not exist, with the absolute path tried and the years found', async () => {
    const data = writeYearFolder(2024);
    const run = await runCli(['build', '--year', '2031', '--data', data]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(path.resolve(data, '2031'));
    expect(run.err).toContain('Années trouvées');
    expect(run.err).toContain(': 2024.');
  });

  it('exits 2 when --data points one level too deep, and gives the folder to use instead', async () => {
    const data = writeYearFolder(2024);
    for (const command of ['build', 'validate']) {
      const run = await runCli([command, '--year', '2024', '--data', path.join(data, '2024')]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(path.resolve(data, '2024', '2024'));
      expect(run.err).toContain(`--data ${path.resolve(data)}`);
    }
  });

  it('exits 4 when the output folder cannot be written', async () => {
    const blocker = path.join(temporaryDir(), 'a-file');
    writeFileSync(blocker, 'x');
    const run = await runCli(['build', '--year', '2024', '--data', writeYearFolder(), '--out', blocker, '--format', 'json']);
    expect(run.code).toBe(4);
    expect(run.err).toContain('Impossible d’écrire');
  });

  it('writes the Mission Locale and the ALPES reports of one year side by side, each metrics file naming its report', async () => {
    const data = writeYearFolder();
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html,json', '--quiet'])).code).toBe(0);
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--format', 'html,json', '--quiet', '--report', 'alpes'])).code).toBe(0);
    expect(readdirSync(path.join(out, '2024')).sort()).toEqual(['metrics-alpes.json', 'metrics.json', 'rapport-activite-2024.html', 'rapport-alpes-2024.html']);
    expect(JSON.parse(readFileSync(path.join(out, '2024', 'metrics.json'), 'utf8')).report).toBe('mission-locale');
    expect(JSON.parse(readFileSync(path.join(out, '2024', 'metrics-alpes.json'), 'utf8')).report).toBe('alpes');
    expect(readFileSync(path.join(out, '2024', 'rapport-alpes-2024.html'), 'utf8')).not.toBe(readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8'));
  });

  it('gives the same bytes for two builds of the same data', async () => {
    const data = writeYearFolder();
    const outputs = [temporaryDir(), temporaryDir()];
    for (const out of outputs) expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--quiet'])).code).toBe(0);
    // The PDF too: its creation and modification dates are fixed (31/12 of the year).
    for (const name of ['metrics.json', 'rapport-activite-2024.html', 'rapport-activite-2024.pdf']) {
      const [first, second] = outputs.map((out) => readFileSync(path.join(out, '2024', name)));
      expect(first!.equals(second!)).toBe(true);
    }
  });
});

describe('messages and documentation stay in step with the code', () => {
  it('has a French message for every issue code', () => {
    expect([...ISSUE_MESSAGE_CODES].sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('docs/input-files.md is exactly what `alpes-report schema` prints (regenerate with the command)', () => {
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../docs/input-files.md'), 'utf8');
    expect(committed.trimEnd()).toBe(describeContract().trimEnd());
  });
});

describe('safe HTML', () => {
  it('templates never use unescaped {{{ }}} output', () => {
    const files = [...['report-ml.hbs', 'report-alpes.hbs', 'fiche.hbs'].map((file) => path.join(TEMPLATES_DIR, file)), ...readdirSync(path.join(TEMPLATES_DIR, 'partials')).map((file) => path.join(TEMPLATES_DIR, 'partials', file))];
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain('{{{');
  });

  it('escapes data that looks like HTML or a template', async () => {
    const data = writeYearFolder(2024, {
      'actions/actions.csv': [
        'Identifiant action;Date;Type;Thème;Intitulé;Lieu;Exposants;Visiteurs;Entretiens',
        'AC1;02/02/2024;Formation civique et citoyenne;Service civique;<script>alert(1)</script> {{year}};MDE;;;',
      ].join('\n'),
    });
    const out = temporaryDir();
    expect((await runCli(['build', '--year', '2024', '--data', data, '--out', out, '--quiet'])).code).toBe(0);
    const html = readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; {{year}}');
  });
});

describe('build options for CI', () => {
  it('--check validates and computes but writes nothing', async () => {
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', writeYearFolder(), '--out', out, '--check']);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Vérification seule (--check) : aucun fichier écrit.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('--json gives one machine-readable log on stdout and nothing on stderr', async () => {
    const data = writeYearFolder(2024, { 'imilo/evenements.csv': 'Identifiant;Date;Nature;Statut\nA1;hier;SMS;' });
    const run = await runCli(['build', '--year', '2024', '--data', data, '--out', temporaryDir(), '--json']);
    expect(run.code).toBe(3);
    expect(run.err).toBe('');
    const log = JSON.parse(run.out);
    expect(log).toMatchObject({ year: 2024, exitCode: 3, errors: 1, written: [] });
    expect(log.issues[0]).toMatchObject({ code: 'cell.date', file: '2024/imilo/evenements.csv', line: 2, column: 2 });
    expect(log.messages.at(-1).text).toContain('Aucun fichier n’a été écrit');
  });

  it('--verbose prints the duration of each stage', async () => {
    const run = await runCli(['build', '--year', '2024', '--data', writeYearFolder(), '--out', temporaryDir(), '--format', 'json', '--verbose']);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/lecture, validation et calcul : \d+ ms/);
    expect(run.err).toMatch(/écriture : \d+ ms/);
  });
});

describe('alpes-report init', () => {
  it('scaffolds a year folder that validates once filled, and never overwrites', async () => {
    const data = temporaryDir();
    const run = await runCli(['init', '--year', '2025', '--data', data]);
    expect(run.code).toBe(0);
    const header = readFileSync(path.join(data, '2025', 'imilo', 'jeunes.csv'), 'utf8');
    expect(header).toBe('Identifiant;Sexe;Date de naissance;Commune;QPV;Niveau de qualification;Date premier accueil;Permis B;Logement;RQTH\n');
    expect(readFileSync(path.join(data, '2025', 'LISEZMOI.md'), 'utf8')).toContain('imilo/evenements.csv');
    // Headers only: no young people, no report (issue #15: never a report of zeros).
    const empty = await runCli(['validate', '--year', '2025', '--data', data]);
    expect(empty.code).toBe(3);
    expect(empty.err).toContain('2025/imilo/jeunes.csv erreur [file.no_data]');

    writeFileSync(path.join(data, '2025', 'manuel.csv'), 'Indicateur;Valeur;Commentaire\ncej.professionnels;12;\n');
    const again = await runCli(['init', '--year', '2025', '--data', data]);
    expect(again.code).toBe(4);
    expect(again.err).toContain('ne seront pas écrasés');
    expect(readFileSync(path.join(data, '2025', 'manuel.csv'), 'utf8')).toContain('cej.professionnels;12;');
  });
});

describe('build --previous', () => {
  it('takes the comparisons from an earlier metrics.json when the data has no previous year', async () => {
    const { cpSync } = await import('node:fs');
    const { FIXTURES } = await import('../helpers/report.js');
    const earlier = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', earlier, '--format', 'json', '--quiet'])).code).toBe(0);
    const only2024 = temporaryDir();
    cpSync(path.join(FIXTURES, '2024'), path.join(only2024, '2024'), { recursive: true });

    const [withFolder, withMetrics] = [temporaryDir(), temporaryDir()];
    expect((await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', withFolder, '--format', 'html,json', '--quiet'])).code).toBe(0);
    const run = await runCli(['build', '--year', '2024', '--data', only2024, '--out', withMetrics, '--format', 'html,json', '--previous', path.join(earlier, '2023', 'metrics.json')]);
    expect(run.code).toBe(0);
    expect(run.err).toContain('Comparaisons avec 2023 calculées (métriques');
    const read = (folder: string, name: string) => readFileSync(path.join(folder, '2024', name), 'utf8');
    expect(read(withMetrics, 'rapport-activite-2024.html')).toBe(read(withFolder, 'rapport-activite-2024.html'));
    expect(JSON.parse(read(withMetrics, 'metrics.json')).comparisons).toEqual(JSON.parse(read(withFolder, 'metrics.json')).comparisons);

    // The metrics of another year, or a file that is not ours, is refused before anything is written.
    const wrongYear = await runCli(['build', '--year', '2025', '--data', only2024, '--previous', path.join(earlier, '2023', 'metrics.json'), '--out', temporaryDir()]);
    expect(wrongYear.code).toBe(3);
    expect(wrongYear.err).toContain('les métriques de 2024 (ce fichier est celui de 2023)');
    const notOurs = path.join(temporaryDir(), 'metrics.json');
    writeFileSync(notOurs, '{"year": 2023}');
    const rejected = await runCli(['build', '--year', '2024', '--data', only2024, '--previous', notOurs, '--out', temporaryDir()]);
    expect(rejected.code).toBe(3);
    expect(rejected.err).toContain('Métriques de l’année précédente inutilisables');
  });
});

describe('build --previous with an older metrics.json', () => {
  it('accepts a file written before the plie, mde and territory sections existed (they mean "not computed")', async () => {
    const { cpSync } = await import('node:fs');
    const { FIXTURES } = await import('../helpers/report.js');
    const earlier = temporaryDir();
    expect((await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', earlier, '--format', 'json', '--quiet'])).code).toBe(0);
    const file = path.join(earlier, '2023', 'metrics.json');
    const { plie, plieComparisons, mde, territory, ...older } = JSON.parse(readFileSync(file, 'utf8'));
    expect([plie, plieComparisons, mde, territory]).not.toContain(undefined);
    writeFileSync(file, JSON.stringify(older));
    const only2024 = temporaryDir();
    cpSync(path.join(FIXTURES, '2024'), path.join(only2024, '2024'), { recursive: true });
    const run = await runCli(['build', '--year', '2024', '--data', only2024, '--out', temporaryDir(), '--format', 'json', '--previous', file]);
    expect(run.err).toContain('Comparaisons avec 2023 calculées (métriques');
    expect(run.code).toBe(0);
  });
});

describe('help', () => {
  it('is in French, with examples', async () => {
    const run = await runCli(['build', '--help']);
    expect(run.code).toBe(0);
    const text = normalizeSpaces(run.out); // the help wraps lines at the terminal's width
    expect(text).toContain('Utilisation : alpes-report build');
    expect(text).toContain('(défaut : html,json,pdf,xlsx)');
    expect(text).toContain('Exemples :');
    expect(text).not.toMatch(/\(default|Usage:|choices:/);
  });
});
