/**
 * Switches for the fast paths of reading and validating: the line splitter of csv-rows.ts
 * (csv-parse otherwise), the compiled row check of compiled-row.ts (zod alone otherwise),
 * the activity files' and registers' lines read in place (load/activity-lines.ts,
 * load/register-lines.ts: no cell string cut out of the line; split and checked otherwise)
 * and the worker thread of activity-workers.ts (one thread otherwise).
 * All give the same rows, records and issues as the reference path; the equivalence tests
 * turn them off to compare, and ALPES_REFERENCE_PATHS=1 does it for a whole CLI run.
 */
export const fastPaths: { lines: boolean; rows: boolean; spans: boolean; workers: 'auto' | 'always' | 'never' } = {
  lines: process.env.ALPES_REFERENCE_PATHS !== '1',
  rows: process.env.ALPES_REFERENCE_PATHS !== '1',
  spans: process.env.ALPES_REFERENCE_PATHS !== '1',
  /** Propositions in a worker thread beside événements: when large (auto), always (tests) or never. */
  workers: workersSetting(process.env.ALPES_WORKERS) ?? (process.env.ALPES_REFERENCE_PATHS === '1' ? 'never' : 'auto'),
};

/** ALPES_WORKERS=never|auto|always (measurements). */
function workersSetting(value: string | undefined): 'auto' | 'always' | 'never' | undefined {
  return value === 'never' || value === 'auto' || value === 'always' ? value : undefined;
}
