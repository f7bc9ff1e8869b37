import { existsSync } from 'node:fs';
import path from 'node:path';
import { withProgress, type ProgressListener } from './read/progress.js';
import { findLogo, type LogoProblem } from './render/logo.js';
import { buildMetricsDocument } from './render/metrics-json.js';
import type { PdfDocument, PdfOutcome } from './render/pdf-output.js';
import { REPORT_IDS, outputNames, type Format, type ReportKind } from './render/reports.js';
import { WriteFailure, writeOutputs, type OutputFile } from './write/atomic-output.js';
import { createActivityTally } from './compute/activity.js';
import { comparePlie, compareYears } from './compute/comparisons.js';
import { computeIndicators } from './compute/metrics.js';
import { computeMde } from './compute/mde.js';
import { computePlie } from './compute/plie.js';
import type { ComputeContext } from './compute/shared.js';
import { checkPlausibility } from './compute/plausibility.js';
import { computeTerritory } from './compute/territory.js';
import type { Settings } from './config/settings.js';
import { communeMatcher, OUTSIDE_TERRITORY } from './contract/territory.js';
import { frenchCommune } from './load/french-communes.js';
import { hasErrors, IssueLog, issuesSince, type Issue, type IssueSink } from './contract/issues.js';
import { absentAlpesParts, filesInError, headerOnlyFiles, mdeWithoutEvents, missingManualKeys } from './load/completeness.js';
import type { BuildResult, PreviousYear, YearResult } from './compute/report.js';
import type { PreviousMetrics } from './load/previous-metrics.js';
import { loadYear } from './load/load-year.js';
import { loadMde } from './load/load-mde.js';
import { hasPlieFolder, loadPlie } from './load/load-plie.js';
import { loadTerritory } from './load/load-territory.js';
import { loadTexts, type YearTexts } from './load/texts.js';
import { TEXTS_FOLDER, type TextBlock } from './contract/texts.js';
import { footerTitle, sheetFooterTitle, STAGES } from './contract/console-fr.js';
import type { RenderedTexts } from './render/texts.js';
import type { ReportView } from './render/html.js';

/**
 * The whole path of a year, composed here and nowhere else: read -> contract/load -> compute
 * (`computeReport`), then render -> write (`buildReport`). The CLI, `diff` and the tests call
 * these functions; they only parse options and print.
 */

/**
 * Reads and validates the files behind the Mission Locale indicators of a year, and its PLIE's
 * unless told not to; for the comparisons (`forComparisons`), not propositions.csv. The one
 * way the registers are read from the settings (communes, header and value aliases, limits,
 * aid ceiling): build, validate, diff and explain all read them here.
 */
export async function readCore(dataDir: string, year: number, settings: Settings, issues: IssueSink, withPlie = true, forComparisons = false) {
  const source = {
    dataDir,
    year,
    communes: communeMatcher(settings.territory, frenchCommune),
    headerAliases: settings.headerAliases,
    valueAliases: settings.valueAliases,
    aidCeilingCents: settings.aidCeilingCents,
    cellLimits: settings.cellLimits,
  };
  const { communes, outside } = settings.territory;
  const context: ComputeContext = { year, communes: outside === 'count' ? [...communes, OUTSIDE_TERRITORY] : communes };
  const tally = createActivityTally(context);
  const registers = await loadYear(source, tally, issues, { propositions: !forComparisons });
  const plie = withPlie ? await loadPlie(source, issues) : undefined;
  return { source, context, registers, tally, plie };
}

function computeCore(
  { context, registers, tally, plie }: Awaited<ReturnType<typeof readCore>>,
  settings: Settings,
): Pick<YearResult, 'year' | 'indicators' | 'plie' | 'inputs'> {
  return {
    year: context.year,
    indicators: computeIndicators(registers, tally.result(), context),
    plie: plie ? computePlie(plie, { ...context, targetPositiveRate: settings.plie.targetPositiveRate }, registers.manual) : null,
    inputs: { ...registers.inputs, ...plie?.inputs },
  };
}

export async function computeYear(dataDir: string, year: number, settings: Settings, issues: IssueSink): Promise<YearResult | undefined> {
  const before = issues.length;
  const core = await readCore(dataDir, year, settings, issues);
  const { source, context, registers } = core;
  // contrats.csv names its recruitment operation by its actions.csv id; not checked when
  // actions.csv itself could not be read (its own error says so).
  const actionsRead = registers.inputs[`${year}/actions/actions.csv`] !== undefined;
  const mde = await loadMde(source, actionsRead ? new Set(registers.actions.map((action) => action.actionId)) : undefined, issues);
  const territory = await loadTerritory(source, issues);
  // One pass over the year's issues (there may be a million).
  const inError = filesInError(issuesSince(issues, before));
  const headerOnly = headerOnlyFiles({ ...registers.inputs, ...core.plie?.inputs, ...mde?.inputs, ...territory?.inputs }, inError);
  issues.push(...headerOnly);
  const manualFile = `${year}/manuel.csv`;
  // A manuel.csv in error is fixed first: its keys are not all read.
  if (registers.inputs[manualFile] && !inError.has(manualFile)) issues.push(...missingManualKeys(registers.manual, manualFile, { plie: core.plie !== undefined, mde: Boolean(mde) }));
  if (inError.size > 0 || hasErrors(headerOnly)) return undefined;
  const computed = computeCore(core, settings);
  return {
    ...computed,
    mde: mde ? computeMde(registers, mde, context) : null,
    // The territory's reference figures are the territory's own communes: no « Hors territoire » row.
    territory: territory ? computeTerritory(territory, { ...context, communes: settings.territory.communes }) : null,
    inputs: { ...computed.inputs, ...mde?.inputs, ...territory?.inputs },
  };
}

/**
 * Y-1 for the comparisons: only what they use. Its mde/ and territoire/ feed no figure of
 * the Y report, nor its plie/ when Y has none (`withPlie` false), so they are neither read nor
 * validated (a build of Y-1 checks them).
 */
export async function computePreviousYear(dataDir: string, year: number, settings: Settings, issues: IssueSink, withPlie: boolean): Promise<PreviousYear | undefined> {
  const before = issues.length;
  const core = await readCore(dataDir, year, settings, issues, withPlie, true);
  if (hasErrors(issuesSince(issues, before))) return undefined;
  const { indicators, ...rest } = computeCore(core, settings);
  // Y-1's propositions were not read: their (empty) counts are left out, not passed on as zeros.
  const { propositions: _unread, ...publicIndicators } = indicators.public;
  return { ...rest, indicators: { ...indicators, public: publicIndicators } };
}

export function yearFolderExists(dataDir: string, year: number): boolean {
  return existsSync(path.join(dataDir, String(year)));
}

/**
 * Computes year Y, and Y-1 for the comparisons: from `<data>/<Y-1>/` when it exists (input
 * contract), else from `previousMetrics` when given, else no comparison at all.
 */
export async function computeReport(dataDir: string, year: number, settings: Settings, previousMetrics?: PreviousMetrics): Promise<BuildResult> {
  const issues = new IssueLog();
  if (!yearFolderExists(dataDir, year)) {
    issues.push({ code: 'file.missing', severity: 'error', file: `${year}/` });
    return { issues, comparisons: null, plieComparisons: null, previousInputs: null };
  }
  const current = await computeYear(dataDir, year, settings, issues);
  // The previous year's files behind the comparisons are read with the same rules: a broken
  // previous year must not feed "contre x % en Y-1" figures, so their errors stop the build too.
  // Y-1's plie/ feeds only the PLIE comparisons, which need Y's plie/ too.
  const previous = yearFolderExists(dataDir, year - 1) ? await computePreviousYear(dataDir, year - 1, settings, issues, hasPlieFolder({ dataDir, year })) : undefined;
  const baseline = previous ?? (yearFolderExists(dataDir, year - 1) ? undefined : previousMetrics);
  const comparisons = current && baseline ? compareYears(current.indicators, baseline.indicators, baseline.year) : null;
  // Same indicator code on both years' plie/ files; a year without plie/ has nothing to compare.
  const plieComparisons = current?.plie && baseline?.plie ? comparePlie(current.plie, baseline.plie, baseline.year) : null;
  if (current && baseline) issues.push(...checkPlausibility(year, current, baseline, settings.maxChangePercent));
  return {
    issues,
    comparisons,
    plieComparisons,
    previousInputs: comparisons && baseline ? baseline.inputs : null,
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
  };
}

/**
 * The year's texts: read (load/texts.ts), then their helpers checked and replaced against the
 * year's metrics (render/text-helpers.ts) and, for a document (`html`), their Markdown rendered
 * (render/texts.ts); problems go to `issues`. Without `html`, `rendered` holds the expanded
 * Markdown, which tells the missing-texts probe all it asks: which blocks the year has.
 * Undefined when the year's figures could not be computed (the keys cannot be checked then).
 */
export async function yearTexts(
  dataDir: string,
  settings: Settings,
  result: BuildResult,
  issues: IssueSink,
  report: ReportKind = 'ml',
  html = true,
): Promise<{ texts: YearTexts; rendered: RenderedTexts } | undefined> {
  if (!result.current) return undefined;
  const year = result.current.year;
  const texts = loadTexts(dataDir, year, issues);
  if (Object.keys(texts).length === 0) return { texts, rendered: { blocks: {}, entries: {} } };
  const context = { year, territory: settings.territory, metrics: buildMetricsDocument(result, REPORT_IDS[report]) };
  // Loaded only when the year has texts, markdown-it only when they are printed.
  if (!html) return { texts, rendered: (await import('./render/text-helpers.js')).expandTexts(texts, context, issues) };
  const { renderTexts } = await import('./render/texts.js');
  return { texts, rendered: renderTexts(texts, context, issues) };
}

/** What the templates print from a computed year. */
function reportView(result: BuildResult & { current: YearResult }, texts: RenderedTexts, settings: Settings, logoDataUrl: string | null, missing: Set<TextBlock>): ReportView {
  const { current } = result;
  return {
    year: current.year,
    territory: settings.territory,
    indicators: current.indicators,
    comparisons: result.comparisons,
    plie: current.plie,
    mde: current.mde,
    territoryFigures: current.territory,
    plieComparisons: result.plieComparisons,
    identity: settings.identity,
    logoDataUrl,
    texts,
    missingTexts: missing,
  };
}

function missingTextIssues(year: number, missing: Set<TextBlock>): Issue[] {
  const file = (name: TextBlock) => `${year}/${TEXTS_FOLDER}/${name}.md`;
  return [...missing].sort().map((name) => ({ code: 'text.missing', severity: 'warning', file: file(name), value: name }));
}

/**
 * The report's HTML from a computed year, and one warning per text the report would print and
 * the year does not have: the templates say which blocks they print under which data.
 */
export async function renderReportHtml(
  result: BuildResult & { current: YearResult },
  texts: RenderedTexts,
  settings: Settings,
  report: ReportKind,
  logoDataUrl: string | null,
): Promise<{ html: string; missingTexts: Issue[] }> {
  const missing = new Set<TextBlock>();
  // Templates and charts (Observable Plot) are loaded only when a document is rendered.
  const { renderHtml } = await import('./render/html.js');
  const html = await renderHtml(reportView(result, texts, settings, logoDataUrl, missing), report);
  return { html, missingTexts: missingTextIssues(result.current.year, missing) };
}

/**
 * The same warnings without the report, for what writes no document (`--check`, `json` alone,
 * `validate`): the templates run with the same data, but draw no chart and keep no HTML.
 */
export async function missingReportTexts(result: BuildResult & { current: YearResult }, texts: RenderedTexts, settings: Settings, report: ReportKind): Promise<Issue[]> {
  const missing = new Set<TextBlock>();
  const { probeMissingTexts } = await import('./render/html.js');
  await probeMissingTexts(reportView(result, texts, settings, null, missing), report);
  return missingTextIssues(result.current.year, missing);
}

export interface BuildRequest {
  dataDir: string;
  year: number;
  settings: Settings;
  report: ReportKind;
  formats: readonly Format[];
  /** The report is written to `<outDir>/<year>/`. */
  outDir: string;
  /** An earlier build's metrics.json, for the comparisons when `<data>/<Y-1>/` does not exist. */
  previousMetrics?: PreviousMetrics;
  /** --browser, else the automatic lookup. */
  browser?: string;
  /** Validate and compute only: render and write nothing. */
  checkOnly?: boolean;
  /** SOURCE_DATE_EPOCH (seconds) for the PDF's dates; else the last day of the report year. */
  sourceDateEpoch?: number;
  /** --strict: a warning fails the build like an error (nothing written). */
  strict?: boolean;
  /**
   * Aborted when the user interrupts (SIGINT, SIGTERM, SIGHUP): the browser is killed and
   * nothing is written; buildReport then throws the signal's reason.
   */
  signal?: AbortSignal;
}

export interface BuildHooks {
  /** Rows read, for a live display. */
  progress?: ProgressListener;
  /** Called as each stage ends, with its French name (for --verbose and the JSON log). */
  stageDone?: (name: string) => void;
}

/** What a build did, as data: the CLI words it and chooses the exit code. */
export type BuildOutcome =
  | { status: 'invalid-data'; result: BuildResult }
  | { status: 'checked'; result: BuildResult & { current: YearResult } }
  | { status: 'written'; result: BuildResult & { current: YearResult }; written: string[]; pdf: PdfOutcome | null }
  | { status: 'output-failed'; result: BuildResult & { current: YearResult }; folder: string; errno: string; written: string[] }
  | { status: 'logo-unreadable'; result: BuildResult & { current: YearResult }; problem: LogoProblem };

/** The PDF's and the workbook's dates: fixed, so that two builds of the same data give the same bytes. */
function pdfDate(year: number, sourceDateEpoch: number | undefined): Date {
  return sourceDateEpoch !== undefined && Number.isFinite(sourceDateEpoch) ? new Date(sourceDateEpoch * 1000) : new Date(Date.UTC(year, 11, 31));
}

/**
 * The report's files, from its rendered HTML (its year, not the one asked for, names them);
 * `html` is null when no format asked is made from it (html, pdf, xlsx).
 */
async function renderOutputs(result: BuildResult & { current: YearResult }, html: string | null, request: BuildRequest, stageDone: (name: string) => void) {
  const { current } = result;
  const { identity } = request.settings;
  const names = outputNames(request.report, current.year);
  const files: OutputFile[] = [];
  if (html !== null && request.formats.includes('html')) files.push({ name: names.html, content: html });
  const pdfDocuments: PdfDocument[] = [];
  if (html !== null && request.formats.includes('pdf')) {
    const publisher = request.report === 'alpes' ? `${identity.association} ${request.settings.territory.name}` : identity.missionLocale;
    pdfDocuments.push({ html, footerTitle: footerTitle(identity.reportTitle, current.year, publisher) });
  }
  const ficheNames: string[] = [];
  if (request.formats.includes('fiches')) {
    // The sheets are the Mission Locale's commune tables, the same whichever report is built.
    const { communeSheets } = await import('./compute/commune-sheets.js');
    const { communeSlugs, renderFiche, FICHES_FOLDER } = await import('./render/fiches.js');
    const { communes } = request.settings.territory;
    const slugs = communeSlugs(communes);
    communeSheets(current.indicators, communes).forEach((sheet, index) => {
      const name = `${FICHES_FOLDER}/${slugs[index]}`;
      const ficheHtml = renderFiche({ year: current.year, territory: request.settings.territory, identity, sheet });
      files.push({ name: `${name}.html`, content: ficheHtml });
      pdfDocuments.push({ html: ficheHtml, footerTitle: sheetFooterTitle(sheet.commune, current.year, identity.missionLocale) });
      ficheNames.push(`${name}.pdf`);
    });
    stageDone(STAGES.sheets);
  }
  let pdf: PdfOutcome | null = null;
  if (pdfDocuments.length > 0) {
    const { renderPdfOutputs } = await import('./render/pdf-output.js');
    pdf = await renderPdfOutputs(pdfDocuments, {
      browser: request.browser,
      fixedDate: pdfDate(current.year, request.sourceDateEpoch),
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    if (pdf.status === 'rendered') {
      const pdfNames = [...(request.formats.includes('pdf') ? [names.pdf] : []), ...ficheNames];
      pdf.pdfs.forEach((content, index) => files.push({ name: pdfNames[index]!, content }));
    }
    stageDone(STAGES.pdf);
  }
  if (html !== null && request.formats.includes('xlsx')) {
    // exceljs is loaded only for a workbook; the tables come from the rendered HTML.
    const { renderWorkbook } = await import('./render/xlsx.js');
    const workbook = await renderWorkbook({
      html,
      year: current.year,
      inputs: current.inputs,
      previousInputs: result.previousInputs,
      date: pdfDate(current.year, request.sourceDateEpoch),
    });
    files.push({ name: names.xlsx, content: workbook });
    stageDone(STAGES.workbook);
  }
  if (request.formats.includes('json')) {
    files.push({ name: names.json, content: `${JSON.stringify(buildMetricsDocument(result, REPORT_IDS[request.report]), null, 2)}\n` });
  }
  return { files, pdf };
}

/**
 * read -> load -> compute -> render -> write for one report. Nothing is written unless the data
 * hold no error; then every file is staged and renamed at once (write/atomic-output.ts).
 */
export async function buildReport(request: BuildRequest, hooks: BuildHooks = {}): Promise<BuildOutcome> {
  const stageDone = hooks.stageDone ?? (() => {});
  const result = await withProgress(hooks.progress, () => computeReport(request.dataDir, request.year, request.settings, request.previousMetrics));
  stageDone(STAGES.computed);
  // A build that writes no document (--check, json alone) learns the missing texts from a probe,
  // without drawing charts nor keeping an HTML it would not use, nor rendering the texts' Markdown.
  const rendered = request.formats.some((format) => format === 'html' || format === 'pdf' || format === 'xlsx') && !request.checkOnly;
  // Texts are checked against the year's figures, so only once these are computed; their
  // errors (an unknown figure key) stop the build like the data's.
  const texts = await yearTexts(request.dataDir, request.settings, result, result.issues, request.report, rendered);
  const { current } = result;
  // The ALPES report's optional parts: an absent folder is said and counted, not left to a page.
  if (request.report === 'alpes' && current) {
    result.issues.push(...absentAlpesParts(current.year, { plie: current.plie !== null, mde: current.mde !== null, territory: current.territory !== null }));
    result.issues.push(...mdeWithoutEvents(current.year, current.mde?.events));
  }
  if (!current || !texts || hasErrors(result.issues)) return { status: 'invalid-data', result };
  const computed = { ...result, current };
  // A logo that is there but unreadable (a folder named logo.png, a configured file missing): the user meant one.
  const logo = !request.checkOnly && (request.formats.includes('html') || request.formats.includes('pdf')) ? findLogo(request.dataDir, current.year, request.settings.identity.logo) : { dataUrl: null };
  // The missing texts are said by every build.
  const { html, missingTexts } = rendered
    ? await renderReportHtml(computed, texts.rendered, request.settings, request.report, 'problem' in logo ? null : logo.dataUrl)
    : { html: null, missingTexts: await missingReportTexts(computed, texts.rendered, request.settings, request.report) };
  result.issues.push(...missingTexts);
  if (rendered) stageDone(STAGES.html);
  if (request.strict && result.issues.length > 0) return { status: 'invalid-data', result };
  if (request.checkOnly) return { status: 'checked', result: computed };
  if ('problem' in logo) return { status: 'logo-unreadable', result: computed, problem: logo.problem };
  const { files, pdf } = await renderOutputs(computed, html, request, stageDone);
  const folder = path.join(request.outDir, String(current.year));
  try {
    const written = writeOutputs(folder, files, request.signal);
    stageDone(STAGES.written);
    return { status: 'written', result: computed, written, pdf };
  } catch (error) {
    request.signal?.throwIfAborted();
    const failure = error instanceof WriteFailure ? error : undefined;
    const cause = (failure?.cause ?? error) as NodeJS.ErrnoException;
    return { status: 'output-failed', result: computed, folder, errno: cause.code ?? cause.message, written: [...(failure?.written ?? [])] };
  }
}
