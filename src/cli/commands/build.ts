import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Settings } from '../../config/settings.js';
import { computeReport } from '../../pipeline.js';
import { findBrowser } from '../../render/browser.js';
import { renderHtml } from '../../render/html.js';
import { findLogo } from '../../render/logo.js';
import { buildMetricsDocument } from '../../render/metrics-json.js';
import { openPdfRenderer, PdfRenderError, type PdfRenderer } from '../../render/pdf.js';
import { writeOutputs, type OutputFile } from '../../write/atomic-output.js';
import { EXIT } from '../exit-codes.js';
import { settingsOrReport, type Io } from '../io.js';
import { countBySeverity, printIssues } from '../report-issues.js';

export const FORMATS = ['html', 'json', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  for (const format of formats) {
    if (!FORMATS.includes(format as Format)) {
      throw new InvalidArgumentError(`format « ${format} » inconnu ; formats possibles : ${FORMATS.join(', ')}.`);
    }
  }
  if (formats.length === 0) throw new InvalidArgumentError(`au moins un format est attendu (${FORMATS.join(', ')}).`);
  return [...new Set(formats)] as Format[];
}

export interface BuildOptions {
  year: number;
  data: string;
  out: string;
  format: Format[];
  config?: string;
  quiet?: boolean;
  browser?: string;
}

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the last day of the report year. */
function pdfDateFor(year: number, env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date(Date.UTC(year, 11, 31));
}

/** Renders the PDF, or explains in French why it cannot be. */
async function renderPdfOutput(html: string, options: BuildOptions, settings: Settings, io: Io): Promise<Uint8Array | undefined> {
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
      footerTitle: `Rapport d’activité ${options.year} — Mission Locale ${settings.territory.name}`,
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

/** `alpes-report build`: validate, compute, render, then write everything at once. */
export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const log = options.quiet ? () => {} : io.err;
  const { settings } = settingsOrReport(options.config, options.data, io);
  if (!settings) return EXIT.invalidData;
  const result = await computeReport(options.data, options.year, settings);
  const { errors, warnings } = countBySeverity(result.issues);
  printIssues(result.issues, io.err);
  if (errors > 0 || !result.current) {
    io.err(`Rapport ${options.year} non généré : ${errors} erreur(s) dans les données. Aucun fichier n’a été écrit ; corrigez puis relancez.`);
    return EXIT.invalidData;
  }
  const files: OutputFile[] = [];
  const html = renderHtml({
    year: options.year,
    territory: settings.territory,
    indicators: result.current.indicators,
    comparisons: result.comparisons,
    logoDataUrl: findLogo(options.data, options.year),
  });
  if (options.format.includes('html')) files.push({ name: `rapport-activite-${options.year}.html`, content: html });
  let pdfFailed = false;
  if (options.format.includes('pdf')) {
    const pdf = await renderPdfOutput(html, options, settings, io);
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
  const rows = Object.values(result.current.inputs).reduce((total, input) => total + input.rows, 0);
  log(`Données ${options.year} lues : ${Object.keys(result.current.inputs).length} fichiers, ${rows.toLocaleString('fr-FR')} lignes, ${warnings} avertissement(s).`);
  log(result.previous ? `Comparaisons avec ${result.previous.year} calculées.` : `Pas de dossier ${options.year - 1} : comparaisons avec l’année précédente omises.`);
  for (const file of written) log(`Écrit : ${file}`);
  if (pdfFailed) {
    io.err('Le HTML et les métriques ont été écrits ; seul le PDF manque (un PDF plus ancien éventuellement présent n’a pas été mis à jour).');
    return EXIT.pdfFailed;
  }
  return EXIT.ok;
}
