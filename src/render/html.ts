import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { REPORTS, type ReportKind } from './reports.js';
import type { Identity } from '../config/settings.js';
import { parseDay, partsOf } from '../contract/dates.js';
import { acronymsIn } from '../contract/acronyms.js';
import { FIGURE_SECTIONS, FIGURE_TABLES, type FigureSection } from '../contract/figures.js';
import type * as Charts from './charts.js';
import type { Bar, Caption, ComparisonRow, ShareRow } from './charts.js';
import { EDITORIAL_BLOCK, type TextBlock } from '../contract/texts.js';
import type { RenderedTexts } from './texts.js';
import { formatEuros, formatHundredths, formatMillionsOfEuros, formatInteger, formatPercent, formatPercentTenths, formatSignedPercentTenths, MISSING } from './format.js';
import { frenchTypography } from './typography.js';
import { coverFigures, mdeKeyFigures, missionLocaleKeyFigures, plieKeyFigures, type KeyFigure } from './key-figures.js';
import { countriesIn, evolutionHundredths, evolutionNoun, evolutionPhrase, frenchList, previousShare, trendNoun } from './narrative.js';
import { type Comparisons, type Evolution, type PlieComparisons, type PreviousShare, type MissionLocaleIndicators, type MdeIndicators, type PlieIndicators, type TerritoryIndicators, type Share, type CommuneTable } from '../contract/metrics-schema.js';

/**
 * Renders the report's HTML from `templates/` with Handlebars. Every value goes through
 * `{{ }}`, which escapes HTML; templates never use `{{{ }}}` (a test checks it). Helpers
 * only format: they hold no report logic.
 */
export interface ReportView {
  year: number;
  territory: { name: string; shortName: string };
  indicators: MissionLocaleIndicators;
  comparisons: Comparisons | null;
  /** PLIE indicators, or null when the year has no plie/ folder (the section then says so). */
  plie: PlieIndicators | null;
  /** MDE indicators, or null when the year has no mde/ folder (the pages then say so). */
  mde: MdeIndicators | null;
  /** Territory key figures, or null when the year has no territoire/ folder (the section then says so). */
  territoryFigures: TerritoryIndicators | null;
  /** PLIE figures of Y-1, or null without a previous year's PLIE (the brackets are then left out). */
  plieComparisons: PlieComparisons | null;
  /** Who publishes the report (alpes-report.config.json, ALPES by default). */
  identity: Identity;
  /** The cover's logo as a data: URL, or null. */
  logoDataUrl: string | null;
  /**
   * The year's texts as HTML (render/texts.ts), by block; an absent block prints no prose. A
   * probe (`probeMissingTexts`), which prints nothing, may be given their Markdown instead.
   */
  texts: RenderedTexts;
  /** Filled while rendering: the blocks the report would print but the year has no text for. */
  missingTexts: Set<TextBlock>;
}

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

function isShare(value: unknown): value is Share {
  return typeof value === 'object' && value !== null && 'percent' in value;
}

function percentOf(value: unknown): number | null {
  if (isShare(value)) return value.percent;
  return typeof value === 'number' ? value : null;
}

/**
 * An ISO date (`2023-12-31`) in the report's three styles: `long` "31 décembre 2023" (1er for
 * the first of a month), `short` "31/12/23" (the seed's evolution note), otherwise "31/12/2023".
 */
export function frenchDate(iso: string, style?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (style === 'short') return `${day}/${month}/${year.slice(2)}`;
  if (style !== 'long') return `${day}/${month}/${year}`;
  return `${day === '01' ? '1er' : String(Number(day))} ${MONTHS[Number(month) - 1]} ${year}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/**
 * "18/10/2024" -> "18 octobre"; "01/05/2024" -> "1er mai". The date as read, in calendar
 * arithmetic: no Date object, whose local time zone (Guyane, Tahiti) would give the 17th.
 */
export function dayAndMonth(text: string): string {
  const day = parseDay(text);
  if (day === undefined) return text;
  const parts = partsOf(day);
  return `${parts.day === 1 ? '1er' : String(parts.day)} ${MONTHS[parts.month - 1]}`;
}

/**
 * What a chart draws of a figure: a count, or a share's count; null for a figure the data do
 * not hold (or anything else), which no chart may draw as a zero bar.
 */
export function chartValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return isShare(value) && Number.isFinite(value.count) ? value.count : null;
}

/** A shareRow as the template gives it: a part may be missing (null). */
type ShareRowValues = { label: string; parts: { label: string; count: number | null; percent: number | null }[] };

function isDrawableRow(row: ShareRowValues): row is ShareRow {
  return row.parts.every((part) => part.count !== null);
}

/** The bars to draw, or null when one is missing: the chart is left out and its table prints « n.d. ». */
export function drawableBars(bars: readonly { label: string; value: number | null }[]): Bar[] | null {
  return bars.every((bar): bar is Bar => bar.value !== null) ? [...bars] : null;
}

/** A record key as a chart labels it: renamed by a hash argument (`_` for spaces), else as is. */
function renamed(key: string, options: Handlebars.HelperOptions): string {
  const name = (options.hash as Record<string, unknown>)[key.replace(/ /g, '_')];
  return typeof name === 'string' ? name : key;
}

/** Percentages for a row of counts (shares bring the one their table prints): rounded half-up. */
function withPercents(row: ShareRow): ShareRow {
  const total = row.parts.reduce((sum, part) => sum + part.count, 0);
  return {
    label: row.label,
    parts: row.parts.map((part) => ({ ...part, percent: part.percent ?? (total === 0 ? null : Math.round((part.count * 100) / total)) })),
  };
}

/**
 * The helpers that print a figure, in sentences and tables: a figure the data do not hold
 * (null) prints MISSING (« n.d. », explained in the report's reading notes), never 0.
 */
export const FIGURE_HELPERS = {
  /** Integer, French grouping. */
  n: (value: number | null) => (value === null ? MISSING : formatInteger(value)),
  /** Table cell: 0 prints "/" as in the published report. */
  cell: (value: number | null) => (value === null ? MISSING : value === 0 ? '/' : formatInteger(value)),
  eur: (cents: number | null) => (cents === null ? MISSING : formatEuros(cents)),
  eurCell: (cents: number | null) => (cents === null ? MISSING : cents === 0 ? '/' : formatEuros(cents)),
  /** "2,2 millions d'euros" (seed 000's aid total). */
  millionsEur: (cents: number | null) => (cents === null ? MISSING : formatMillionsOfEuros(cents)),
  hundredths: (value: number | null) => (value === null ? MISSING : formatHundredths(value)),
  /** Hours, rounded half-up to the hour: the seed prints "49 692 h". */
  hours: (value: number | null) => (value === null ? MISSING : formatInteger(Math.round(value))),
};

/** How the report's templates are compiled, at run time or by `npm run build` (scripts/precompile-templates.mjs). */
export const COMPILE_OPTIONS = { strict: true, noEscape: false } as const;

/**
 * The report's partials by name, as files of templates/: every partials/*.hbs, and our own
 * stylesheets, inserted verbatim (a `{{css}}` value would be HTML-escaped inside <style>).
 */
const PARTIALS: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(path.join(TEMPLATES_DIR, 'partials'))
      .filter((file) => file.endsWith('.hbs'))
      .sort()
      .map((file) => [file.slice(0, -4), `partials/${file}`]),
  ),
  styles: 'report.css',
  'edito-styles': 'edito.css',
};

/** Every file of templates/ the report is rendered from, for the precompilation. */
export function reportTemplateFiles(): string[] {
  return [...REPORTS.map((report) => `report-${report}.hbs`), ...Object.values(PARTIALS)];
}

/** Templates compiled by `npm run build`, by file of templates/, with the SHA-256 of the source each was compiled from. */
export type PrecompiledTemplates = Record<string, { sha256: string; spec: TemplateSpecification }>;

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** A precompiled template, only while templates/ holds the very source it was compiled from. */
export function freshSpec(precompiled: PrecompiledTemplates, file: string, source: string): TemplateSpecification | undefined {
  const entry = precompiled[file];
  return entry !== undefined && entry.sha256 === sourceHash(source) ? entry.spec : undefined;
}

/**
 * Parsing and compiling the templates costs more CPU than a JSON build's whole probe, so
 * `npm run build` does it once into <dist>/templates.js, beside the modules of dist/ and two
 * folders above the bundle's chunks. From src/ (the tests) there is none: every template is
 * compiled from its source, as is one edited since the build.
 */
const PRECOMPILED_FILE = fileURLToPath(new URL('../templates.js', import.meta.url));

async function loadPrecompiled(): Promise<PrecompiledTemplates> {
  if (!existsSync(PRECOMPILED_FILE)) return {};
  return ((await import(pathToFileURL(PRECOMPILED_FILE).href)) as { PRECOMPILED: PrecompiledTemplates }).PRECOMPILED;
}

function createEnvironment(precompiled: PrecompiledTemplates): typeof Handlebars {
  const hbs = Handlebars.create();
  const textHtml = (html: string | undefined, name: TextBlock, view: ReportView) => {
    if (html === undefined) {
      view.missingTexts.add(name);
      return '';
    }
    return new hbs.SafeString(html.endsWith('\n') ? html.slice(0, -1) : html);
  };
  // Charts are SVG built by a DOM serialiser or with every text escaped (render/charts.ts), so
  // they are marked safe here rather than with {{{ }}} in templates. Colours come from the
  // view; `unit` and `source` hash arguments fill the caption (source: I-MILO of the year).
  const captionOf = (title: string, options: Handlebars.HelperOptions, unit: string): Caption => {
    const view = options.data.root as ReportView;
    const hash = options.hash as Record<string, unknown>;
    return { title, unit: typeof hash.unit === 'string' ? hash.unit : unit, source: typeof hash.source === 'string' ? hash.source : `I-MILO, ${view.year}` };
  };
  const palette = (options: Handlebars.HelperOptions) => (options.data.root as ReportView).identity.colours.chart;
  /** The chart module, or null in a probe (`missingTexts`): its charts are drawn by nobody. */
  const drawing = (options: Handlebars.HelperOptions) => (options.data.root as TemplateView).charts;
  const chart = (values: { label: string; value: number | null }[], title: string, options: Handlebars.HelperOptions, euros = false, captionTitle = title) => {
    const charts = drawing(options);
    const bars = drawableBars(values);
    if (charts === null || bars === null) return '';
    return new hbs.SafeString(
      charts.chartFigure(
        charts.barChart(bars, { title, keepOrder: true, colour: palette(options)[0] ?? '#333', ...(euros ? { format: formatEuros } : {}) }),
        captionOf(captionTitle, options, euros ? 'euros' : 'nombre'),
      ),
    );
  };
  const helpers: Record<string, (...args: never[]) => unknown> = {
    ...FIGURE_HELPERS,
    pct: (value: Share | number | null) => formatPercent(percentOf(value)),
    /** Percentage at one decimal, always printed ("25,0 %"): the territory key figures. */
    pct1: (value: { percent: number | null } | null) => formatPercentTenths(value?.percent ?? null),
    /** Signed evolution at one decimal ("+0,5 %", "-13,6 %"). */
    evolution1: (value: number) => formatSignedPercentTenths(value),
    /** ISO date -> "31/12/2023"; with "long", "31 décembre 2023"; with "short", "31/12/23". */
    frDate: (iso: string, style: unknown) => frenchDate(iso, typeof style === 'string' ? style : undefined),
    evolution: (evolution: Evolution, rise: unknown, fall: unknown) =>
      evolutionPhrase(evolution, typeof rise === 'string' ? rise : undefined, typeof fall === 'string' ? fall : undefined),
    evolutionNoun: (evolution: Evolution) => evolutionNoun(evolution),
    /** The same noun inside a sentence: "…, soit une augmentation de 5 %". */
    evolutionNounInline: (evolution: Evolution) => evolutionNoun(evolution).replace(/^U/, 'u'),
    evolutionHundredths: (evolution: Evolution) => evolutionHundredths(evolution),
    /** Direction between two printed figures (counts or percentages). */
    trend: (current: Share | number | null, previous: Share | number | null) => trendNoun(percentOf(current), percentOf(previous)),
    previousShare: (previous: PreviousShare) => previousShare(previous),
    list: (items: string[]) => frenchList(items),
    /** "au Sénégal et en Côte d'Ivoire": the countries of a departure line, each with its preposition. */
    countriesIn: (countries: string[]) => countriesIn(countries),
    known: (value: unknown) => value !== null && value !== undefined,
    // Handlebars passes its options object last: it is not one of the values.
    allKnown: (...values: unknown[]) => values.slice(0, -1).every((value) => value !== null && value !== undefined),
    or: (...values: unknown[]) => values.slice(0, -1).some(Boolean),
    eq: (a: unknown, b: unknown) => a === b,
    plural: (count: number, singular: string, pluralForm: string) => (count > 1 ? pluralForm : singular),
    add: (a: number, b: number) => a + b,
    dayMonth: (text: string) => dayAndMonth(text),
    /** Horizontal bars of one column of a commune table, titled by the column (the caption adds "par commune"). */
    communeChart: (table: CommuneTable<string>, key: string, title: string, options: Handlebars.HelperOptions) =>
      chart(table.rows.map((row) => ({ label: row.commune, value: chartValue(row[key]) })), title, options, key.endsWith('Cents'), `${title} par commune`),
    /**
     * Bars of a record of counts or shares, in the record's order. A label can be renamed
     * with a hash argument whose name is the key with `_` for spaces (Autre_formation="…").
     */
    recordChart: (record: Record<string, unknown>, title: string, options: Handlebars.HelperOptions) =>
      chart(
        Object.entries(record).map(([key, value]) => ({ label: renamed(key, options), value: chartValue(value) })),
        title,
        options,
      ),
    /**
     * One row of a share chart: a record of counts or shares (a `total` key is the row's total,
     * not a part), labels renamed as in recordChart.
     */
    shareRow: (label: string, record: Record<string, unknown>, options: Handlebars.HelperOptions): ShareRowValues => ({
      label,
      parts: Object.entries(record)
        .filter(([key]) => key !== 'total')
        .map(([key, value]) => ({ label: renamed(key, options), count: chartValue(value), percent: isShare(value) ? value.percent : null })),
    }),
    /** 100 % stacked bars of the shareRow rows given, percentages computed when the rows hold counts. */
    shareChart: (title: string, ...args: unknown[]) => {
      const options = args[args.length - 1] as Handlebars.HelperOptions;
      const charts = drawing(options);
      const values = args.slice(0, -1) as ShareRowValues[];
      // A part the data do not hold: no chart (its table prints « n.d. »), not a zero segment.
      if (charts === null || !values.every(isDrawableRow)) return '';
      const rows = values.map(withPercents);
      return new hbs.SafeString(charts.chartFigure(charts.shareChart(rows, { title, colours: palette(options) }), captionOf(title, options, 'nombre et % du total')));
    },
    /** One pair of a Y-1 / Y chart: a figure's Evolution (comparisons.*) under a label. */
    comparisonRow: (label: string, evolution: Evolution): ComparisonRow => ({ label, previous: evolution.previous, current: evolution.current }),
    /** Y-1 / Y bars of the comparisonRow pairs given. */
    comparisonChart: (title: string, ...args: unknown[]) => {
      const options = args[args.length - 1] as Handlebars.HelperOptions;
      const charts = drawing(options);
      if (charts === null) return '';
      const view = options.data.root as ReportView;
      const rows = args.slice(0, -1) as ComparisonRow[];
      return new hbs.SafeString(
        charts.chartFigure(
          charts.comparisonChart(rows, { title, previousYear: view.year - 1, year: view.year, colours: [palette(options)[0] ?? '#333', palette(options)[1] ?? '#aaa'] }),
          captionOf(title, options, 'nombre ; chaque paire de barres a sa propre échelle'),
        ),
      );
    },
    /** Y-1 / Y bars of the key figures that have both years. */
    evolutionChart: (figures: KeyFigure[], title: string, options: Handlebars.HelperOptions) => {
      const charts = drawing(options);
      if (charts === null) return '';
      const view = options.data.root as ReportView;
      const rows = figures.flatMap((figure) =>
        figure.current !== null && figure.previous !== null ? [{ label: figure.label, previous: figure.previous, current: figure.current }] : [],
      );
      const previousYear = view.year - 1;
      if (rows.length === 0) return '';
      return new hbs.SafeString(
        charts.chartFigure(
          charts.comparisonChart(rows, { title, previousYear, year: view.year, colours: [view.identity.colours.chart[0] ?? '#333', view.identity.colours.chart[1] ?? '#aaa'] }),
          captionOf(title, options, 'nombre ; chaque paire de barres a sa propre échelle'),
        ),
      );
    },
    concat: (...parts: unknown[]) => parts.slice(0, -1).join(''),
    /** Configured text in element content: HTML-escaped but for the apostrophe, which needs none there. */
    txt: (value: string) => new hbs.SafeString(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')),
    /** Whether the year has this text; a block asked for and absent is noted for the build's warnings. */
    hasText: (name: TextBlock, options: Handlebars.HelperOptions) => {
      const view = options.data.root as ReportView;
      if (view.texts.blocks[name] !== undefined) return true;
      if (name !== EDITORIAL_BLOCK) view.missingTexts.add(name);
      return false;
    },
    /**
     * A text's HTML: Markdown rendered with raw HTML escaped (render/texts.ts), so marked safe
     * here. Its last newline is the template's: `{{text "…"}}` stands on its own line.
     */
    text: (name: TextBlock, options: Handlebars.HelperOptions) => {
      const view = options.data.root as ReportView;
      return textHtml(view.texts.blocks[name], name, view);
    },
    /** Whether the year's keyed text has a section for this export label (a file absent is noted). */
    hasEntry: (name: TextBlock, label: string, options: Handlebars.HelperOptions) => {
      const view = options.data.root as ReportView;
      const entries = view.texts.entries[name];
      if (entries === undefined) view.missingTexts.add(name);
      return entries?.[label] !== undefined;
    },
    entry: (name: TextBlock, label: string, options: Handlebars.HelperOptions) => {
      const view = options.data.root as ReportView;
      return textHtml(view.texts.entries[name]?.[label], name, view);
    },
  };
  for (const [name, helper] of Object.entries(helpers)) hbs.registerHelper(name, helper as Handlebars.HelperDelegate);
  for (const [name, file] of Object.entries(PARTIALS)) {
    const source = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    const spec = freshSpec(precompiled, file, source);
    // A partial given as source is compiled by Handlebars when first printed, with its caller's options.
    hbs.registerPartial(name, spec === undefined ? source : hbs.template(spec));
  }
  return hbs;
}

/** The annexes: each table's definition (src/contract/figures.ts) and the acronyms used. */
interface Annex {
  /** Whether the report prints MISSING somewhere: the reading note that explains it is then added. */
  missingFigures: boolean;
  sections: { title: string; tables: { title: string; definition: string }[] }[];
  acronyms: { acronym: string; meaning: string }[];
}

/** What the templates get beyond the view: the annexes and the headline figures, worked out here. */
type AnnexedView = ReportView & {
  annex: Annex;
  coverFigures: KeyFigure[];
  keyFigures: KeyFigure[];
  plieKeyFigures: KeyFigure[] | null;
  mdeKeyFigures: KeyFigure[] | null;
};

/** What the chart helpers draw with: render/charts.ts (Observable Plot, linkedom), or null in a probe. */
type TemplateView = AnnexedView & { charts: typeof Charts | null };

/** One environment for both reports, so that the partials they share are compiled once a process. */
let environment: typeof Handlebars | undefined;
const compiled = new Map<ReportKind, HandlebarsTemplateDelegate<TemplateView>>();

async function reportTemplate(report: ReportKind): Promise<HandlebarsTemplateDelegate<TemplateView>> {
  let template = compiled.get(report);
  if (!template) {
    const precompiled = await loadPrecompiled();
    environment ??= createEnvironment(precompiled);
    const file = `report-${report}.hbs`;
    const source = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    const spec = freshSpec(precompiled, file, source);
    template = spec === undefined ? environment.compile<TemplateView>(source, COMPILE_OPTIONS) : environment.template<TemplateView>(spec);
    compiled.set(report, template);
  }
  return template;
}

const ML_SECTIONS: readonly FigureSection[] = [
  'public',
  'immersion',
  'training',
  'employment',
  'alternance',
  'civicService',
  'citizenship',
  'internationalMobility',
  'programmes',
  'health',
  'schooling',
  'aids',
  'labellisation',
];

/** The sections the report prints, in its order: a part without data has no tables to define. */
function annexSections(view: ReportView, report: ReportKind): Annex['sections'] {
  const parts: FigureSection[] = report === 'alpes' ? ['territory', 'mde', 'plie'] : [];
  // The ALPES report's Mission Locale digest (seed 000) prints no citizenship nor labellisation figure.
  const printed = report === 'alpes' ? ML_SECTIONS.filter((section) => section !== 'citizenship' && section !== 'labellisation') : ML_SECTIONS;
  const present = (section: FigureSection) =>
    !(section === 'territory' && view.territoryFigures === null) &&
    !(section === 'mde' && view.mde === null) &&
    !(section === 'plie' && view.plie === null) &&
    !(section === 'labellisation' && view.indicators.labellisation === null);
  return [...parts, ...printed].filter(present).map((section) => {
    // Tables sharing a definition (the aid types) are defined once, under all their titles.
    const titles = new Map<string, string[]>();
    for (const table of FIGURE_TABLES) {
      if (table.section !== section) continue;
      const same = titles.get(table.definition) ?? [];
      if (!same.includes(table.title)) same.push(table.title);
      titles.set(table.definition, same);
    }
    return { title: FIGURE_SECTIONS[section], tables: [...titles].map(([definition, names]) => ({ title: names.join(', '), definition })) };
  });
}

/** The view as the templates get it, the annex's MISSING note and acronyms not yet known. */
function draftView(view: ReportView, report: ReportKind): AnnexedView {
  return {
    ...view,
    coverFigures: coverFigures(view.indicators, view.comparisons),
    keyFigures: missionLocaleKeyFigures(view.indicators, view.comparisons),
    plieKeyFigures: view.plie === null ? null : plieKeyFigures(view.plie, view.plieComparisons),
    mdeKeyFigures: view.mde === null ? null : mdeKeyFigures(view.mde),
    annex: { missingFigures: false, sections: annexSections(view, report), acronyms: [] },
  };
}

export async function renderHtml(view: ReportView, report: ReportKind = 'ml'): Promise<string> {
  const template = await reportTemplate(report);
  // Observable Plot and linkedom are loaded only when charts are drawn: not for a probe.
  const charts = await import('./charts.js');
  // The glossary lists the acronyms the report uses, and the reading note on MISSING is added
  // when the report prints it: both found in a first rendering's text.
  const draft = draftView(view, report);
  const text = template({ ...draft, charts }).replace(/<style>[\s\S]*?<\/style>/, ' ').replace(/<[^>]*>/g, ' ');
  const missingFigures = new RegExp(`(?<!\\p{L})${MISSING.replace(/\./g, '\\.')}`, 'u').test(text);
  return frenchTypography(withSubsectionEntries(template({ ...draft, charts, annex: { ...draft.annex, missingFigures, acronyms: acronymsIn(text) } })));
}

/**
 * The texts the report would print and the year does not have (added to `view.missingTexts`),
 * without the report: the same templates run once with the same data, the charts drawn by
 * nobody and the HTML dropped. No text block sits in the annex nor under a chart, so one
 * rendering finds what `renderHtml`'s two do (a test compares them).
 */
export async function probeMissingTexts(view: ReportView, report: ReportKind = 'ml'): Promise<void> {
  (await reportTemplate(report))({ ...draftView(view, report), charts: null });
}

/**
 * A table of contents marked `data-subsections` (the ALPES report's) also lists, under each
 * section, the section's `<h3>` headings as printed, which the data decide (a part without
 * data has none): they are read from the rendered sections, given an id when they have none,
 * and each entry gets its page number in the PDF as the sections' do.
 */
export function withSubsectionEntries(html: string): string {
  const nav = /<nav\b[^>]*\bdata-subsections\b[^>]*>[\s\S]*?<\/nav>/.exec(html);
  if (!nav) return html;
  const starts = [...html.matchAll(/<section\b[^>]*\bid="([A-Za-z][\w-]*)"[^>]*\bclass="report-section\b/g)];
  const mainEnd = html.lastIndexOf('</main>');
  const entries = new Map<string, string>();
  let body = html;
  // From the last section back, so that the offsets of the earlier ones stay right.
  for (let i = starts.length - 1; i >= 0; i--) {
    const id = starts[i]![1]!;
    const from = starts[i]!.index;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : mainEnd < 0 ? body.length : mainEnd;
    let count = 0;
    const items: string[] = [];
    const section = body.slice(from, to).replace(/<h3(\s[^>]*)?>([\s\S]*?)<\/h3>/g, (heading, attributes: string | undefined, content: string) => {
      const own = /\bid="([^"]+)"/.exec(attributes ?? '')?.[1];
      const target = own ?? `toc-${id}-${++count}`;
      const title = content.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
      items.push(`<li><a href="#${target}"><span class="toc-title">${title}</span><span class="toc-page" data-target="${target}"></span></a></li>`);
      return own === undefined ? `<h3 id="${target}"${attributes ?? ''}>${content}</h3>` : heading;
    });
    body = body.slice(0, from) + section + body.slice(to);
    if (items.length > 0) entries.set(id, `<ol class="toc-sub">${items.join('')}</ol>`);
  }
  const toc = nav[0].replace(/(<a href="#([\w-]+)">[\s\S]*?<\/a>)<\/li>/g, (item, link: string, id: string) =>
    entries.has(id) ? `${link}${entries.get(id)}</li>` : item,
  );
  return body.replace(nav[0], () => toc);
}
