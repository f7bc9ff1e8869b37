import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.js';
import { namedDestinationPages, normaliseDates, openPdfRenderer, pdfDate, PdfRenderError, type PdfRenderer } from '../../src/render/pdf.js';

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
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/CreationDate (${pdfDate(options.fixedDate)})`);
  });

  it('gives identical bytes for two renders of the same HTML', async () => {
    const html = page('<section id="a"><h2>Même contenu é œ €</h2></section>');
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

describe('normaliseDates', () => {
  it('rewrites Chromium’s dates without changing the length', () => {
    const pdf = Buffer.from("1 0 obj <</CreationDate (D:20261122171710+00'00') /ModDate (D:20261122171710+00'00')>>", 'latin1');
    const fixed = Buffer.from(normaliseDates(pdf, new Date(Date.UTC(2024, 11, 31)))).toString('latin1');
    expect(fixed).toBe("1 0 obj <</CreationDate (D:20241231000000+00'00') /ModDate (D:20241231000000+00'00')>>");
  });
});
