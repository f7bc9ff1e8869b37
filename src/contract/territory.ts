import { normalizeLabel, nearest, ownText } from './normalize.js';

/**
 * The territory is configuration: the communes a report lists, in the seeds' order, and the
 * extra spellings accepted for them. The default is Métropole Nord-Ouest (MNO), 10 communes.
 */
export interface Territory {
  name: string;
  shortName: string;
  /** Labels printed in the report, in table order. */
  communes: readonly string[];
  /** Extra accepted spellings (normalised like communes) -> commune label. */
  aliases: Readonly<Record<string, string>>;
  /**
   * A real French commune outside the territory: an error (default), or counted in a
   * « Hors territoire » row of the commune tables (`territoire.horsTerritoire`).
   */
  outside?: 'error' | 'count';
}

/** The row of the commune tables that counts young people from outside the territory (`outside: 'count'`). */
export const OUTSIDE_TERRITORY = 'Hors territoire';

export const METROPOLE_NORD_OUEST: Territory = {
  name: 'Métropole Nord-Ouest',
  shortName: 'MNO',
  communes: [
    'La Madeleine',
    'Lambersart',
    'Lompret',
    'Marcq-en-Barœul',
    'Marquette-lez-Lille',
    'Pérenchies',
    'Quesnoy-sur-Deûle',
    'Saint-André-lez-Lille',
    'Verlinghem',
    'Wambrechies',
  ],
  aliases: {},
};

/** Communes also fold `lès`/`lez` and ignore spaces entirely (`Saint Andre lez Lille`). */
export function communeKey(value: string): string {
  return normalizeLabel(value).replace(/\bles\b/g, 'lez').replace(/[\s']+/g, '');
}

export interface CommuneMatcher {
  readonly names: readonly string[];
  /** Canonical label, or undefined when the value is not a commune of the territory. */
  match(raw: string): string | undefined;
  /** Nearest commune label, for error messages. */
  suggest(raw: string): string | undefined;
  /** The official name when `raw` is a real French commune (outside the territory when `match` found none). */
  french(raw: string): string | undefined;
  /** Whether such communes are counted in the OUTSIDE_TERRITORY row rather than refused. */
  readonly countsOutside: boolean;
}

/**
 * @param frenchCommune the official list's lookup (load/french-communes.ts), given by the caller
 *   so that this module stays pure; without it no commune is known outside the territory.
 */
export function communeMatcher(territory: Territory, frenchCommune: (raw: string) => string | undefined = () => undefined): CommuneMatcher {
  const byKey = new Map<string, string>();
  for (const name of territory.communes) byKey.set(communeKey(name), name);
  for (const [alias, name] of Object.entries(territory.aliases)) byKey.set(communeKey(alias), name);
  // Raw spellings already seen: a commune column repeats a few values on every row.
  const seen = new Map<string, string | undefined>();
  return {
    names: territory.communes,
    match: (raw) => {
      const known = seen.get(raw);
      if (known !== undefined || seen.has(raw)) return known;
      const name = byKey.get(communeKey(raw));
      // An own copy: a cut-out cell would keep its whole block of the file alive.
      if (seen.size < 10_000) seen.set(ownText(raw), name);
      return name;
    },
    suggest: (raw) => nearest(raw, territory.communes),
    french: frenchCommune,
    countsOutside: territory.outside === 'count',
  };
}
