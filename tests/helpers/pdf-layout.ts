import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { namedDestinationPages } from '../../src/render/pdf.js';
import { normalizeSpaces, parseReport, temporaryDir } from './report.js';

/**
 * How full each page of a PDF is, and which pages may be short: what the layout tests of the
 * fixtures' PDFs check. Pages are rasterised in grey by poppler's pdftoppm (installed with
 * pdftotext by .ci/run) at 20 dpi, which is enough to see where the ink stops.
 */

/** A4 page margins of the reports (src/render/pdf.ts), mm: header and footer are outside. */
const TOP_MARGIN = 18;
const BOTTOM_MARGIN = 20;

/**
 * For each page, how far down the content area the last inked row is, from 0 (empty) to 1
 * (down to the bottom margin). The running header and the footer sit in the margins and do
 * not count.
 */
export function pageFill(pdfPath: string): number[] {
  const dir = temporaryDir();
  execFileSync('pdftoppm', ['-r', '20', '-gray', pdfPath, path.join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(bytes.toString('latin1', 0, 40));
      if (!header) throw new Error(`${name}: not a binary PGM`);
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = bytes.subarray(header[0].length);
      const top = Math.round((height * TOP_MARGIN) / 297);
      const bottom = Math.round((height * (297 - BOTTOM_MARGIN)) / 297);
      let last = top;
      for (let y = top; y < bottom; y++) {
        for (let x = 0; x < width; x++) {
          if (pixels[y * width + x]! < 200) {
            last = y;
            break;
          }
        }
      }
      return (last - top) / (bottom - top);
    });
}

/**
 * Pages allowed to be short (1-based): the cover and the table of contents, a section's last
 * page (the next section starts a page), a page of key figures (alone on its page), the page
 * before one of the ALPES report's Mission Locale digest pages (each starts a page, as seed 000
 * prints them), and the last page.
 */
export async function pagesAllowedShort(pdf: Uint8Array, html: string, pageCount: number): Promise<Set<number>> {
  const starts = await namedDestinationPages(pdf);
  const { document } = parseReport(html);
  const pageOf = (id: string | null | undefined) => {
    const page = id ? starts.get(id) : undefined;
    if (page === undefined) throw new Error(`#${id} is no destination of the PDF`);
    return page;
  };
  const ids = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.getAttribute('id'));
  const allowed = new Set([1, 2, pageCount]);
  for (const id of [...ids('main > section.report-section'), ...ids('section.digest-page > h3:first-child')]) allowed.add(pageOf(id) - 1);
  for (const element of document.querySelectorAll('.key-figures-page')) {
    allowed.add(pageOf(element.getAttribute('id') && starts.has(element.getAttribute('id')!) ? element.getAttribute('id') : element.querySelector('h3')?.getAttribute('id')));
  }
  return allowed;
}

/** Text of one page (pdftotext -layout), spaces collapsed, as lines without the empty ones. */
export function pageLines(pdfPath: string, page: number): string[] {
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdfPath, '-'], { encoding: 'utf8' });
  return text
    .split('\n')
    .map((line) => normalizeSpaces(line).trim())
    .filter(Boolean);
}
