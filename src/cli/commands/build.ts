import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../config/settings.js';
import { computeReport, type PreviousMetrics } from '../../pipeline.js';
import { withProgress, terminalProgress } from '../../read/progress.js';
import { findLogo } from '../../render/logo.js';
import { buildMetricsDocument } from '../../render/metrics-json.js';
import type { ReportKind } from '../../render/reports.js';
import type { PdfRenderer } from '../../render/pdf.js';
import { writeOutputs, WriteFailure, type OutputFile } from '../../write/atomic-output.js';
import { fileSystemProblem, outputProblem } from '../../contract/messages-fr.js';
import { EXIT } from '../exit-codes.js';
import { watchInterruptions } from '../interrupt.js';
import { settingsOrReport, type Io } from '../io.js';
import type { Format } from '../options.js';
import type { Issue } from '../../contract/issues.js';
import { countBySeverity, dataErrorExit, issuesJsonLines, printIssues } from '../report-issues.js';

export interface BuildOptions {
  year: number;
  data: string;
  out: string;
  format: Format[];
  config?: string;
  quiet?: boolean;
  browser?: string;
  /** Validate and compute only: render and write nothing. */
  check?: boolean;
  report: ReportKind;
  /** An earlier build's metrics.json for the comparisons when <data>/<Y-1>/ does not exist. */
  previous?: string;
  verbose?: boolean;
  json?: boolean;
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the last day of the report year. */
function pdfDateFor(year: number, env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date(Date.UTC(year, 11, 31));
}

/** Renders the PDF, or explains in French why it cannot be. */
async function renderPdfOutput(html: string, options: BuildOptions, settings: Settings, log: BuildLog, signal: AbortSignal): Promise<Uint8Array | undefined> {
  // Loaded only for a PDF: puppeteer is heavy, and a JSON-only build in CI should not pay for it.
  const { findBrowser } = await import('../../render/browser.js');
  const { openPdfRenderer, PdfRenderError } = await import('../../render/pdf.js');
  const lookup = await findBrowser(options.browser);
  if (!lookup.executablePath) {
    log.error(
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
    renderer = await openPdfRenderer(lookup.executablePath, undefined, signal);
    return await renderer.render(html, {
      footerTitle: `Rapport d’activité ${options.year} — ${options.report === 'alpes' ? 'ALPES' : 'Mission Locale'} ${settings.territory.name}`,
      fixedDate: pdfDateFor(options.year, process.env),
    });
  } catch (error) {
    // Interrupted: the browser was killed on purpose; the signal handler has said so.
    if (signal.aborted) return undefined;
    if (!(error instanceof PdfRenderError)) throw error;
    log.error(`PDF non généré : ${error.message}.`);
    return undefined;
  } finally {
    await renderer?.close();
  }
}

/**
 * What a build tells its user: human lines on stderr as it goes, or with --json one JSON
 * document on stdout at the end (for CI), with the same content.
 */
class BuildLog {
  private readonly messages: { level: 'info' | 'error'; text: string }[] = [];
  private readonly timings: Record<string, number> = {};
  private started = performance.now();

  constructor(
    private readonly options: BuildOptions,
    private readonly io: Io,
  ) {}

  info(text: string): void {
    this.messages.push({ level: 'info', text });
    if (!this.options.json && !this.options.quiet) this.io.err(text);
  }

  error(text: string): void {
    this.messages.push({ level: 'error', text });
    if (!this.options.json) this.io.err(text);
  }

  issues(issues: Issue[]): void {
    if (!this.options.json) printIssues(issues, this.io.err);
  }

  /** Closes the current stage: its duration is shown with --verbose and in the JSON. */
  stage(name: string): void {
    const now = performance.now();
    this.timings[name] = Math.round(now - this.started);
    this.started = now;
    if (this.options.verbose && !this.options.json) this.io.err(`  ${name} : ${this.timings[name]} ms`);
  }

  finish(exitCode: number, issues: Issue[], written: string[]): number {
    if (this.options.json) {
      const { errors, warnings } = countBySeverity(issues);
      const lines = issuesJsonLines({ year: this.options.year, exitCode, errors, warnings }, issues, { written, messages: this.messages, timingsMs: this.timings });
      for (const text of lines) this.io.out(text);
    }
    return exitCode;
  }
}

/** Why `out` cannot receive the report, if it cannot: empty, the data folder or inside it. */
function outFolderProblem(out: string, data: string): string | undefined {
  if (out.trim() === '') return 'est vide';
  const real = (folder: string) => {
    // The longest existing part resolves symbolic links; the rest is appended as given.
    let existing = path.resolve(folder);
    const rest: string[] = [];
    while (!existsSync(existing) && path.dirname(existing) !== existing) {
      rest.unshift(path.basename(existing));
      existing = path.dirname(existing);
    }
    return path.join(realpathSync(existing), ...rest);
  };
  const outPath = real(out);
  const dataPath = real(data);
  if (outPath === dataPath) return `est le dossier des données (${dataPath})`;
  if (outPath.startsWith(`${dataPath}${path.sep}`)) return `est à l’intérieur du dossier des données (${dataPath})`;
  return undefined;
}

/** `alpes-report build`: validate, compute, render, then write everything at once. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const interruption = watchInterruptions(io);
  try {
    return await build(options, io, interruption.signal);
  } catch (error) {
    // Whatever an interrupted step threw, the signal is the cause.
    const code = interruption.exitCode();
    if (code !== undefined) return code;
    throw error;
  } finally {
    interruption.dispose();
  }
}

async function build(options: BuildOptions, io: Io, signal: AbortSignal): Promise<number> {
  const log = new BuildLog(options, io);
  const outProblem = outFolderProblem(options.out, options.data);
  if (outProblem !== undefined) {
    log.error(`erreur : --out ${outProblem} ; le rapport s’écrirait parmi les données. Choisissez un dossier de sortie à part, par ex. --out out.`);
    return log.finish(EXIT.usage, [], []);
  }
  const { settings, issues: configIssues } = settingsOrReport(options.config, options.data, io, options.json);
  if (!settings) return log.finish(dataErrorExit(configIssues), configIssues, []);
  let previousMetrics: PreviousMetrics | undefined;
  if (options.previous) {
    const { readPreviousMetrics } = await import('../../load/previous-metrics.js');
    const previousIssues: Issue[] = [];
    previousMetrics = readPreviousMetrics(options.previous, options.year, previousIssues);
    if (!previousMetrics) {
      log.issues(previousIssues);
      log.error(`Rapport ${options.year} non généré : le fichier --previous est inutilisable. Aucun fichier n’a été écrit.`);
      return log.finish(dataErrorExit(previousIssues), previousIssues, []);
    }
  }
  // A live line on a terminal only: never in CI logs, with --quiet or --json.
  const showProgress = Boolean(process.stderr.isTTY) && !options.quiet && !options.json && !process.env.CI;
  const result = await withProgress(showProgress ? terminalProgress((text) => process.stderr.write(text)) : undefined, () =>
    computeReport(options.data, options.year, settings, previousMetrics),
  );
  log.stage('lecture, validation et calcul');
  const { errors, warnings } = countBySeverity(result.issues);
  log.issues(result.issues);
  if (errors > 0 || !result.current) {
    log.error(`Rapport ${options.year} non généré : ${errors} erreur(s) dans les données. Aucun fichier n’a été écrit ; corrigez puis relancez.`);
    return log.finish(dataErrorExit(result.issues), result.issues, []);
  }
  const rows = Object.values(result.current.inputs).reduce((total, input) => total + input.rows, 0);
  log.info(`Données ${options.year} lues : ${Object.keys(result.current.inputs).length} fichiers, ${rows.toLocaleString('fr-FR')} lignes, ${warnings} avertissement(s).`);
  log.info(
    result.previous
      ? `Comparaisons avec ${result.previous.year} calculées (dossier ${options.year - 1}).`
      : result.comparisons
        ? `Comparaisons avec ${result.comparisons.previousYear} calculées (métriques ${options.previous}).`
        : `Pas de dossier ${options.year - 1} ni de --previous : comparaisons avec l’année précédente omises.`,
  );
  if (options.check) {
    log.info('Vérification seule (--check) : aucun fichier écrit.');
    return log.finish(EXIT.ok, result.issues, []);
  }

  const files: OutputFile[] = [];
  let html = '';
  if (options.format.includes('html') || options.format.includes('pdf')) {
    const logo = findLogo(options.data, options.year);
    if ('problem' in logo) {
      log.error(`Rapport ${options.year} non généré : logo illisible (${logo.problem.file}) : ${fileSystemProblem(logo.problem.errno)}. Aucun fichier n’a été écrit.`);
      return log.finish(EXIT.inputUnreadable, result.issues, []);
    }
    // Templates and charts (Observable Plot) are loaded only when a document is rendered.
    const { renderHtml } = await import('../../render/html.js');
    html = renderHtml(
      {
        year: options.year,
        territory: settings.territory,
        indicators: result.current.indicators,
        comparisons: result.comparisons,
        plie: result.current.plie,
        mde: result.current.mde,
        territoryFigures: result.current.territory,
        plieComparisons: result.plieComparisons,
        logoDataUrl: logo.dataUrl,
      },
      options.report,
    );
    log.stage('rendu HTML');
  }
  if (options.format.includes('html')) files.push({ name: `rapport-activite-${options.year}.html`, content: html });
  let pdfFailed = false;
  if (options.format.includes('pdf')) {
    const pdf = await renderPdfOutput(html, options, settings, log, signal);
    if (pdf) files.push({ name: `rapport-activite-${options.year}.pdf`, content: pdf });
    else pdfFailed = true;
    log.stage('rendu PDF');
  }
  if (options.format.includes('json')) {
    files.push({ name: 'metrics.json', content: `${JSON.stringify(buildMetricsDocument(result), null, 2)}\n` });
  }
  const folder = path.join(options.out, String(options.year));
  let written: string[];
  try {
    written = writeOutputs(folder, files, signal);
  } catch (error) {
    signal.throwIfAborted();
    const failure = error instanceof WriteFailure ? error : undefined;
    const cause = (failure?.cause ?? error) as NodeJS.ErrnoException;
    log.error(`Impossible d’écrire dans ${folder} : ${outputProblem(cause.code ?? cause.message)}. ${failure?.written.length ? `Fichiers déjà remplacés : ${failure.written.join(', ')}.` : 'Aucun fichier n’a été écrit ; le rapport précédent est inchangé.'}`);
    return log.finish(EXIT.outputFailed, result.issues, [...(failure?.written ?? [])]);
  }
  log.stage('écriture');
  for (const file of written) log.info(`Écrit : ${file}`);
  if (pdfFailed) {
    const others = written.length === 0 ? 'Aucun autre fichier n’a été écrit' : `Seuls ces fichiers ont été écrits : ${written.map((file) => path.basename(file)).join(', ')}`;
    log.error(`${others} ; le PDF manque (un PDF plus ancien éventuellement présent n’a pas été mis à jour).`);
    return log.finish(EXIT.pdfFailed, result.issues, written);
  }
  return log.finish(EXIT.ok, result.issues, written);
}
