import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.js';
import {
  browserMajorVersion,
  MIN_BROWSER_VERSION,
  namedDestinationPages,
  normaliseDates,
  openPdfRenderer,
  pdfDate,
  PdfRenderError,
  readPrintedPdf,
  type PdfRenderer,
} from '../../src/render/pdf.js';
import { normalizeSpaces, temporaryDir } from '../helpers/report.js';

/** Chromium must be installed (CI installs Debian's chromium); these tests drive it for real. */
let renderer: PdfRenderer;
let canary: Server;
let canaryHits = 0;
let canaryUrl = '';

beforeAll(async () => {
  const browser = await findBrowser(undefined);
  expect(browser.executablePath, `no browser found; tried ${browser.tried.join(', ')}`).toBeDefined();
  renderer = await openPdfRenderer(browser.executablePath!);
  canary = createServer((_request, response) => {
    canaryHits++;
    response.end('x');
  });
  canary.on('connection', () => canaryHits++);
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await renderer?.close();
  await new Promise((resolve) => canary?.close(resolve));
});

const options = { footerTitle: 'Rapport test', fixedDate: new Date(Date.UTC(2024, 11, 31)) };

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${head}<style>section{break-before:page}</style></head><body>${body}</body></html>`;
}

/** A table of contents with `count` entries, each section on its own page. */
function report(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `s${i + 1}`);
  return page(
    `<nav>${ids.map((id) => `<p><a href="#${id}">Section ${id} <span class="toc-page" data-target="${id}"></span></a></p>`).join('')}</nav>` +
      ids.map((id) => `<section id="${id}"><h2>Titre ${id}</h2></section>`).join(''),
  );
}

/** Text of one page (poppler's pdftotext, as in the golden test), spaces collapsed. */
function pageText(pdf: Uint8Array, pageNumber: number): string {
  const file = path.join(temporaryDir(), 'r.pdf');
  writeFileSync(file, pdf);
  return normalizeSpaces(execFileSync('pdftotext', ['-f', String(pageNumber), '-l', String(pageNumber), '-layout', file, '-'], { encoding: 'utf8' }));
}

/** Where the links of a page lead: the named destinations of its link annotations, in order, once each. */
async function linkTargets(pdf: Uint8Array, pageIndex: number): Promise<string[]> {
  const document = await PDFDocument.load(pdf);
  const annots = document.getPage(pageIndex).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  return [...new Set((annots?.asArray() ?? []).map((ref) => String((document.context.lookup(ref) as PDFDict).get(PDFName.of('Dest')))))];
}

describe('PDF rendering', () => {
  it('prints real page numbers in the table of contents', async () => {
    const html = page(
      '<nav><a href="#s1">Un <span class="toc-page" data-target="s1"></span></a> <a href="#s2">Deux <span class="toc-page" data-target="s2"></span></a></nav>' +
        '<section id="s1"><h2>Un</h2><div style="break-after:page"></div><p>suite</p></section><section id="s2"><h2>Deux</h2></section>',
    );
    const pdf = await renderer.render(html, options);
    const pages = await namedDestinationPages(pdf);
    expect(pages.get('s1')).toBe(2);
    expect(pages.get("s2")).toBe(4); // s1 runs over pages 2 and 3
    expect(pageText(pdf, 1)).toContain('Un 2 Deux 4');
    // The table of contents is reprinted alone: its footer must still count the whole document.
    expect(pageText(pdf, 1)).toContain('page 1 / 4');
    expect(await linkTargets(pdf, 0)).toEqual(['/s1', '/s2']);
    // The first print, then an update with the table of contents: both tables right.
    expect(checkCrossReferences(pdf).sections).toBe(2);
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/CreationDate (${pdfDate(options.fixedDate)})`);
  });

  it('numbers a table of contents that runs over several pages, and its links still lead to the sections', async () => {
    const pdf = await renderer.render(report(60), options);
    const starts = await namedDestinationPages(pdf);
    const tocPages = starts.get('s1')! - 1;
    expect(tocPages).toBeGreaterThan(1);
    expect(starts.get('s60')).toBe(tocPages + 60);
    let toc = '';
    let links: string[] = [];
    for (let page = 1; page <= tocPages; page++) {
      toc += ` ${pageText(pdf, page)}`;
      links = [...links, ...(await linkTargets(pdf, page - 1))];
    }
    for (const [id, start] of starts) expect(toc).toContain(`Section ${id} ${start}`);
    expect(links).toEqual(Array.from({ length: 60 }, (_, i) => `/s${i + 1}`));
    expect(pageText(pdf, tocPages + 60)).toContain('Titre s60');
    expect(execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${tocPages + 60}\\b`));
  });

  it('prints a document without table of contents once, footer included', async () => {
    const pdf = await renderer.render(page('<section id="a"><h2>Seule page</h2></section>'), options);
    expect(pageText(pdf, 1)).toContain('Seule page');
    expect(pageText(pdf, 1)).toContain('Rapport test page 1 / 1');
    expect(checkCrossReferences(pdf).sections).toBe(1);
  });

  it('refuses a table of contents that shares its last page with a section, rather than lose that section', async () => {
    const html = page('<nav><a href="#s1">Un <span class="toc-page" data-target="s1"></span></a></nav><div id="s1"><h2>Un</h2></div>');
    const error = await renderer.render(html, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect((error as PdfRenderError).message).toContain('doit finir sur sa propre page');
  });

  it('prints any footer title as text, whatever characters it holds', async () => {
    const footerTitle = 'Rapport « test » "2024" \\ </style><b>x';
    const pdf = await renderer.render(report(1), { ...options, footerTitle });
    expect(pageText(pdf, 2)).toContain(`${footerTitle} page 2 / 2`);
  });

  it('heads each page of a report section with its title, whatever characters it holds, and not the pages before', async () => {
    const long = '<p style="height:200mm">texte</p>'.repeat(2);
    const html = page(
      `<p>Couverture</p><section id="a" class="report-section"><h2><span>1.</span> L&#x27;emploi « A » &amp; "B" \\ </h2>${long}</section>` +
        `<section id="b" class="report-section"><h2>Annexes</h2></section>`,
    );
    const pdf = await renderer.render(html, options);
    expect(pageText(pdf, 1)).not.toContain('emploi');
    for (const pageNumber of [2, 3]) expect(pageText(pdf, pageNumber)).toMatch(/^1\. L’emploi « A » & "B" \\ /);
    expect(pageText(pdf, 4)).toMatch(/^Annexes Annexes/);
  });

  it('gives identical bytes for two renders of the same HTML', async () => {
    const html = report(3).replace('Titre s1', 'Même contenu é œ €');
    const first = await renderer.render(html, options);
    const second = await renderer.render(html, options);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('refuses a remote resource with a clear message, and makes no request', async () => {
    canaryHits = 0;
    const html = page(`<img src="${canaryUrl}/logo.png"><link rel="prefetch" href="${canaryUrl}/x">`, `<link rel="stylesheet" href="${canaryUrl}/style.css">`);
    const error = await renderer.render(html, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect((error as PdfRenderError).message).toContain(`${canaryUrl}/logo.png`);
    expect(canaryHits).toBe(0);
  });
});

/**
 * Follows the chain of cross-reference sections from the end of the file and checks that each
 * in-use entry gives the offset of its object. Poppler and pdf-lib repair a wrong table
 * silently; stricter readers (Acrobat) trust it.
 */
function checkCrossReferences(pdf: Uint8Array): { sections: number; entries: number } {
  const text = Buffer.from(pdf).toString('latin1');
  let offset = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  let sections = 0;
  let entries = 0;
  for (;;) {
    expect(text.startsWith('xref', offset), `xref at ${offset}`).toBe(true);
    const end = text.indexOf('trailer', offset);
    const lines = text.slice(offset + 4, end).trim().split(/\r?\n/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i++]!.trim().split(/\s+/).map(Number) as [number, number];
      for (let n = first; n < first + count; n++, i++) {
        const [at, generation, kind] = lines[i]!.trim().split(/\s+/);
        if (kind !== 'n') continue;
        expect(text.startsWith(`${n} ${Number(generation)} obj`, Number(at)), `object ${n} at ${at}`).toBe(true);
        entries++;
      }
    }
    sections++;
    const previous = /\/Prev\s+(\d+)/.exec(text.slice(end, text.indexOf('>>', end)));
    if (!previous) return { sections, entries };
    offset = Number(previous[1]);
  }
}

describe('readPrintedPdf', () => {
  /** Page object numbers in order, as pdf-lib's full parse sees them. */
  const fullParsePages = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPages().map((page) => page.ref.objectNumber);

  it('finds the pages through the cross-reference tables, the update’s and the first print’s', async () => {
    const pdf = await renderer.render(report(3), options);
    const read = await readPrintedPdf(pdf);
    expect(read.pageRefs.map((ref) => ref.objectNumber)).toEqual(await fullParsePages(pdf));
    // The table of contents page comes from the update: its content is the update's object.
    const tocPage = read.resolve(read.pageRefs[0]) as PDFDict;
    const contents = tocPage.get(PDFName.of('Contents'));
    expect(contents).toBeInstanceOf(PDFRef);
    expect((contents as PDFRef).objectNumber).toBeGreaterThan(Math.max(...read.pageRefs.map((ref) => ref.objectNumber)));
  });

  it('parses the whole file when it has no classic cross-reference table', async () => {
    const printed = await renderer.render(report(3), options);
    const compressed = await (await PDFDocument.load(printed)).save({ useObjectStreams: true });
    expect(Buffer.from(compressed).toString('latin1')).not.toMatch(/\nxref\n/);
    const read = await readPrintedPdf(compressed);
    expect(read.pageRefs.map((ref) => ref.objectNumber)).toEqual(await fullParsePages(compressed));
    expect(read.resolve(read.pageRefs[0])).toBeInstanceOf(PDFDict);
  });
});

describe('browserMajorVersion', () => {
  it('reads the major version that decides whether the footer can be printed', () => {
    expect(browserMajorVersion('HeadlessChrome/156.0.8078.79')).toBe(156);
    expect(browserMajorVersion('Chrome/130.0.6723.58')! < MIN_BROWSER_VERSION).toBe(true);
    expect(browserMajorVersion('Edg/131.0.2903.70')).toBe(131);
    expect(browserMajorVersion('unknown')).toBeUndefined();
  });
});

describe('normaliseDates', () => {
  it('rewrites Chromium’s dates without changing the length', () => {
    const pdf = Buffer.from("1 0 obj <</CreationDate (D:20261122171710+00'00') /ModDate (D:20261122171710+00'00')>>", 'latin1');
    const fixed = Buffer.from(normaliseDates(pdf, new Date(Date.UTC(2024, 11, 31)))).toString('latin1');
    expect(fixed).toBe("1 0 obj <</CreationDate (D:20241231000000+00'00') /ModDate (D:20241231000000+00'00')>>");
  });
});
