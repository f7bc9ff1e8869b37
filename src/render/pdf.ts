import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

/**
 * HTML -> PDF with a headless Chromium (puppeteer-core). The page is loaded with JavaScript
 * off, every request but `data:` aborted, a proxy that goes nowhere and the template's CSP,
 * so rendering never touches the network. The table of contents gets its page numbers in
 * two passes (Chromium cannot do `target-counter()`): render, read where each section
 * starts from the PDF's named destinations, render again with the numbers.
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

export interface PdfRenderer {
  render(html: string, options: PdfOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Launches one browser for the whole build. */
export async function openPdfRenderer(executablePath: string): Promise<PdfRenderer> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'alpes-report-chromium-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      timeout: 60_000,
      args: [...LAUNCH_ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new PdfRenderError(`le navigateur n’a pas démarré (${executablePath}) : ${firstLine(error)}`, 'launch');
  }
  // Ctrl-C or a CI timeout during the render must not leave a Chromium behind.
  const onSignal = (signal: NodeJS.Signals) => {
    browser.process()?.kill('SIGKILL');
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    render: (html, options) => renderTwoPasses(browser, html, options),
    async close() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}

/**
 * One page for both passes of a render: JavaScript off, every request but `data:` aborted
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

async function printOnce(page: Page, blocked: readonly string[], html: string, options: PdfOptions): Promise<Uint8Array> {
  try {
    await page.setContent(html, { waitUntil: 'load' });
    if (blocked.length > 0) {
      throw new PdfRenderError(
        `le rapport référence des ressources externes, refusées (le rendu ne va jamais sur le réseau) : ${[...new Set(blocked)].join(', ')}`,
        'network',
      );
    }
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(options.footerTitle),
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      outline: true,
      tagged: true,
    });
  } catch (error) {
    if (error instanceof PdfRenderError) throw error;
    throw new PdfRenderError(`l’impression PDF a échoué : ${firstLine(error)}`, 'render');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function footer(title: string): string {
  return (
    '<div style="width:100%;font-family:\'Liberation Sans\',Arial,sans-serif;font-size:8px;color:#444;' +
    'padding:0 16mm;display:flex;justify-content:space-between;">' +
    `<span>${escapeHtml(title)}</span><span>page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}

/** Page number (1-based) of every named destination of the PDF (one per linked element id). */
export async function namedDestinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  return destinationsOf(await PDFDocument.load(pdf, { updateMetadata: false }));
}

function destinationsOf(document: PDFDocument): Map<string, number> {
  const pageNumbers = new Map<string, number>();
  document.getPages().forEach((page, index) => pageNumbers.set(page.ref.toString(), index + 1));
  const result = new Map<string, number>();
  const context = document.context;
  const resolve = (object: PDFObject | undefined): PDFObject | undefined => (object instanceof PDFRef ? context.lookup(object) : object);
  const record = (name: string, value: PDFObject | undefined) => {
    let destination = resolve(value);
    if (destination instanceof PDFDict) destination = resolve(destination.get(PDFName.of('D')));
    if (destination instanceof PDFArray) {
      const target = destination.get(0);
      const page = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
      if (page !== undefined) result.set(name, page);
    }
  };
  const nameText = (object: PDFObject | undefined) =>
    object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : object instanceof PDFName ? object.decodeText() : undefined;
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
  const catalog = document.catalog;
  const oldStyle = resolve(catalog.get(PDFName.of('Dests')));
  if (oldStyle instanceof PDFDict) for (const [key, value] of oldStyle.entries()) record(key.decodeText(), value);
  const namesDict = resolve(catalog.get(PDFName.of('Names')));
  if (namesDict instanceof PDFDict) walk(namesDict.get(PDFName.of('Dests')));
  return result;
}

/** CSS that prints each TOC entry's page number (`<span class="toc-page" data-target="id">`). */
function tocPageStyle(pages: ReadonlyMap<string, number>): string {
  const rules = [...pages]
    .filter(([id]) => /^[A-Za-z][\w-]*$/.test(id))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, page]) => `.toc-page[data-target="${id}"]::after{content:"${page}"}`);
  return `<style id="toc-pages">${rules.join('')}</style>`;
}

function withTocPages(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace('</head>', `${tocPageStyle(pages)}</head>`);
}

async function renderTwoPasses(browser: Browser, html: string, options: PdfOptions): Promise<Uint8Array> {
  const { page, blocked } = await openOfflinePage(browser);
  try {
    const placeholders = new Map([...html.matchAll(/data-target="([\w-]+)"/g)].map((match) => [match[1]!, 88]));
    const draft = await printOnce(page, blocked, withTocPages(html, placeholders), options);
    const pages = await namedDestinationPages(draft);
    const final = await printOnce(page, blocked, withTocPages(html, pages), options);
    // One parse of the final PDF for both checks.
    const document = await PDFDocument.load(final, { updateMetadata: false });
    const check = destinationsOf(document);
    for (const [id, number] of pages) {
      if (check.get(id) !== number) throw new PdfRenderError(`la table des matières ne se stabilise pas (${id})`, 'render');
    }
    assertFontsEmbedded(document);
    return normaliseDates(final, options.fixedDate);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** With no usable font, Chromium prints every glyph as nothing, silently: refuse that PDF. */
function assertFontsEmbedded(document: PDFDocument): void {
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
