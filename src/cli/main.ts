import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { METROPOLE_NORD_OUEST } from '../config/territory.js';
import { computeReport } from '../pipeline.js';
import { buildMetricsDocument } from '../render/metrics-json.js';
import { renderHtml } from '../render/html.js';
import { findBrowser } from '../render/browser.js';
import { findLogo } from '../render/logo.js';
import { diffMetrics, flatten } from '../diff/compare.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../diff/format.js';
import { loadSide } from '../diff/load-side.js';
import { openPdfRenderer, PdfRenderError, type PdfRenderer } from '../render/pdf.js';
import { writeOutputs, type OutputFile } from '../write/atomic-output.js';
import { describeContract } from '../validate/describe.js';
import { EXIT, UsageError } from './exit-codes.js';
import { countBySeverity, issuesAsJson, printIssues } from './report-issues.js';

/**
 * The command line: parses options, runs the pipeline, prints French messages and returns
 * an exit code. The one place where errors become words and codes; no stack trace for a
 * user's mistake.
 */
const FORMATS = ['html', 'json', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('une année sur 4 chiffres est attendue, par ex. 2024.');
  return Number(value);
}

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  for (const format of formats) {
    if (!FORMATS.includes(format as Format)) {
      throw new InvalidArgumentError(`format « ${format} » inconnu ; formats possibles : ${FORMATS.join(', ')}.`);
    }
  }
  if (formats.length === 0) throw new InvalidArgumentError(`au moins un format est attendu (${FORMATS.join(', ')}).`);
  return [...new Set(formats)] as Format[];
}

async function runValidate(options: { year: number; data: string; json?: boolean }, io: Io): Promise<number> {
  const result = await computeReport(options.data, options.year, METROPOLE_NORD_OUEST);
  const { errors, warnings } = countBySeverity(result.issues);
  if (options.json) {
    io.out(JSON.stringify({ year: options.year, valid: errors === 0, errors, warnings, issues: issuesAsJson(result.issues) }, null, 2));
  } else {
    printIssues(result.issues, io.err);
    io.err(
      errors === 0
        ? `Données ${options.year} valides (${warnings} avertissement(s)).`
        : `Données ${options.year} invalides : ${errors} erreur(s), ${warnings} avertissement(s). Corrigez les fichiers indiqués puis relancez.`,
    );
  }
  return errors === 0 ? EXIT.ok : EXIT.invalidData;
}

interface BuildOptions {
  year: number;
  data: string;
  out: string;
  format: Format[];
  quiet?: boolean;
  browser?: string;
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the last day of the report year. */
function pdfDateFor(year: number, env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date(Date.UTC(year, 11, 31));
}

/** Renders the PDF, or explains in French why it cannot be. */
async function renderPdfOutput(html: string, options: BuildOptions, io: Io): Promise<Uint8Array | undefined> {
  const lookup = await findBrowser(options.browser);
  if (!lookup.executablePath) {
    io.err(
      [
        'PDF non généré : aucun navigateur Chrome, Chromium ou Edge n’a été trouvé.',
        `  Emplacements essayés : ${lookup.tried.join(', ')}.`,
        '  Pour en installer un : « npx puppeteer browsers install chrome-headless-shell » (avec Internet),',
        '  ou sous Debian/Ubuntu sans Internet : « apt-get install chromium » ;',
        '  ou indiquez le chemin d’un navigateur avec --browser <chemin> (ou PUPPETEER_EXECUTABLE_PATH).',
      ].join('\n'),
    );
    return undefined;
  }
  let renderer: PdfRenderer | undefined;
  try {
    renderer = await openPdfRenderer(lookup.executablePath);
    return await renderer.render(html, {
      footerTitle: `Rapport d’activité ${options.year} — Mission Locale ${METROPOLE_NORD_OUEST.name}`,
      fixedDate: pdfDateFor(options.year, process.env),
    });
  } catch (error) {
    if (!(error instanceof PdfRenderError)) throw error;
    io.err(`PDF non généré : ${error.message}.`);
    return undefined;
  } finally {
    await renderer?.close();
  }
}

async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const log = options.quiet ? () => {} : io.err;
  const result = await computeReport(options.data, options.year, METROPOLE_NORD_OUEST);
  const { errors, warnings } = countBySeverity(result.issues);
  printIssues(result.issues, io.err);
  if (errors > 0 || !result.current) {
    io.err(`Rapport ${options.year} non généré : ${errors} erreur(s) dans les données. Aucun fichier n’a été écrit ; corrigez puis relancez.`);
    return EXIT.invalidData;
  }
  const files: OutputFile[] = [];
  const html = renderHtml({
    year: options.year,
    territory: METROPOLE_NORD_OUEST,
    indicators: result.current.indicators,
    comparisons: result.comparisons,
    logoDataUrl: findLogo(options.data, options.year),
  });
  if (options.format.includes('html')) files.push({ name: `rapport-activite-${options.year}.html`, content: html });
  let pdfFailed = false;
  if (options.format.includes('pdf')) {
    const pdf = await renderPdfOutput(html, options, io);
    if (pdf) files.push({ name: `rapport-activite-${options.year}.pdf`, content: pdf });
    else pdfFailed = true;
  }
  if (options.format.includes('json')) {
    files.push({ name: 'metrics.json', content: `${JSON.stringify(buildMetricsDocument(result), null, 2)}\n` });
  }
  const folder = path.join(options.out, String(options.year));
  let written: string[];
  try {
    written = writeOutputs(folder, files);
  } catch (error) {
    io.err(`Impossible d’écrire dans ${folder} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Vérifiez les droits et l’espace disque.`);
    return EXIT.outputFailed;
  }
  const rows = Object.values(result.current.rowCounts).reduce((a, b) => a + b, 0);
  log(`Données ${options.year} lues : ${Object.keys(result.current.rowCounts).length} fichiers, ${rows.toLocaleString('fr-FR')} lignes, ${warnings} avertissement(s).`);
  log(result.previous ? `Comparaisons avec ${result.previous.year} calculées.` : `Pas de dossier ${options.year - 1} : comparaisons avec l’année précédente omises.`);
  for (const file of written) log(`Écrit : ${file}`);
  if (pdfFailed) {
    io.err('Le HTML et les métriques ont été écrits ; seul le PDF manque (un PDF plus ancien éventuellement présent n’a pas été mis à jour).');
    return EXIT.pdfFailed;
  }
  return EXIT.ok;
}

/** commander's own messages, in French. */
function translateCommanderError(text: string): string {
  return text
    .replace(/^error: required option '(.+)' not specified/m, 'erreur : l’option obligatoire $1 est absente.')
    .replace(/^error: unknown option '(.+)'/m, 'erreur : option inconnue $1.')
    .replace(/^error: unknown command '(.+)'/m, 'erreur : commande inconnue $1.')
    .replace(/^error: too many arguments.*/m, 'erreur : trop d’arguments.')
    .replace(/^error: option '(.+)' argument '(.+)' is invalid\. ?/m, 'erreur : option $1, valeur « $2 » : ')
    .replace(/^error: /m, 'erreur : ');
}

function parseThreshold(value: string): number {
  const number = Number(value.replace(',', '.').replace('%', ''));
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError('un pourcentage positif est attendu, par ex. 5.');
  return number;
}

async function runDiff(
  a: string,
  b: string,
  options: { data: string; format: DiffFormat; section?: string; key?: string; threshold?: number },
  io: Io,
): Promise<number> {
  const sides = [await loadSide(a, options.data, METROPOLE_NORD_OUEST), await loadSide(b, options.data, METROPOLE_NORD_OUEST)];
  let failed = false;
  for (const side of sides) {
    if ('issues' in side) {
      printIssues(side.issues, io.err);
      io.err(`Impossible de calculer ${side.label} : données absentes ou invalides.`);
      failed = true;
    } else if ('unreadable' in side) {
      io.err(`Impossible de lire ${side.label} : ${side.unreadable}.`);
      failed = true;
    }
  }
  if (failed) return EXIT.invalidData;
  const [left, right] = sides as { label: string; indicators: unknown }[];
  const rows = diffMetrics(flatten(left!.indicators), flatten(right!.indicators), {
    ...(options.section ? { sections: options.section.split(',').map((name) => name.trim()) } : {}),
    ...(options.key ? { keyPattern: options.key } : {}),
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const color = options.format === 'table' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  io.out(formatDiff(rows, options.format, { a: left!.label, b: right!.label }, color));
  return rows.length > 0 ? EXIT.differencesFound : EXIT.ok;
}

export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('alpes-report')
    .description('Génère le rapport d’activité annuel (Mission Locale) à partir des exports I-MILO.')
    .showHelpAfterError('(utilisez --help pour l’aide)')
    .helpOption('-h, --help', 'affiche l’aide de la commande')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
      outputError: (text, write) => write(translateCommanderError(text)),
    })
    .exitOverride();

  const yearOption = () => new Option('-y, --year <année>', 'année du rapport, par ex. 2024').argParser(parseYear).makeOptionMandatory();
  const dataOption = () => new Option('-d, --data <dossier>', 'dossier des données (contient <année>/imilo/…)').default('data');

  program
    .command('build')
    .description('valide les données, calcule les indicateurs et écrit le rapport dans <out>/<année>/')
    .addOption(yearOption())
    .addOption(dataOption())
    .addOption(new Option('-o, --out <dossier>', 'dossier de sortie').default('out'))
    .addOption(new Option('-f, --format <liste>', 'formats à écrire, séparés par des virgules').argParser(parseFormats).default(['html', 'json', 'pdf'], 'html,json,pdf'))
    .option('-q, --quiet', 'n’affiche que les erreurs et avertissements')
    .option('--browser <chemin>', 'navigateur à utiliser pour le PDF (sinon recherche automatique)')
    .addHelpText('after', '\nExemple :\n  alpes-report build --year 2024 --data fixtures')
    .action(async (options) => setExit(await runBuild(options, io)));

  program
    .command('validate')
    .description('vérifie les fichiers d’une année sans rien écrire')
    .addOption(yearOption())
    .addOption(dataOption())
    .option('--json', 'liste des problèmes en JSON sur la sortie standard')
    .addHelpText('after', '\nExemple :\n  alpes-report validate --year 2024 --data fixtures --json')
    .action(async (options) => setExit(await runValidate(options, io)));

  program
    .command('diff')
    .description('compare les indicateurs de deux années (ou de deux fichiers metrics.json)')
    .argument('<a>', 'année (lue dans --data) ou chemin d’un metrics.json')
    .argument('<b>', 'année (lue dans --data) ou chemin d’un metrics.json')
    .addOption(dataOption())
    .addOption(new Option('-f, --format <format>', 'table, json, csv ou markdown').choices([...DIFF_FORMATS]).default('table'))
    .option('-s, --section <noms>', 'sections à garder, séparées par des virgules (ex. public,employment)')
    .option('-k, --key <motif>', 'ne garder que les indicateurs dont la clé correspond au motif (* = n’importe quoi)')
    .addOption(new Option('-t, --threshold <pourcentage>', 'ne montrer que les évolutions d’au moins ce pourcentage').argParser(parseThreshold))
    .addHelpText('after', '\nExemples :\n  alpes-report diff 2023 2024 --data fixtures\n  alpes-report diff out/2023/metrics.json out/2024/metrics.json --format markdown --threshold 5')
    .action(async (a: string, b: string, options) => setExit(await runDiff(a, b, options, io)));

  program
    .command('schema')
    .description('affiche le contrat des fichiers d’entrée (colonnes, valeurs admises, clés de manuel.csv)')
    .action(() => {
      io.out(describeContract());
      setExit(EXIT.ok);
    });

  return program;
}

export async function main(argv: readonly string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(error.message);
      return EXIT.usage;
    }
    io.err(`Erreur interne d’alpes-report (ce n’est pas une erreur de vos données) : ${(error as Error).message}`);
    io.err('Merci de la signaler avec la commande lancée ; relancez avec ALPES_DEBUG=1 pour le détail technique.');
    if (process.env.ALPES_DEBUG) io.err(String((error as Error).stack));
    return EXIT.internal;
  }
}
