/** Documented in the README ("Codes de sortie"); tests assert them. */
export const EXIT = {
  ok: 0,
  /** A bug in alpes-report: the message asks to report it. */
  internal: 1,
  /** Wrong command line (unknown option, missing --year…). */
  usage: 2,
  /** The input data has errors: nothing was written. */
  invalidData: 3,
  /** The output folder could not be written. */
  outputFailed: 4,
  /** HTML and metrics were written, the PDF could not be (no browser, render failure). */
  pdfFailed: 5,
  /** `diff` found differences (0 when there are none), so CI can gate on it. */
  differencesFound: 6,
  /** An input could not be read (a folder instead of a file, no read permission, locked). */
  inputUnreadable: 7,
  /** Interrupted: 128 + the signal's number, as shells report it (SIGHUP, SIGINT, SIGTERM). */
  sighup: 129,
  sigint: 130,
  sigterm: 143,
} as const;

