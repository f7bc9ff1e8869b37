/** Which report: the Mission Locale's alone (seed 001) or the whole ALPES report (seed 000). */
export const REPORTS = ['ml', 'alpes'] as const;
export type ReportKind = (typeof REPORTS)[number];

/** The files a build can write. */
export const FORMATS = ['html', 'json', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
