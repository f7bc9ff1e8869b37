/**
 * Compares two years' indicators key by key. Indicators are flattened to dotted keys with a
 * number (or null) at each leaf; rows of tables are keyed by their label (commune, label,
 * programme, title) rather than their position, so a reordered table compares well.
 */
export type FlatMetrics = Map<string, number | null>;

const ROW_KEYS = ['commune', 'label', 'programme', 'title', 'quartier'] as const;

function rowName(row: Record<string, unknown>, index: number): string {
  const parts = ROW_KEYS.filter((key) => typeof row[key] === 'string').map((key) => row[key] as string);
  return parts.length > 0 ? parts.join(' / ') : String(index);
}

export function flatten(value: unknown, prefix = '', out: FlatMetrics = new Map()): FlatMetrics {
  if (typeof value === 'number' || value === null) {
    if (prefix) out.set(prefix, value);
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
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

export interface DiffRow {
  key: string;
  a: number | null;
  b: number | null;
  /** b - a, when both are numbers. */
  absolute: number | null;
  /** (b / a - 1) × 100, rounded to one decimal; null when a is 0 or missing. */
  relative: number | null;
}

export interface DiffOptions {
  /** Keep keys starting with one of these section names (first key segment). */
  sections?: string[];
  /** Keep keys matching this pattern (`*` = any characters, case-insensitive). */
  keyPattern?: string;
  /** Keep rows whose |relative change| is at least this many %, or that appear/disappear. */
  threshold?: number;
  /** Also list unchanged keys. */
  includeUnchanged?: boolean;
}

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

export function diffMetrics(a: FlatMetrics, b: FlatMetrics, options: DiffOptions = {}): DiffRow[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const pattern = options.keyPattern ? patternToRegExp(options.keyPattern) : undefined;
  const rows: DiffRow[] = [];
  for (const key of keys) {
    if (options.sections && !options.sections.some((section) => key === section || key.startsWith(`${section}.`) || key.startsWith(`${section}[`))) continue;
    if (pattern && !pattern.test(key)) continue;
    const before = a.has(key) ? a.get(key)! : null;
    const after = b.has(key) ? b.get(key)! : null;
    const absolute = before !== null && after !== null ? after - before : null;
    const relative = before !== null && after !== null && before !== 0 ? Math.round(((after - before) / before) * 1000) / 10 : null;
    const changed = before !== after;
    if (!changed && !options.includeUnchanged) continue;
    if (options.threshold !== undefined && changed && relative !== null && Math.abs(relative) < options.threshold) continue;
    rows.push({ key, a: before, b: after, absolute, relative });
  }
  return rows;
}
