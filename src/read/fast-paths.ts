/**
 * Switches for the fast paths of reading and validating: the line splitter of csv-rows.ts
 * (csv-parse otherwise) and the compiled row check of compiled-row.ts (zod alone otherwise).
 * Both give the same rows, records and issues as the reference path; the equivalence tests
 * turn them off to compare, and ALPES_REFERENCE_PATHS=1 does it for a whole CLI run.
 */
export const fastPaths = {
  lines: process.env.ALPES_REFERENCE_PATHS !== '1',
  rows: process.env.ALPES_REFERENCE_PATHS !== '1',
};
