/** Which report: the Mission Locale's alone (seed 001) or the whole ALPES report (seed 000). */
export const REPORTS = ['ml', 'alpes'] as const;
export type ReportKind = (typeof REPORTS)[number];

/** The files a build can write; `fiches`: one HTML and one PDF per commune, in `fiches/`. */
export const FORMATS = ['html', 'json', 'pdf', 'xlsx', 'fiches'] as const;
export type Format = (typeof FORMATS)[number];

/** What `metrics.json` says it describes. */
export const REPORT_IDS: Record<ReportKind, 'mission-locale' | 'alpes'> = { ml: 'mission-locale', alpes: 'alpes' };

/**
 * The files of one report. The Mission Locale's keep the names they always had; the ALPES
 * report's differ, so both reports of one year can sit in one folder.
 */
export function outputNames(report: ReportKind, year: number): Record<Exclude<Format, 'fiches'>, string> {
  return report === 'ml'
    ? { html: `rapport-activite-${year}.html`, pdf: `rapport-activite-${year}.pdf`, json: 'metrics.json', xlsx: `tableaux-${year}.xlsx` }
    : { html: `rapport-alpes-${year}.html`, pdf: `rapport-alpes-${year}.pdf`, json: 'metrics-alpes.json', xlsx: `tableaux-alpes-${year}.xlsx` };
}
