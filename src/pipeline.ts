import { existsSync } from 'node:fs';
import path from 'node:path';
import { createActivityTally } from './compute/activity.js';
import { comparePlie, compareYears, type Comparisons, type PlieComparisons, type PreviousIndicators } from './compute/comparisons.js';
import { computeIndicators, type MissionLocaleIndicators } from './compute/metrics.js';
import { computeMde, type MdeIndicators } from './compute/mde.js';
import { computePlie, type PlieIndicators } from './compute/plie.js';
import type { ComputeContext } from './compute/shared.js';
import { computeTerritory, type TerritoryIndicators } from './compute/territory.js';
import type { Settings } from './config/settings.js';
import { communeMatcher } from './contract/territory.js';
import type { Issue } from './contract/issues.js';
import { hasErrors } from './contract/issues.js';
import { loadYear } from './load/load-year.js';
import { loadMde } from './load/load-mde.js';
import { hasPlieFolder, loadPlie } from './load/load-plie.js';
import { loadTerritory } from './load/load-territory.js';
import type { FileSummary } from './load/validate-file.js';

/**
 * read -> validate -> compute for one year, and the previous year when its folder exists.
 * Pure of output: writing is the caller's business, and happens only when there is no error.
 */
export interface YearResult {
  year: number;
  indicators: MissionLocaleIndicators;
  /** Null when the year folder has no plie/ (the report then leaves the PLIE out). */
  plie: PlieIndicators | null;
  /** Null when the year folder has no mde/ (the report then leaves the MDE pages out). */
  mde: MdeIndicators | null;
  /** Null when the year folder has no territoire/ (the report then says the key figures are not provided). */
  territory: TerritoryIndicators | null;
  /** Data rows and SHA-256 per input file. */
  inputs: Record<string, FileSummary>;
}

export interface BuildResult {
  issues: Issue[];
  current?: YearResult;
  previous?: PreviousYear;
  comparisons: Comparisons | null;
  /** The PLIE figures of Y-1 printed next to Y's; null unless both years have PLIE indicators. */
  plieComparisons: PlieComparisons | null;
  /** The Y-1 input files behind `comparisons` (read now, or by the earlier build). */
  previousInputs: Record<string, FileSummary> | null;
}

/** Indicators of Y-1 from an earlier build's metrics.json, when the data has no Y-1 folder. */
export interface PreviousMetrics {
  year: number;
  indicators: MissionLocaleIndicators;
  /** Its PLIE indicators, null when that build had no plie/ folder. */
  plie: PlieIndicators | null;
  /** The input files that earlier build read. */
  inputs: Record<string, FileSummary>;
}

/**
 * What the comparisons use of Y-1: its Mission Locale indicators but the propositions, its PLIE
 * indicators, and the files behind them. `plie` is also null when Y has no plie/ folder (then
 * Y-1's is not read).
 */
export type PreviousYear = Pick<YearResult, 'year' | 'plie' | 'inputs'> & { indicators: PreviousIndicators };

/**
 * Reads and validates the files behind the Mission Locale indicators of a year, and its PLIE's
 * unless told not to; for the comparisons (`forComparisons`), not propositions.csv.
 */
async function readCore(dataDir: string, year: number, settings: Settings, issues: Issue[], withPlie = true, forComparisons = false) {
  const source = { dataDir, year, communes: communeMatcher(settings.territory), headerAliases: settings.headerAliases, aidCeilingCents: settings.aidCeilingCents };
  const context: ComputeContext = { year, communes: settings.territory.communes };
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

export async function computeYear(dataDir: string, year: number, settings: Settings, issues: Issue[]): Promise<YearResult | undefined> {
  const before = issues.length;
  const core = await readCore(dataDir, year, settings, issues);
  const { source, context, registers } = core;
  // contrats.csv names its recruitment operation by its actions.csv id; not checked when
  // actions.csv itself could not be read (its own error says so).
  const actionsRead = registers.inputs[`${year}/actions/actions.csv`] !== undefined;
  const mde = await loadMde(source, actionsRead ? new Set(registers.actions.map((action) => action.actionId)) : undefined, issues);
  const territory = await loadTerritory(source, issues);
  if (hasErrors(issues.slice(before))) return undefined;
  const computed = computeCore(core, settings);
  return {
    ...computed,
    mde: mde ? computeMde(registers, mde, context) : null,
    territory: territory ? computeTerritory(territory, context) : null,
    inputs: { ...computed.inputs, ...mde?.inputs, ...territory?.inputs },
  };
}

/**
 * Y-1 for the comparisons: only what they use. Its mde/ and territoire/ feed no figure of
 * the Y report, nor its plie/ when Y has none (`withPlie` false), so they are neither read nor
 * validated (a build of Y-1 checks them).
 */
export async function computePreviousYear(dataDir: string, year: number, settings: Settings, issues: Issue[], withPlie: boolean): Promise<PreviousYear | undefined> {
  const before = issues.length;
  const core = await readCore(dataDir, year, settings, issues, withPlie, true);
  if (hasErrors(issues.slice(before))) return undefined;
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
  const issues: Issue[] = [];
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
  return {
    issues,
    comparisons,
    plieComparisons,
    previousInputs: comparisons && baseline ? baseline.inputs : null,
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
  };
}
