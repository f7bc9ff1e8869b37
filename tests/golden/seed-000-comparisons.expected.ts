/**
 * The Mission Locale year-on-year figures of seed 000 (ALPES 2023 report, against 2022),
 * transcribed by hand from the seed's text, which each comment quotes. Seed 000 prints these
 * figures in its own summary layout, which the ALPES report's Mission Locale digest follows
 * (seed-000-ml-digest.test.ts); the Mission Locale report prints them in seed 001's sentences (its
 * sections follow seed 001), so the expected text keeps seed 000's figure and year with that
 * report's wording. The percentages are also checked in metrics.json.
 */
export interface ExpectedComparison {
  /** Key of `comparisons` in metrics.json. */
  key: 'newArrivals' | 'entretiens' | 'trainingJeunes' | 'employmentSituations' | 'permanentContracts' | 'temporaryWork';
  /** The rounded percent (`percent`). */
  percent: number;
  /** The sentence of the report (spaces normalised). */
  text: string;
}

export const expectedMlComparisons: ExpectedComparison[] = [
  // "679 nouvelles inscriptions + 7,61%": the only two-decimal change of the seed; the report
  // keeps seed 001's integer sentence and gives the two decimals after it (docs/seed-discrepancies.md).
  // 631 is not printed but is the only count with 679 / x − 1 = +7,61 % (glossary §8.3).
  { key: 'newArrivals', percent: 8, text: '679 nouvelles inscriptions contre 631 en 2022, soit +7,61 %.' },
  // "16 709 entretiens, soit une augmentation de 5 % par rapport à 2022"
  { key: 'entretiens', percent: 5, text: "Le nombre d'entretiens a progressé de 5 % par rapport à 2022." },
  // "Une progression des entrées en formation de 22 %"
  { key: 'trainingJeunes', percent: 22, text: 'Le nombre de jeunes entrés en formation a augmenté de 22 %' },
  // "Une augmentation de 15 % du nombre de contrats"
  { key: 'employmentSituations', percent: 15, text: 'Une augmentation de 15 % du nombre de contrats' },
  // "Le nombre de Contrats à Durée Indéterminée a progressé de 10 %"
  { key: 'permanentContracts', percent: 10, text: 'Le nombre de Contrats à Durée Indéterminée a progressé de 10 %' },
  // "Une augmentation de 16 % des contrats en Intérim"
  { key: 'temporaryWork', percent: 16, text: 'Une augmentation de 16 % des contrats en Intérim' },
];

/** "+ 7,61%": the new arrivals' change in hundredths of a percent. */
export const NEW_ARRIVALS_CHANGE_HUNDREDTHS = 761;
