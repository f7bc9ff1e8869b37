import { formatPercent, formatSignedHundredthsPercent } from './format.js';
import { type Evolution, type PreviousShare } from '../contract/metrics-schema.js';

/**
 * The French year-on-year phrases of the report, generated from metrics. The percentage is
 * the rounded change of `compute/comparisons.ts`: (current / previous − 1) × 100, rounded
 * half away from zero on the exact ratio (+9,5 % prints 10 %, −9,5 % prints −10 %). A
 * change that rounds to 0 is "stable"; without a previous value nothing is compared.
 */

/** "a progressé de 10 %", "a diminué de 3 %", "est stable" (verbs can be changed). */
export function evolutionPhrase(evolution: Evolution, rise = 'a progressé', fall = 'a diminué'): string {
  if (evolution.percent === null) return 'n’est pas comparable';
  if (evolution.percent === 0) return 'est stable';
  return `${evolution.percent > 0 ? rise : fall} de ${formatPercent(Math.abs(evolution.percent))}`;
}

/** "Une augmentation de 2 %", "Une diminution de 3 %", "Une stabilité". */
export function evolutionNoun(evolution: Evolution): string {
  if (evolution.percent === null) return 'Une évolution non comparable';
  if (evolution.percent === 0) return 'Une stabilité';
  return `${evolution.percent > 0 ? 'Une augmentation' : 'Une diminution'} de ${formatPercent(Math.abs(evolution.percent))}`;
}

/** "+7,61 %": the change with two decimals, as seed 000 prints new arrivals; "" without a previous value. */
export function evolutionHundredths(evolution: Evolution): string {
  return evolution.percentHundredths === null ? '' : formatSignedHundredthsPercent(evolution.percentHundredths);
}

/**
 * "Une hausse", "Une baisse", "Une stabilité": the direction between two printed figures (two
 * counts, or two rounded percentages), so the sentence never says "hausse" next to two equal
 * figures. "" when either is missing (no sentence then).
 */
export function trendNoun(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return '';
  if (current === previous) return 'Une stabilité';
  return current > previous ? 'Une hausse' : 'Une baisse';
}

/** "57 % en 2023" — for "(57 % en 2023)" and "contre 57 % en 2023". */
export function previousShare(previous: PreviousShare): string {
  return `${formatPercent(previous.percent)} en ${previous.previousYear}`;
}

/** ["a", "b", "c"] -> "a, b et c". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** Countries named with « au » (masculine), « aux » (plural) and « à » (islands, cities); any other takes « en ». */
const COUNTRY_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ...['Canada', 'Sénégal', 'Portugal', 'Maroc', 'Japon', 'Brésil', 'Danemark', 'Luxembourg', 'Royaume-Uni', 'Mexique', 'Pérou', 'Chili', 'Vietnam', 'Cameroun', 'Bénin', 'Togo', 'Burkina Faso', 'Québec'].map(
    (country) => [country, 'au '] as const,
  ),
  ...['Etats-Unis', 'États-Unis', 'Pays-Bas', 'Philippines'].map((country) => [country, 'aux '] as const),
  ...['Malte', 'Chypre', 'Madagascar', 'Cuba', 'Singapour'].map((country) => [country, 'à '] as const),
  ['Maurice', 'à l\'île '],
]);

/** "au Canada", "aux Etats-Unis", "à Malte", "en Italie". */
export function countryIn(country: string): string {
  return `${COUNTRY_PREPOSITIONS.get(country) ?? 'en '}${country}`;
}

/** ["Sénégal", "Côte d'Ivoire"] -> "au Sénégal et en Côte d'Ivoire". */
export function countriesIn(countries: readonly string[]): string {
  return frenchList(countries.map(countryIn));
}
