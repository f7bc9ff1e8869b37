import type { IssueSink } from '../contract/issues.js';
import { nearest } from '../contract/normalize.js';
import { TEXT_HELPERS, type TextBlock } from '../contract/texts.js';
import type { YearText, YearTexts } from '../load/texts.js';
import { formatEuros, formatHundredths, formatInteger, formatPercent } from './format.js';
import { countriesIn, frenchList } from './narrative.js';

/**
 * The year's texts with their `{{ }}` helpers replaced by the year's values, still Markdown:
 * every problem of a text (an unknown key or helper, with its line) is found here, and so is
 * which blocks and keyed sections the year has. render/texts.ts renders them as HTML; a build
 * that prints no document needs no more than this (markdown-it is not even loaded).
 */
export interface TextContext {
  year: number;
  territory: { name: string; shortName: string };
  /** The metrics.json document: `{{chiffre "<key>"}}` reads the figure at that dotted path. */
  metrics: unknown;
}

/** Each block's Markdown with its helpers replaced, and the keyed blocks' sections by export label. */
export interface ExpandedTexts {
  blocks: Partial<Record<TextBlock, string>>;
  entries: Partial<Record<TextBlock, Record<string, string>>>;
}

/**
 * Blocks written per item of a list of the year's figures: a `## <label>` section per item,
 * whose `{{chiffre ".<key>"}}` reads that item's figure. A section whose label is not in this
 * year's list prints nowhere (its action did not take place). An item without a section prints
 * the template's data line, unwarned; an inline keyed block (a departure line) renders each
 * section as one line.
 */
const KEYED_BLOCKS: Partial<Record<TextBlock, { list: string; label: string }>> = {
  '08-mobilite-departs': { list: 'indicators.internationalMobility.departures.byProgramme', label: 'programme' },
  '09-seeph-actions': { list: 'indicators.programmes.others.seeph.actions', label: 'title' },
};

/** Markdown's punctuation, escaped in a printed value so that a figure or a name stays text. */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (character) => `\\${character}`);
}

function isShare(value: unknown): value is { count: number; total: number; percent: number | null } {
  return typeof value === 'object' && value !== null && 'percent' in value && 'count' in value;
}

/** Every figure's path in the document (numbers, shares, strings, nulls), for suggestions. */
function figurePaths(value: unknown, prefix: string, into: string[]): string[] {
  if (value === null || typeof value !== 'object' || isShare(value)) {
    if (prefix) into.push(prefix);
    return into;
  }
  for (const [key, child] of Object.entries(value)) figurePaths(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

type Lookup = { found: true; value: unknown } | { found: false };

function lookup(document: unknown, key: string): Lookup {
  let value: unknown = document;
  for (const segment of key.split('.')) {
    // A group the year does not have (labellisation without its audit): its figures are missing, not unknown.
    if (value === null) return { found: true, value: null };
    if (typeof value !== 'object' || !Object.hasOwn(value, segment)) return { found: false };
    value = (value as Record<string, unknown>)[segment];
  }
  return { found: true, value };
}

/** A figure the French way, by what its key says it is (…Cents, …Hundredths, a share). */
function formatFigure(key: string, value: number | { percent: number | null }): string {
  if (typeof value !== 'number') return formatPercent(value.percent);
  const last = key.slice(key.lastIndexOf('.') + 1);
  if (last.endsWith('Cents')) return formatEuros(value);
  if (last.endsWith('Hundredths')) return formatHundredths(value);
  if (last === 'percent') return formatPercent(value);
  return Number.isInteger(value) ? formatInteger(value) : String(value).replace('.', ',');
}

const MUSTACHE = /\{\{(.*?)\}\}/g;
const CALL = /^\s*([^\s"]+)\s*(?:"([^"]*)")?\s*$/;

/** Replaces the helpers of one text; problems become issues at their line. */
function expandHelpers(text: YearText, context: TextContext, issues: IssueSink, itemPathAt: (line: number) => string | undefined = () => undefined): string {
  let paths: string[] | undefined;
  const suggestKey = (key: string) => nearest(key, (paths ??= figurePaths(context.metrics, '', [])));
  // Comments are the analyst's notes ("<!-- relu en 2025 -->"): never printed, lines kept.
  const source = text.source.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ''));
  return source
    .split('\n')
    .map((line, index) => {
      const at = { file: text.file, line: index + 1 };
      /** The key a helper names (a leading dot: the keyed section's item) and its value, or undefined after an issue. */
      const figureAt = (helper: string, argument: string | undefined, whole: string): [string, unknown] | undefined => {
        if (argument === undefined) {
          issues.push({ code: 'text.syntax', severity: 'error', ...at, value: whole, expectation: { kind: 'textQuotedKey', helper } });
          return undefined;
        }
        const itemPath = itemPathAt(index + 1);
        if (argument.startsWith('.') && itemPath === undefined) {
          issues.push({ code: 'text.syntax', severity: 'error', ...at, value: whole, expectation: { kind: 'textFullKey' } });
          return undefined;
        }
        const key = argument.startsWith('.') ? `${itemPath}${argument}` : argument;
        const found = lookup(context.metrics, key);
        if (!found.found) {
          const suggestion = suggestKey(key);
          issues.push({ code: 'text.unknown_key', severity: 'error', ...at, value: key, ...(suggestion ? { suggestion } : {}) });
          return undefined;
        }
        return [key, found.value];
      };
      const expanded = line.replace(MUSTACHE, (whole, inside: string) => {
        const call = CALL.exec(inside);
        if (!call) {
          issues.push({ code: 'text.syntax', severity: 'error', ...at, value: whole, expectation: { kind: 'textHelper' } });
          return whole;
        }
        const [, name, argument] = call as unknown as [string, string, string | undefined];
        if (name === 'chiffre' || name === 'pays') {
          const found = figureAt(name, argument, whole);
          if (found === undefined) return whole;
          const [key, value] = found;
          // An empty list of countries is a figure the year does not give, like a null.
          if (value === null || (Array.isArray(value) && value.length === 0)) {
            issues.push({ code: 'text.figure_missing', severity: 'warning', ...at, value: key });
            return MISSING;
          }
          const names = Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
          if (name === 'pays') {
            if (names !== undefined) return escapeMarkdown(countriesIn(names));
            issues.push({ code: 'text.not_countries', severity: 'error', ...at, value: key });
            return whole;
          }
          if (typeof value === 'string') return escapeMarkdown(value);
          if (names !== undefined) return escapeMarkdown(frenchList(names));
          if (typeof value === 'number' || isShare(value)) return escapeMarkdown(formatFigure(key, value));
          const suggestion = typeof value === 'object' ? figurePaths(value, key, [])[0] : undefined;
          issues.push({ code: 'text.not_a_figure', severity: 'error', ...at, value: key, ...(suggestion ? { suggestion } : {}) });
          return whole;
        }
        const simple: Record<string, string> = {
          annee: String(context.year),
          annee_precedente: String(context.year - 1),
          territoire: context.territory.name,
          sigle: context.territory.shortName,
        };
        if (Object.hasOwn(simple, name) && argument === undefined) return escapeMarkdown(simple[name]!);
        if (Object.hasOwn(simple, name)) {
          issues.push({ code: 'text.syntax', severity: 'error', ...at, value: whole, expectation: { kind: 'textNoArgument', helper: name } });
          return whole;
        }
        const suggestion = nearest(name, TEXT_HELPERS);
        issues.push({ code: 'text.unknown_helper', severity: 'error', ...at, value: name, ...(suggestion ? { suggestion } : {}) });
        return whole;
      });
      if (expanded.replace(MUSTACHE, '').includes('{{')) {
        issues.push({ code: 'text.syntax', severity: 'error', ...at, value: '{{', expectation: { kind: 'textClosingBraces' } });
      }
      return expanded;
    })
    .join('\n')
    .split(/(\n[ \t]*\n)/)
    .map(withoutMissingFigures)
    .map(withoutEmptiedHeadings)
    .map((paragraph) => (paragraph === DROPPED ? '' : paragraph))
    .join('');
}

/** Stands for a figure the year does not give, until its sentence is dropped. */
const MISSING = '\u0000';
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s/;
/** Stands for a paragraph dropped for a missing figure, until the headings left empty are dropped too. */
const DROPPED = '\u0001';

/**
 * Never a sentence with a hole: a list item holding a missing figure is dropped, and so is a
 * paragraph holding one (the section's other texts and computed sentences remain).
 */
function withoutMissingFigures(paragraph: string): string {
  if (!paragraph.includes(MISSING)) return paragraph;
  const lines = paragraph.split('\n');
  if (lines.some((line) => line.includes(MISSING) && !LIST_ITEM.test(line))) return DROPPED;
  const kept = lines.filter((line) => !line.includes(MISSING));
  return kept.length === 0 ? DROPPED : kept.join('\n');
}

const HEADING = /^(#{1,6})\s/;

/**
 * No heading with nothing under it: a heading paragraph whose paragraphs (up to the next heading
 * of its level or above) were all dropped for a missing figure is dropped too. A heading the
 * author left empty stays. Used in `map` over the paragraphs, separators included.
 */
function withoutEmptiedHeadings(paragraph: string, index: number, paragraphs: readonly string[]): string {
  const level = HEADING.exec(paragraph)?.[1]?.length;
  if (level === undefined || paragraph.includes('\n')) return paragraph;
  let dropped = false;
  for (let next = index + 1; next < paragraphs.length; next++) {
    const under = paragraphs[next]!;
    const nextLevel = HEADING.exec(under)?.[1]?.length;
    if (nextLevel !== undefined && nextLevel <= level) break;
    if (under === DROPPED) dropped = true;
    else if (under.trim() !== '' && nextLevel === undefined) return paragraph;
  }
  return dropped ? '' : paragraph;
}

/** The sections of a keyed text that name an item of this year's list, expanded, by label. */
function expandEntries(text: YearText, keyed: { list: string; label: string }, context: TextContext, issues: IssueSink): Record<string, string> {
  const found = lookup(context.metrics, keyed.list);
  const items = found.found && Array.isArray(found.value) ? (found.value as Record<string, unknown>[]) : [];
  const lines = text.source.split('\n');
  const sections: { label: string; start: number; end: number }[] = [];
  lines.forEach((line, index) => {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      if (sections.length > 0) sections[sections.length - 1]!.end = index;
      sections.push({ label: heading[1]!, start: index + 1, end: lines.length });
    }
  });
  const entries: Record<string, string> = {};
  for (const section of sections) {
    const index = items.findIndex((item) => item[keyed.label] === section.label);
    if (index < 0) continue;
    // Lines outside the section are blanked, so that an issue keeps its line number in the file.
    const source = lines.map((line, at) => (at >= section.start && at < section.end ? line : '')).join('\n');
    const expanded = expandHelpers({ file: text.file, source }, context, issues, () => `${keyed.list}.${index}`);
    // A section left empty by a missing figure is no section: the template prints its data line.
    if (expanded.trim() === '' && source.trim() !== '') continue;
    entries[section.label] = expanded;
  }
  return entries;
}

export function expandTexts(texts: YearTexts, context: TextContext, issues: IssueSink): ExpandedTexts {
  const expanded: ExpandedTexts = { blocks: {}, entries: {} };
  for (const [name, text] of Object.entries(texts) as [TextBlock, YearText][]) {
    const keyed = KEYED_BLOCKS[name];
    if (keyed) expanded.entries[name] = expandEntries(text, keyed, context, issues);
    else expanded.blocks[name] = expandHelpers(text, context, issues);
  }
  return expanded;
}
