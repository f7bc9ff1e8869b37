import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { buildReport } from '../pipeline.js';
import { terminalProgress } from '../read/progress.js';
import type { Format, ReportKind } from '../render/reports.js';
import type { PdfOutcome } from '../render/pdf-output.js';
import * as words from '../contract/console-fr.js';
import { EXIT } from './exit-codes.js';
import { watchInterruptions } from './interrupt.js';
import { settingsOrReport, writeOut, yearFolderOrReport, type Io } from './io.js';
import type { Issue } from '../contract/issues.js';
import { countBySeverity, dataErrorExit, issuesJsonLines, printIssues, type Issues } from './report-issues.js';
import { type PreviousMetrics } from '../load/previous-metrics.js';

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
  /** Any warning fails the build (exit 3, nothing written): for CI that must not publish a doubtful report. */
  strict?: boolean;
}

/** Why the PDF is missing, in French, or nothing when it was rendered. */
function pdfProblem(pdf: PdfOutcome): string | undefined {
  if (pdf.status === 'no-browser') return words.pdfNoBrowser(pdf.tried);
  return pdf.status === 'failed' ? words.pdfFailed(pdf.reason) : undefined;
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

  issues(issues: Issues): void {
    if (!this.options.json) printIssues(issues, this.io.err);
  }

  /** Closes the current stage: its duration is shown with --verbose and in the JSON. */
  stage(name: string): void {
    const now = performance.now();
    this.timings[name] = Math.round(now - this.started);
    this.started = now;
    if (this.options.verbose && !this.options.json) this.io.err(words.stageDuration(name, this.timings[name]));
  }

  async finish(exitCode: number, issues: Issues, written: string[]): Promise<number> {
    if (this.options.json) {
      const { errors, warnings } = countBySeverity(issues);
      await writeOut(this.io, issuesJsonLines({ year: this.options.year, exitCode, errors, warnings }, issues, { written, messages: this.messages, timingsMs: this.timings }));
    }
    return exitCode;
  }
}

/** Why `out` cannot receive the report, if it cannot: empty, the data folder or inside it. */
function outFolderProblem(out: string, data: string): words.OutFolderProblem | undefined {
  if (out.trim() === '') return { kind: 'empty' };
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
  if (outPath === dataPath) return { kind: 'data', data: dataPath };
  if (outPath.startsWith(`${dataPath}${path.sep}`)) return { kind: 'inside-data', data: dataPath };
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
    log.error(words.outFolderRefused(outProblem));
    return log.finish(EXIT.usage, [], []);
  }
  const { settings, issues: configIssues } = settingsOrReport(options.config, options.data, io, options.json);
  if (!settings) return log.finish(dataErrorExit(configIssues), configIssues, []);
  let previousMetrics: PreviousMetrics | undefined;
  if (options.previous) {
    const { readPreviousMetrics } = await import('../load/previous-metrics.js');
    const previousIssues: Issue[] = [];
    previousMetrics = readPreviousMetrics(options.previous, options.year, previousIssues);
    if (!previousMetrics) {
      log.issues(previousIssues);
      log.error(words.previousUnusable(options.year));
      return log.finish(dataErrorExit(previousIssues), previousIssues, []);
    }
  }
  if (!yearFolderOrReport(options.data, options.year, io)) return log.finish(EXIT.usage, [], []);
  // A live line on a terminal only: never in CI logs, with --quiet or --json.
  const showProgress = Boolean(process.stderr.isTTY) && !options.quiet && !options.json && !process.env.CI;
  const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : undefined;
  const outcome = await buildReport(
    {
      dataDir: options.data,
      year: options.year,
      settings,
      report: options.report,
      formats: options.format,
      outDir: options.out,
      ...(previousMetrics ? { previousMetrics } : {}),
      ...(options.browser ? { browser: options.browser } : {}),
      ...(options.check ? { checkOnly: true } : {}),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
      ...(options.strict ? { strict: true } : {}),
      signal,
    },
    {
      ...(showProgress ? { progress: terminalProgress((text) => process.stderr.write(text)) } : {}),
      stageDone: (name) => log.stage(name),
    },
  );
  const { result } = outcome;
  const { errors, warnings } = countBySeverity(result.issues);
  log.issues(result.issues);
  if (outcome.status === 'invalid-data') {
    log.error(words.reportNotBuilt(options.year, errors, warnings));
    return log.finish(errors > 0 ? dataErrorExit(result.issues) : EXIT.invalidData, result.issues, []);
  }
  const { current } = outcome.result;
  const rows = Object.values(current.inputs).reduce((total, input) => total + input.rows, 0);
  log.info(words.dataRead(current.year, Object.keys(current.inputs).length, rows, warnings));
  const absentParts = result.issues.filter((issue) => issue.code === 'part.absent').map((issue) => issue.file.slice(String(current.year).length + 1));
  if (absentParts.length > 0) log.info(words.absentParts(absentParts));
  log.info(
    words.comparisons(
      result.previous
        ? { from: 'folder', year: result.previous.year }
        : result.comparisons
          ? { from: 'metrics', year: result.comparisons.previousYear, file: options.previous }
          : { from: 'none', year: current.year - 1 },
    ),
  );
  if (outcome.status === 'checked') {
    log.info(words.checkOnly);
    return log.finish(EXIT.ok, result.issues, []);
  }
  if (outcome.status === 'logo-unreadable') {
    log.error(words.logoUnreadable(current.year, outcome.problem.file, outcome.problem.errno));
    return log.finish(EXIT.inputUnreadable, result.issues, []);
  }
  if (outcome.status === 'output-failed') {
    log.error(words.cannotWrite(outcome.folder, outcome.errno, outcome.written));
    return log.finish(EXIT.outputFailed, result.issues, outcome.written);
  }
  const problem = outcome.pdf ? pdfProblem(outcome.pdf) : undefined;
  if (problem) log.error(problem);
  for (const file of outcome.written) log.info(words.written(file));
  if (problem) {
    log.error(words.pdfMissing(outcome.written.map((file) => path.basename(file))));
    return log.finish(EXIT.pdfFailed, result.issues, outcome.written);
  }
  return log.finish(EXIT.ok, result.issues, outcome.written);
}
