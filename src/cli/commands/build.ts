import path from 'node:path';
import type { Settings } from '../../config/settings.js';
import { computeReport } from '../../pipeline.js';
import { withProgress, terminalProgress } from '../../read/progress.js';
import { findLogo } from '../../render/logo.js';
import { buildMetricsDocument } from '../../render/metrics-json.js';
import type { ReportKind } from '../../render/reports.js';
import type { PdfRenderer } from '../../render/pdf.js';
import { writeOutputs, type OutputFile } from '../../write/atomic-output.js';
import { EXIT } from '../exit-codes.js';
import { settingsOrReport, type Io } from '../io.js';
import type { Format } from '../options.js';
import type { Issue } from '../../contract/issues.js';
import { countBySeverity, issuesAsJson, printIssues } from '../report-issues.js';
import { type PreviousMetrics } from '../../load/previous-metrics.js';
import type { TextBlock } from '../../contract/texts.js';
import { missingTextIssues, yearTexts } from '../texts.js';

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
async function renderPdfOutput(html: string, options: BuildOptions, settings: Settings, log: BuildLog): Promise<Uint8Array | undefined> {
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
    renderer = await openPdfRenderer(lookup.executablePath);
    return await renderer.render(html, {
      footerTitle: `${settings.identity.reportTitle.replace(/'/g, '’')} ${options.year} — ${options.report === 'alpes' ? `${settings.identity.association} ${settings.territory.name}` : settings.identity.missionLocale}`,
      fixedDate: pdfDateFor(options.year, process.env),
    });
  } catch (error) {
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
      this.io.out(
        JSON.stringify(
          { year: this.options.year, exitCode, errors, warnings, issues: issuesAsJson(issues), written, messages: this.messages, timingsMs: this.timings },
          null,
          2,
        ),
      );
    }
    return exitCode;
  }
}

/** `alpes-report build`: validate, compute, render, then write everything at once. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const log = new BuildLog(options, io);
  const { settings, issues: configIssues } = settingsOrReport(options.config, options.data, io, options.json);
  if (!settings) return log.finish(EXIT.invalidData, configIssues, []);
  let previousMetrics: PreviousMetrics | undefined;
  if (options.previous) {
    const { readPreviousMetrics } = await import('../../load/previous-metrics.js');
    const previousIssues: Issue[] = [];
    previousMetrics = readPreviousMetrics(options.previous, options.year, previousIssues);
    if (!previousMetrics) {
      log.issues(previousIssues);
      log.error(`Rapport ${options.year} non généré : le fichier --previous est inutilisable. Aucun fichier n’a été écrit.`);
      return log.finish(EXIT.invalidData, previousIssues, []);
    }
  }
  // A live line on a terminal only: never in CI logs, with --quiet or --json.
  const showProgress = Boolean(process.stderr.isTTY) && !options.quiet && !options.json && !process.env.CI;
  const result = await withProgress(showProgress ? terminalProgress((text) => process.stderr.write(text)) : undefined, () =>
    computeReport(options.data, options.year, settings, previousMetrics),
  );
  // Texts are checked against the year's figures, so only once these are computed.
  const texts = await yearTexts(options.data, settings, result, result.issues);
  log.stage('lecture, validation et calcul');
  const { errors, warnings } = countBySeverity(result.issues);
  log.issues(result.issues);
  if (errors > 0 || !result.current || !texts) {
    log.error(`Rapport ${options.year} non généré : ${errors} erreur(s) dans les données. Aucun fichier n’a été écrit ; corrigez puis relancez.`);
    return log.finish(EXIT.invalidData, result.issues, []);
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
  const missingTexts = new Set<TextBlock>();
  let html = '';
  if (options.format.includes('html') || options.format.includes('pdf')) {
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
        identity: settings.identity,
        logoDataUrl: findLogo(options.data, options.year, settings.identity.logo),
        texts: texts.rendered,
        missingTexts,
      },
      options.report,
    );
    const missing = missingTextIssues(options.year, missingTexts);
    log.issues(missing);
    result.issues.push(...missing);
    log.stage('rendu HTML');
  }
  if (options.format.includes('html')) files.push({ name: `rapport-activite-${options.year}.html`, content: html });
  let pdfFailed = false;
  if (options.format.includes('pdf')) {
    const pdf = await renderPdfOutput(html, options, settings, log);
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
    written = writeOutputs(folder, files);
  } catch (error) {
    log.error(`Impossible d’écrire dans ${folder} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Vérifiez les droits et l’espace disque.`);
    return log.finish(EXIT.outputFailed, result.issues, []);
  }
  log.stage('écriture');
  for (const file of written) log.info(`Écrit : ${file}`);
  if (pdfFailed) {
    log.error('Le HTML et les métriques ont été écrits ; seul le PDF manque (un PDF plus ancien éventuellement présent n’a pas été mis à jour).');
    return log.finish(EXIT.pdfFailed, result.issues, written);
  }
  return log.finish(EXIT.ok, result.issues, written);
}
