/**
 * Text normalisation shared by header matching, vocabulary matching and commune matching.
 * The contract says labels match "ignoring case, accents, surrounding spaces and
 * `_`/`-`/space differences", and communes also ignore `œ`/`oe` and `lez`/`lès`.
 */

/** Lower-case, strip accents, fold œ/æ, turn `_`, `-`, `'` and runs of spaces into one space. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`´]/g, "'")
    .replace(/[_\-\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** `1,23E+05`: a numeric id that Excel turned into scientific notation (its digits are lost). */
export function isExcelScientific(text: string): boolean {
  return /^\d+(?:[,.]\d+)?E\+\d+$/i.test(text.trim());
}

/** How a header cell is matched: as a label, also ignoring spaces and apostrophes. */
export function headerKey(label: string): string {
  return normalizeLabel(label).replace(/[\s']/g, '');
}

/** Levenshtein distance, small strings only (labels, communes). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        above + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const MAX_SUGGESTED_LENGTH = 100;

/** The candidate closest to `value` after normalisation (ties: first in list order). */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  // Labels are short: a long text is no misspelling of one, and a 2 MB cell would cost
  // minutes of edit distance.
  if (value.length > MAX_SUGGESTED_LENGTH) return undefined;
  const target = normalizeLabel(value);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalizeLabel(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * A copy of `text` that does not keep alive the block of text it was cut from: V8 keeps a
 * substring of 13 characters or more as a view on its parent (a 64 KiB block of a file).
 * For texts that a cache keeps.
 */
export function ownText(text: string): string {
  // Concatenation then slice: the slice views a fresh string of the text's own length + 1.
  return text.length < 13 ? text : `${text}\u0000`.slice(0, -1);
}

/**
 * A closed vocabulary matched like headers. `aliases` maps extra spellings (already in
 * their display form or raw) to a canonical value.
 */
export class Vocabulary<T extends string> {
  private readonly byKey = new Map<string, T>();
  /** Raw spellings already seen (own copies): exports repeat a handful of values millions of times. */
  private readonly seen = new Map<string, { text: string; value: T | undefined }>();

  constructor(
    readonly values: readonly T[],
    aliases: Readonly<Record<string, T>> = {},
  ) {
    for (const value of values) this.byKey.set(normalizeLabel(value), value);
    for (const [alias, value] of Object.entries(aliases)) this.byKey.set(normalizeLabel(alias), value);
  }

  /** The last spellings met, by a slot from their length and first letter: no hashing of the text. */
  private readonly recent: (string | undefined)[] = new Array<string | undefined>(16).fill(undefined);
  private readonly recentValue: (T | undefined)[] = new Array<T | undefined>(16).fill(undefined);

  match(raw: string): T | undefined {
    const slot = (raw.length * 7 + raw.charCodeAt(0)) & 15;
    if (this.recent[slot] === raw) return this.recentValue[slot];
    let entry = this.seen.get(raw);
    if (entry === undefined) {
      entry = { text: ownText(raw), value: this.byKey.get(normalizeLabel(raw)) };
      if (this.seen.size < 10_000) this.seen.set(entry.text, entry);
    }
    this.recent[slot] = entry.text;
    this.recentValue[slot] = entry.value;
    return entry.value;
  }

  suggest(raw: string): string | undefined {
    return nearest(raw, this.values);
  }
}
