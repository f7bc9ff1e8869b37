/**
 * Switch for the fast path of reading: the line splitter of csv-rows.ts (csv-parse
 * otherwise). It gives the same rows and issues as the reference path; the equivalence tests
 * turn it off to compare, and ALPES_REFERENCE_PATHS=1 does it for a whole CLI run.
 */
export const fastPaths = {
  lines: process.env.ALPES_REFERENCE_PATHS !== '1',
};
