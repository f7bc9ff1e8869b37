/**
 * The PDFs of a build (the report's, the commune sheets'), or why there are none: no browser
 * found (with the places tried), or the browser failed. Loaded only for a PDF: puppeteer is
 * heavy, and a JSON-only build in CI should not pay for it.
 */
export type PdfOutcome =
  | { status: 'rendered'; pdfs: Uint8Array[] }
  | { status: 'no-browser'; tried: string[] }
  | { status: 'failed'; reason: string };

export interface PdfRequest {
  /** --browser, else the automatic lookup. */
  browser: string | undefined;
  /** The PDF's dates: fixed, so that two builds of the same data give the same bytes. */
  fixedDate: Date;
  /** Aborted on SIGINT/SIGTERM/SIGHUP: the browser is killed and the abort's reason thrown. */
  signal?: AbortSignal;
}

/** One document to print: its HTML and the title of its footer. */
export interface PdfDocument {
  html: string;
  footerTitle: string;
}

/** Several documents (the report, the commune sheets) printed in turn by one browser; PDFs in their order. */
export async function renderPdfOutputs(documents: readonly PdfDocument[], request: PdfRequest): Promise<PdfOutcome> {
  const { findBrowser } = await import('./browser.js');
  const { openPdfRenderer, PdfRenderError } = await import('./pdf.js');
  const lookup = await findBrowser(request.browser);
  if (!lookup.executablePath) return { status: 'no-browser', tried: lookup.tried };
  let renderer: Awaited<ReturnType<typeof openPdfRenderer>> | undefined;
  try {
    renderer = await openPdfRenderer(lookup.executablePath, undefined, request.signal);
    const pdfs: Uint8Array[] = [];
    for (const document of documents) pdfs.push(await renderer.render(document.html, { footerTitle: document.footerTitle, fixedDate: request.fixedDate }));
    return { status: 'rendered', pdfs };
  } catch (error) {
    // Interrupted: the browser was killed on purpose; the caller stops.
    request.signal?.throwIfAborted();
    if (!(error instanceof PdfRenderError)) throw error;
    return { status: 'failed', reason: error.message };
  } finally {
    await renderer?.close();
  }
}
