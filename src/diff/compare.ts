import { FIGURE_SECTIONS, FIGURE_TABLES, FIGURES, findFigure, HEADLINE_KEYS, type FigureKind, type FigureSection } from '../contract/figures.js';

/**
 * Compares two years' indicators figure by figure. Indicators are flattened to dotted keys
 * (the catalogue's keys, src/contract/figures.ts); rows of tables are keyed by their label
 * (commune, label, programme, title) rather than their position, so a reordered table compares
 * well. A share `{ count, total, percent }` is one figure, its percentage.
 */
export interface FlatValue {
  /** The raw value of metrics.json (cents for amounts), or null. */
  value: number | null;
  /** For a share: the count and total behind the percentage. */
  count?: number;
  total?: number;
}

/** Flattened figures; a null object (an absent part: plie, mde.cyberBase…) is a null key with no children. */
export type FlatMetrics = Map<string, FlatValue>;

const ROW_KEYS = ['commune', 'label', 'programme', 'title', 'quartier'] as const;

function rowName(row: Record<string, unknown>, index: number): string {
  const parts = ROW_KEYS.filter((key) => typeof row[key] === 'string').map((key) => row[key] as string);
  return parts.length > 0 ? parts.join(' / ') : String(index);
}

function isShare(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 3 && typeof value.count === 'number' && typeof value.total === 'number' && 'percent' in value;
}

export function flatten(value: unknown, prefix = '', out: FlatMetrics = new Map()): FlatMetrics {
  if (typeof value === 'number' || value === null) {
    if (prefix) out.set(prefix, { value });
    return out;
  }
  if (Array.isArray(value)) {
    const seen = new Map<string, number>();
    value.forEach((item, index) => {
      const base = typeof item === 'object' && item !== null && !Array.isArray(item) ? rowName(item as Record<string, unknown>, index) : String(index);
      // Two rows with one label (an event held twice) must not overwrite each other.
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const name = occurrence === 1 ? base : `${base} (${occurrence})`;
      flatten(item, prefix ? `${prefix}[${name}]` : `[${name}]`, out);
    });
    return out;
  }
  if (typeof value === 'object' && value !== undefined) {
    const object = value as Record<string, unknown>;
    if (prefix && isShare(object)) {
      out.set(prefix, { value: object.percent as number | null, count: object.count as number, total: object.total as number });
      return out;
    }
    for (const [key, child] of Object.entries(object)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

export interface DiffRow {
  key: string;
  section: string;
  label: string;
  /** French unit of a and b: jeunes, €, %… */
  unit: string;
  kind: FigureKind | 'unknown';
  /** Values in their unit: euros (not cents), percentages for shares. */
  a: number | null;
  b: number | null;
  /** b − a in the unit; for shares and percentages, in points. */
  change: number | null;
  /** `pts` for shares and percentages, else the unit. */
  changeUnit: string;
  /** (b / a − 1) × 100, one decimal; null for shares and percentages (compared in points), and when a is 0 or missing. */
  relative: number | null;
  /** For shares: count and total on each side. */
  detail?: { a?: { count: number; total: number }; b?: { count: number; total: number } };
  headline: boolean;
}

/** A part present on one side only (« PLIE : pas de données en 2024 »): one line instead of its figures. */
export interface MissingPart {
  key: string;
  section: string;
  label: string;
  /** Which side lacks it. */
  missingIn: 'a' | 'b';
}

export interface DiffResult {
  rows: DiffRow[];
  parts: MissingPart[];
}

export interface DiffOptions {
  /** Keep keys whose section (first key segment) is one of these. */
  sections?: string[];
  /** Keep keys matching this pattern (`*` = any characters, case-insensitive). */
  keyPattern?: string;
  /** Keep rows whose |relative change| (points for shares) is at least this, or that appear/disappear. */
  threshold?: number;
  /** Also list unchanged figures. */
  includeUnchanged?: boolean;
}

export function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

export function sectionOf(key: string): string {
  return /^[^.[]+/.exec(key)?.[0] ?? key;
}

const SCALE: Partial<Record<FigureKind, number>> = { cents: 100, hundredths: 100 };

/** Rounds away binary noise (0.1 + 0.2) without hiding a real decimal. */
const tidy = (value: number) => Math.round(value * 1e6) / 1e6;

const catalogueOrder = new Map(FIGURES.map((figure, index) => [figure, index]));

function describe(key: string) {
  const match = findFigure(key);
  if (!match) return { label: key, unit: '', kind: 'unknown' as const, scale: 1, order: FIGURES.length };
  const { figure } = match;
  return { label: match.label, unit: figure.unit, kind: figure.kind, scale: SCALE[figure.kind] ?? 1, order: catalogueOrder.get(figure)! };
}

/** The title of the catalogue table or section a part key names (`plie` → « Le PLIE »). */
function partLabel(key: string): string {
  if (key in FIGURE_SECTIONS) return FIGURE_SECTIONS[key as FigureSection];
  const table = FIGURE_TABLES.find((entry) => entry.prefix === key);
  if (table) return table.title;
  return findFigure(key)?.label ?? key;
}

const isUnder = (key: string, part: string) => key.startsWith(`${part}.`) || key.startsWith(`${part}[`);

export function diffMetrics(a: FlatMetrics, b: FlatMetrics, options: DiffOptions = {}): DiffResult {
  // The documents' order (report order: communes as configured), b's first.
  const keys = allKeys(a, b);
  const pattern = options.keyPattern ? patternToRegExp(options.keyPattern) : undefined;
  const kept = (key: string) => (!options.sections || options.sections.includes(sectionOf(key))) && (!pattern || pattern.test(key));

  // A null on one side where the other has figures under it: that part is absent on that side.
  const absentParts: { key: string; missingIn: 'a' | 'b' }[] = [];
  for (const [side, other, missingIn] of [[a, b, 'a'], [b, a, 'b']] as const) {
    for (const [key, value] of side) {
      if (value.value === null && value.count === undefined && [...other.keys()].some((candidate) => isUnder(candidate, key))) absentParts.push({ key, missingIn });
    }
  }
  const inAbsentPart = (key: string) => absentParts.some((part) => key === part.key || isUnder(key, part.key));

  const parts: MissingPart[] = absentParts
    .filter((part) => (!options.sections || options.sections.includes(sectionOf(part.key))) && (!pattern || keys.some((key) => isUnder(key, part.key) && pattern.test(key))))
    .map((part) => ({ key: part.key, section: sectionOf(part.key), label: partLabel(part.key), missingIn: part.missingIn }))
    .sort((x, y) => keys.indexOf(x.key) - keys.indexOf(y.key));

  const rows: (DiffRow & { order: number })[] = [];
  for (const key of keys) {
    if (!kept(key) || inAbsentPart(key)) continue;
    const left = a.get(key);
    const right = b.get(key);
    // Absent (or null) on both sides: nothing to say.
    if ((left?.value ?? null) === null && (right?.value ?? null) === null) continue;
    const { label, unit, kind, scale, order } = describe(key);
    const before = left?.value == null ? null : tidy(left.value / scale);
    const after = right?.value == null ? null : tidy(right.value / scale);
    const points = kind === 'share' || kind === 'percent';
    const change = before !== null && after !== null ? tidy(after - before) : null;
    const relative = !points && before !== null && after !== null && before !== 0 ? Math.round(((after - before) / before) * 1000) / 10 : null;
    const changed = before !== after;
    if (!changed && !options.includeUnchanged) continue;
    if (options.threshold !== undefined && changed && change !== null) {
      const size = points ? Math.abs(change) : relative;
      if (size !== null && Math.abs(size) < options.threshold) continue;
    }
    const detail =
      kind === 'share'
        ? {
            ...(left?.count !== undefined ? { a: { count: left.count, total: left.total! } } : {}),
            ...(right?.count !== undefined ? { b: { count: right.count, total: right.total! } } : {}),
          }
        : undefined;
    rows.push({
      key,
      section: sectionOf(key),
      label,
      unit,
      kind,
      a: before,
      b: after,
      change,
      changeUnit: points ? 'pts' : unit,
      relative,
      ...(detail ? { detail } : {}),
      headline: HEADLINE_KEYS.includes(key),
      order,
    });
  }
  // The catalogue's order (a commune table's column, commune after commune); stable within a figure.
  rows.sort((x, y) => x.order - y.order);
  return { rows: rows.map(({ order: _order, ...row }) => row), parts };
}

/** Every key of both sides, absent parts included, in the documents' order: what `--key` can match. */
export function allKeys(a: FlatMetrics, b: FlatMetrics): string[] {
  return [...new Set([...b.keys(), ...a.keys()])];
}
