import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFTrailer,
  PDFTrailerDict,
  type PDFObject,
} from 'pdf-lib';

/**
 * HTML -> PDF with a headless Chromium (puppeteer-core). The page is loaded with JavaScript
 * off, every request but `data:` aborted, a proxy that goes nowhere and the template's CSP,
 * so rendering never touches the network.
 *
 * The table of contents gets real page numbers although Chromium cannot do
 * `target-counter()`. The whole report is printed once, with placeholder numbers in
 * fixed-width cells: that print is the final document. The page where each section starts is
 * read from its named destinations; then only the cover and the table of contents are printed
 * again, with the numbers, and their content replaces the placeholders' pages in an
 * incremental update of the file. Printing the whole report twice was most of the cost.
 */
export class PdfRenderError extends Error {
  constructor(
    message: string,
    readonly kind: 'launch' | 'network' | 'fonts' | 'render',
  ) {
    super(message);
  }
}

export interface PdfOptions {
  /** Footer text before "page x / y". */
  footerTitle: string;
  /** Written into /CreationDate and /ModDate so that two builds give the same bytes. */
  fixedDate: Date;
}

/** Milliseconds spent in each step, summed over a renderer's life (`npm run bench` reads them). */
export interface PdfTimings {
  launch: number;
  setContent: number;
  print: number;
  /** Reading the printed PDFs and writing the table of contents into the first one. */
  pdfLib: number;
  /** New page, page settings, page close. */
  other: number;
  close: number;
}

export const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Headless Chrome still preloads the address bar's popup, a WebUI page in a renderer of its
  // own: about 0.9 s of CPU at every launch here, competing with the print for 2 cores.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  // Any request that escapes interception goes to a closed local port.
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** The footer's page margin boxes appeared in Chromium 131; an older browser would print no page numbers. */
export const MIN_BROWSER_VERSION = 131;

/** Major version of a `browser.version()` string ("HeadlessChrome/156.0.8078.79"), undefined when unreadable. */
export function browserMajorVersion(version: string): number | undefined {
  const major = /\/(\d+)\./.exec(version)?.[1];
  return major === undefined ? undefined : Number(major);
}

export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

type Lap = (step: keyof PdfTimings) => void;

function stopwatch(timings: PdfTimings | undefined): Lap {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    if (timings) timings[step] += now - last;
    last = now;
  };
}

/**
 * Launches one browser for the whole build. When `signal` aborts (the CLI caught SIGINT,
 * SIGTERM or SIGHUP), the browser is killed and its profile removed, even mid-launch.
 * puppeteer's own signal handlers are off: they would exit or carry on without the browser.
 */
export async function openPdfRenderer(executablePath: string, timings?: PdfTimings, signal?: AbortSignal): Promise<PdfRenderer> {
  signal?.throwIfAborted();
  const lap = stopwatch(timings);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'alpes-report-chromium-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser: Browser | undefined;
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  const onAbort = () => {
    const pid = browser?.process()?.pid;
    if (pid !== undefined) killGroup(pid);
    // After every abort listener, puppeteer's too (it kills a browser still launching).
    setImmediate(removeProfile);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const forget = () => signal?.removeEventListener('abort', onAbort);
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      timeout: 60_000,
      args: [...LAUNCH_ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    forget();
    removeProfile();
    throw new PdfRenderError(`le navigateur n’a pas démarré (${executablePath}) : ${firstLine(error)}`, 'launch');
  }
  const major = browserMajorVersion(await browser.version());
  if (major !== undefined && major < MIN_BROWSER_VERSION) {
    forget();
    await browser.close().catch(() => undefined);
    removeProfile();
    throw new PdfRenderError(
      `le navigateur ${executablePath} est trop ancien (version ${major}) : il faut Chrome, Chromium ou Edge ${MIN_BROWSER_VERSION} ou plus récent pour numéroter les pages`,
      'launch',
    );
  }
  lap('launch');
  const launched = browser;
  return {
    render: (html, options) => renderReport(launched, html, options, stopwatch(timings)),
    async close() {
      const closing = stopwatch(timings);
      forget();
      await launched.close().catch(() => undefined);
      removeProfile();
      closing('close');
    },
  };
}

/** Chromium and its helpers (puppeteer starts it as the leader of its own process group). */
function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

/**
 * One page for both prints of a render: JavaScript off, every request but `data:` aborted
 * and remembered, so that a remote resource fails the build with its address.
 */
async function openOfflinePage(browser: Browser): Promise<{ page: Page; blocked: string[] }> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  page.setDefaultTimeout(60_000);
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return { page, blocked };
}

async function printOnce(page: Page, blocked: readonly string[], html: string, lap: Lap): Promise<Uint8Array> {
  try {
    await page.setContent(html, { waitUntil: 'load' });
    lap('setContent');
    if (blocked.length > 0) {
      throw new PdfRenderError(
        `le rapport référence des ressources externes, refusées (le rendu ne va jamais sur le réseau) : ${[...new Set(blocked)].join(', ')}`,
        'network',
      );
    }
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      outline: true,
      tagged: true,
    });
    lap('print');
    return pdf;
  } catch (error) {
    if (error instanceof PdfRenderError) throw error;
    throw new PdfRenderError(`l’impression PDF a échoué : ${firstLine(error)}`, 'render');
  }
}

/** A CSS string literal, safe inside a <style> element: quotes, backslashes, line breaks and < escaped. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r<]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The footer, "title … page x / y", in the page's bottom margin boxes (Chromium 131+), where
 * it is laid out with the document. Puppeteer's footer template cost a document of its own
 * per page (parse, script, layout, paint): about 0.15 s of CPU for the 37 pages here.
 * `totalPages` set: the count written out, for a print that has only the first pages.
 */
function footerStyle(title: string, totalPages?: number): string {
  const box = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#444;vertical-align:bottom;padding-bottom:15pt";
  const total = totalPages === undefined ? 'counter(pages)' : `"${totalPages}"`;
  return `@page{@bottom-left{content:${cssString(title)};${box}}@bottom-right{content:"page " counter(page) " / " ${total};${box}}}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
function htmlText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
      hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(Number(decimal)) : (ENTITIES[name!.toLowerCase()] ?? entity),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The running header: the name of the section a page belongs to, in its top-left margin box.
 * Each section (`<section class="report-section">` and its `<h2>`) gets a CSS named page of its
 * own whose margin box prints that name; a section already starts a page, so naming its pages
 * adds no break. Parts the year has no data for hold one notice each and share a page
 * (report.css): consecutive ones share one named page, whose header names them all (pages of
 * different names would break between them). The cover and the table of contents, in no
 * section, have no header.
 */
function runningHeaderStyle(html: string): string {
  const box = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#444;vertical-align:bottom;padding-bottom:8pt";
  const sections = [...html.matchAll(/<section\b[^>]*\bid="([A-Za-z][\w-]*)"[^>]*\bclass="report-section\b[^"]*"[^>]*>\s*<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => ({
    id: match[1]!,
    title: htmlText(match[2]!),
    withoutData: /^\s*<p class="note absent">(?:(?!<\/p>)[\s\S])*<\/p>\s*<\/section>/.test(html.slice(match.index + match[0].length)),
  }));
  const rules: string[] = [];
  for (let first = 0, index = 1; first < sections.length; index++) {
    let end = first + 1;
    if (sections[first]!.withoutData) while (end < sections.length && sections[end]!.withoutData) end++;
    const group = sections.slice(first, end);
    for (const section of group) rules.push(`#${section.id}{page:section-${index}}`);
    rules.push(`@page section-${index}{@top-left{content:${cssString(group.map((section) => section.title).join(' · '))};${box}}}`);
    first = end;
  }
  return rules.join('');
}

/** Page number (1-based) of every named destination of the PDF (one per linked element id). */
export async function namedDestinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  return destinationsOf(documentObjects(await PDFDocument.load(pdf, { updateMetadata: false })));
}

/** What the table-of-contents work reads in a PDF. */
export interface PdfObjects {
  context: PDFContext;
  catalog: PDFDict;
  /** In page order. */
  pageRefs: PDFRef[];
  /** The object itself for a reference, anything else unchanged. */
  resolve(object: PDFObject | undefined): PDFObject | undefined;
}

function documentObjects(document: PDFDocument): PdfObjects {
  return {
    context: document.context,
    catalog: document.catalog,
    pageRefs: document.getPages().map((page) => page.ref),
    resolve: (object) => (object instanceof PDFRef ? document.context.lookup(object) : object),
  };
}

/**
 * A printed PDF read on demand through its cross-reference table: the table of contents needs
 * a few dozen of the report's ~3 400 objects (most are its structure tree), and parsing them
 * all took ~60 ms. A file without a classic table is parsed whole.
 */
export async function readPrintedPdf(bytes: Uint8Array): Promise<PdfObjects> {
  const table = crossReferenceTable(bytes);
  if (!table) return documentObjects(await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }));
  const { context, offsets } = table;
  const load = (ref: PDFRef): PDFObject | undefined => {
    const offset = offsets.get(ref.objectNumber);
    if (offset === undefined) return undefined;
    const header = /^(\d+)\s+(\d+)\s+obj\b/.exec(Buffer.from(bytes.subarray(offset, offset + 32)).toString('latin1'));
    if (!header || Number(header[1]) !== ref.objectNumber) throw new PdfRenderError(`PDF imprimé illisible (objet ${ref.objectNumber})`, 'render');
    const object = PDFObjectParser.forBytes(bytes.subarray(offset + header[0].length), context).parseObject();
    context.assign(ref, object);
    return object;
  };
  const resolve = (object: PDFObject | undefined) => (object instanceof PDFRef ? (context.lookup(object) ?? load(object)) : object);
  const catalog = resolve(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new PdfRenderError('PDF imprimé illisible (pas de catalogue)', 'render');
  const pageRefs: PDFRef[] = [];
  const walk = (ref: PDFObject | undefined) => {
    const node = resolve(ref);
    if (!(node instanceof PDFDict)) return;
    const kids = resolve(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) kids.asArray().forEach(walk);
    else if (ref instanceof PDFRef) pageRefs.push(ref);
  };
  walk(catalog.get(PDFName.of('Pages')));
  return { context, catalog, pageRefs, resolve };
}

/**
 * Offsets of the objects from the file's cross-reference tables (newest first), and a context
 * holding the trailer's entries; undefined for a file without classic tables.
 */
function crossReferenceTable(bytes: Uint8Array): { context: PDFContext; offsets: Map<number, number> } | undefined {
  const text = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  const last = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text(Math.max(0, bytes.length - 64), bytes.length));
  if (!last) return undefined;
  const context = PDFContext.create();
  const offsets = new Map<number, number>();
  let size = 0;
  for (let at: number | undefined = Number(last[1]); at !== undefined; ) {
    const trailerAt = text(at, bytes.length).indexOf('trailer');
    if (!text(at, at + 4).startsWith('xref') || trailerAt < 0) return undefined;
    const lines = text(at + 4, at + trailerAt).trim().split(/\r?\n/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i++]!.trim().split(/\s+/).map(Number) as [number, number];
      for (let n = first; n < first + count; n++, i++) {
        const [offset, , kind] = (lines[i] ?? '').trim().split(/\s+/);
        if (kind === 'n' && !offsets.has(n)) offsets.set(n, Number(offset));
      }
    }
    const trailer = PDFObjectParser.forBytes(bytes.subarray(at + trailerAt + 'trailer'.length), context).parseObject();
    if (!(trailer instanceof PDFDict)) return undefined;
    if (context.trailerInfo.Root === undefined) {
      size = trailer.lookupMaybe(PDFName.of('Size'), PDFNumber)?.asNumber() ?? 0;
      context.trailerInfo = { Root: trailer.get(PDFName.of('Root')), Info: trailer.get(PDFName.of('Info')), ID: trailer.get(PDFName.of('ID')) };
    }
    at = trailer.lookupMaybe(PDFName.of('Prev'), PDFNumber)?.asNumber();
  }
  // New objects (the copied table of contents) get the numbers after the file's.
  context.largestObjectNumber = Math.max(size - 1, ...offsets.keys());
  return { context, offsets };
}

const nameText = (object: PDFObject | undefined): string | undefined =>
  object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : object instanceof PDFName ? object.decodeText() : undefined;

function destinationsOf(pdf: PdfObjects): Map<string, number> {
  const pageNumbers = new Map<string, number>();
  pdf.pageRefs.forEach((ref, index) => pageNumbers.set(ref.toString(), index + 1));
  const result = new Map<string, number>();
  const { resolve } = pdf;
  const record = (name: string, value: PDFObject | undefined) => {
    let destination = resolve(value);
    if (destination instanceof PDFDict) destination = resolve(destination.get(PDFName.of('D')));
    if (destination instanceof PDFArray) {
      const target = destination.get(0);
      const page = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
      if (page !== undefined) result.set(name, page);
    }
  };
  const walk = (node: PDFObject | undefined) => {
    const dict = resolve(node);
    if (!(dict instanceof PDFDict)) return;
    const names = resolve(dict.get(PDFName.of('Names')));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const name = nameText(names.get(i));
        if (name !== undefined) record(name, names.get(i + 1));
      }
    }
    const kids = resolve(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i));
  };
  const oldStyle = resolve(pdf.catalog.get(PDFName.of('Dests')));
  if (oldStyle instanceof PDFDict) for (const [key, value] of oldStyle.entries()) record(key.decodeText(), value);
  const namesDict = resolve(pdf.catalog.get(PDFName.of('Names')));
  if (namesDict instanceof PDFDict) walk(namesDict.get(PDFName.of('Dests')));
  return result;
}

/** Ids the table of contents gives a page number for (`<span class="toc-page" data-target="id">`). */
function tocTargets(html: string): string[] {
  return [...new Set([...html.matchAll(/data-target="([A-Za-z][\w-]*)"/g)].map((match) => match[1]!))];
}

/** A placeholder as wide as the cell: any real number up to 999 takes the same room. */
const PLACEHOLDER = '000';

/**
 * What the PDF adds to the template's CSS. Each TOC number sits in a cell of fixed width, so
 * that the placeholders of the first print and the real numbers lay out the same. On screen
 * the body is not displayed: printing lays the document out for paper anyway, and the screen
 * layouts Chromium also does (on loading, before and after printing) doubled the CPU of a
 * print here (0.68 s instead of 0.33 s).
 */
function withPdfStyle(html: string, footer: string, numbers: ReadonlyMap<string, string>): string {
  const rules = [...numbers]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, text]) => `.toc-page[data-target="${id}"]::after{content:"${text}"}`);
  const style =
    `<style id="pdf-only">@media screen{body{display:none}}${footer}${runningHeaderStyle(html)}` +
    `.toc-page{display:inline-block;flex:none;min-width:${PLACEHOLDER.length}ch;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}` +
    `${rules.join('')}</style>`;
  return html.replace('</head>', `${style}</head>`);
}

/**
 * The cover and the table of contents alone (the document up to the `<nav>` holding the
 * numbers), with the real numbers, then on a new page an empty element per target: their
 * destinations show on which page the table of contents ends.
 */
function tocDocument(html: string, footer: string, pages: ReadonlyMap<string, number>): string {
  const start = html.lastIndexOf('<nav', html.indexOf('data-target="'));
  const end = html.indexOf('</nav>', html.lastIndexOf('data-target="'));
  if (start < 0 || end < 0) throw new PdfRenderError('les numéros de page de la table des matières doivent être dans un élément <nav>', 'render');
  const head = html.slice(0, end + '</nav>'.length);
  const anchors = `<div style="break-before:page">${[...pages.keys()].map((id) => `<div id="${id}"></div>`).join('')}</div>`;
  return `${withPdfStyle(head, footer, new Map([...pages].map(([id, page]) => [id, String(page)])))}${anchors}</body></html>`;
}

async function renderReport(browser: Browser, html: string, options: PdfOptions, lap: Lap): Promise<Uint8Array> {
  const { page, blocked } = await openOfflinePage(browser);
  lap('other');
  try {
    const targets = tocTargets(html);
    const placeholders = new Map(targets.map((id) => [id, PLACEHOLDER]));
    const draft = await printOnce(page, blocked, withPdfStyle(html, footerStyle(options.footerTitle), placeholders), lap);
    await assertFontsEmbedded(draft);
    let pdf = draft;
    if (targets.length > 0) {
      const document = await readPrintedPdf(draft);
      const starts = destinationsOf(document);
      const missing = targets.filter((id) => !starts.has(id));
      if (missing.length > 0) throw new PdfRenderError(`la table des matières renvoie à des sections absentes (${missing.join(', ')})`, 'render');
      const pages = new Map(targets.map((id) => [id, starts.get(id)!]));
      lap('pdfLib');
      const tocPdf = await printOnce(page, blocked, tocDocument(html, footerStyle(options.footerTitle, document.pageRefs.length), pages), lap);
      const toc = documentObjects(await PDFDocument.load(tocPdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest }));
      pdf = replaceTocPages(draft, document, toc, pages);
    }
    const result = normaliseDates(pdf, options.fixedDate);
    lap('pdfLib');
    return result;
  } finally {
    await page.close().catch(() => undefined);
    lap('other');
  }
}

function pageDict(pdf: PdfObjects, pageIndex: number): PDFDict {
  const page = pdf.resolve(pdf.pageRefs[pageIndex]);
  if (!(page instanceof PDFDict)) throw new PdfRenderError(`PDF imprimé illisible (page ${pageIndex + 1})`, 'render');
  return page;
}

/** The table-of-contents links of a page: "target@x1,y1,x2,y2" each. */
function tocLinks(pdf: PdfObjects, pageIndex: number, targets: ReadonlySet<string>): string[] {
  const { resolve } = pdf;
  const annots = resolve(pageDict(pdf, pageIndex).get(PDFName.of('Annots')));
  const links: string[] = [];
  if (!(annots instanceof PDFArray)) return links;
  for (let i = 0; i < annots.size(); i++) {
    const annot = resolve(annots.get(i));
    if (!(annot instanceof PDFDict)) continue;
    const action = resolve(annot.get(PDFName.of('A')));
    const target = nameText(resolve(annot.get(PDFName.of('Dest')))) ?? (action instanceof PDFDict ? nameText(resolve(action.get(PDFName.of('D')))) : undefined);
    const rect = resolve(annot.get(PDFName.of('Rect')));
    if (target === undefined || !targets.has(target) || !(rect instanceof PDFArray)) continue;
    const corners = rect.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber().toFixed(2) : '?'));
    links.push(`${target}@${corners.join(',')}`);
  }
  return links;
}

/** The marked-content tags and ids of a page, in order: what its structure tree points into. */
function markedContent(pdf: PdfObjects, pageIndex: number): string {
  const { resolve } = pdf;
  const contents = resolve(pageDict(pdf, pageIndex).get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map(resolve) : [contents];
  let text = '';
  for (const stream of streams) {
    if (stream instanceof PDFRawStream) text += Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  }
  return [...text.matchAll(/\/([\w-]+)\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC/g)].map((match) => `${match[1]}:${match[2]}`).join(' ');
}

/**
 * Gives the table-of-contents pages of `draft` the content of the same pages of `toc` (the
 * numbers), as an incremental update appended to `draftBytes`: every other byte of the first
 * print stays as it was. Refuses when anything shows that the two prints differ beyond the
 * numbers: the table of contents must end on the same page, its links sit at the same place,
 * and the marked content the structure tree refers to be the same.
 */
function replaceTocPages(draftBytes: Uint8Array, draft: PdfObjects, toc: PdfObjects, pages: ReadonlyMap<string, number>): Uint8Array {
  const unstable = (why: string) => new PdfRenderError(`la table des matières ne se stabilise pas (${why})`, 'render');
  const targets = new Set(pages.keys());
  const firstSection = Math.min(...pages.values());
  const tocPages = draft.pageRefs.map((_, index) => index).filter((index) => tocLinks(draft, index, targets).length > 0);
  if (tocPages.length === 0) throw unstable('aucun lien vers les sections');
  const shared = tocPages.find((index) => index + 1 >= firstSection);
  if (shared !== undefined) {
    throw new PdfRenderError(
      `la table des matières doit finir sur sa propre page (saut de page après le <nav>) : la page ${shared + 1} porte aussi une section`,
      'render',
    );
  }
  const tocEnd = destinationsOf(toc);
  if ([...targets].some((id) => tocEnd.get(id) !== firstSection)) throw unstable(`elle ne finit plus avant la page ${firstSection}`);
  const firstNewObject = draft.context.largestObjectNumber + 1;
  const copier = PDFObjectCopier.for(toc.context, draft.context);
  const changed: PDFRef[] = [];
  for (const index of tocPages) {
    if (tocLinks(toc, index, targets).join(' ') !== tocLinks(draft, index, targets).join(' ')) throw unstable(`liens déplacés page ${index + 1}`);
    if (markedContent(toc, index) !== markedContent(draft, index)) throw unstable(`contenu balisé différent page ${index + 1}`);
    const source = pageDict(toc, index);
    const target = pageDict(draft, index);
    target.set(PDFName.of('Contents'), copier.copy(source.get(PDFName.of('Contents'))!));
    target.set(PDFName.of('Resources'), copier.copy(source.get(PDFName.of('Resources'))!));
    changed.push(draft.pageRefs[index]!);
  }
  const added: PDFRef[] = [];
  for (let number = firstNewObject; number <= draft.context.largestObjectNumber; number++) added.push(PDFRef.of(number));
  retagFontSubsets(draftBytes, draft.context, added);
  return appendUpdate(draftBytes, draft.context, [...changed, ...added]);
}

const SUBSET_NAME = /^([A-Z]{6})\+(.+)$/;

/**
 * The copied fonts are other subsets under the tags Chromium also gave the first print's
 * ("AAAAAA+LiberationSans"); ISO 32000 §9.6.4 wants one tag per subset in a file. Gives them
 * the next free tags, in object order, so the result stays the same from one build to the next.
 */
function retagFontSubsets(draftBytes: Uint8Array, context: PDFContext, added: readonly PDFRef[]): void {
  const fontNameKeys = [PDFName.of('BaseFont'), PDFName.of('FontName')];
  const nameOf = (object: PDFObject | undefined) => (object instanceof PDFDict ? fontNameKeys.map((key) => object.get(key)).find((value) => value instanceof PDFName) : undefined);
  const used = new Set([...Buffer.from(draftBytes).toString('latin1').matchAll(/\/(?:BaseFont|FontName)\s*\/([A-Z]{6})\+/g)].map((match) => match[1]!));
  const renamed = new Map<string, string>();
  let next = 0;
  const freeTag = () => {
    for (;; next++) {
      // Chromium's own order: AAAAAA, BAAAAA, CAAAAA…
      const tag = Array.from({ length: 6 }, (_, k) => String.fromCharCode(65 + (Math.floor(next / 26 ** k) % 26))).join('');
      if (!used.has(tag)) {
        used.add(tag);
        return tag;
      }
    }
  };
  for (const ref of added) {
    const object = context.lookup(ref);
    const match = SUBSET_NAME.exec(nameOf(object)?.decodeText() ?? '');
    if (!(object instanceof PDFDict) || !match) continue;
    if (!renamed.has(match[1]!)) renamed.set(match[1]!, freeTag());
    for (const key of fontNameKeys) if (object.get(key) instanceof PDFName) object.set(key, PDFName.of(`${renamed.get(match[1]!)}+${match[2]}`));
  }
}

function bytesOf(object: { sizeInBytes(): number; copyBytesInto(buffer: Uint8Array, offset: number): number }): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

/**
 * A PDF incremental update (ISO 32000 §7.5.6): the objects, a cross-reference section for them
 * and a trailer pointing back to the previous one. Objects in number order and no date or id
 * of our own, so the same prints give the same bytes.
 */
function appendUpdate(original: Uint8Array, context: PDFContext, refs: readonly PDFRef[]): Uint8Array {
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(original.subarray(-64)).toString('latin1'));
  if (!previous) throw new PdfRenderError('PDF imprimé illisible (pas de startxref)', 'render');
  const chunks: Uint8Array[] = [original, Buffer.from('\n')];
  let offset = original.length + 1;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  const xref = PDFCrossRefSection.createEmpty();
  for (const ref of [...refs].sort((a, b) => a.objectNumber - b.objectNumber)) {
    xref.addEntry(ref, offset);
    push(Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`, 'latin1'));
    push(bytesOf(context.lookup(ref)!));
    push(Buffer.from('\nendobj\n', 'latin1'));
  }
  const xrefOffset = offset;
  push(bytesOf(xref));
  const { Root, Info, ID } = context.trailerInfo;
  const trailer = context.obj({ Size: context.largestObjectNumber + 1, Prev: Number(previous[1]) });
  if (Root) trailer.set(PDFName.of('Root'), Root);
  if (Info) trailer.set(PDFName.of('Info'), Info);
  if (ID) trailer.set(PDFName.of('ID'), ID);
  push(bytesOf(PDFTrailerDict.of(trailer)));
  push(Buffer.from('\n', 'latin1'));
  push(bytesOf(PDFTrailer.forLastCrossRefSectionOffset(xrefOffset)));
  push(Buffer.from('\n', 'latin1'));
  return Buffer.concat(chunks);
}

/** With no usable font, Chromium prints every glyph as nothing, silently: refuse that PDF. */
async function assertFontsEmbedded(pdf: Uint8Array): Promise<void> {
  // Chromium writes its font dictionaries in clear; only a file without one is parsed whole,
  // in case its fonts hide in compressed object streams.
  if (/\/Type\s*\/Font\b/.test(Buffer.from(pdf).toString('latin1'))) return;
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const hasFont = document.context
    .enumerateIndirectObjects()
    .some(([, object]) => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'));
  if (!hasFont) {
    throw new PdfRenderError('aucune police n’a pu être intégrée au PDF (installez par ex. le paquet fonts-liberation)', 'fonts');
  }
}

/** PDF date string of the same length as Chromium's, so byte offsets and the xref stay valid. */
export function pdfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}+00'00'`;
}

export function normaliseDates(pdf: Uint8Array, date: Date): Uint8Array {
  const fixed = pdfDate(date);
  const text = Buffer.from(pdf).toString('latin1');
  const replaced = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}(?:[+-]\d{2}'\d{2}'|Z)\)/g, (match, key: string) => {
    const candidate = `/${key} (${fixed})`;
    // Keep the length: the cross-reference table holds byte offsets.
    return candidate.length === match.length ? candidate : match;
  });
  return Buffer.from(replaced, 'latin1');
}
