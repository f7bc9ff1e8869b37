import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { namedDestinationPages } from '../../src/render/pdf.js';
import { pageFill, pageLines, pagesAllowedShort } from '../helpers/pdf-layout.js';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir } from '../helpers/report.js';

/**
 * The PDF of the 2024 fixtures report, checked with poppler's pdftotext (installed by
 * .ci/run): the table of contents gives the pages where sections really start, the
 * footer's page count is the document's, and every section's key figures are in the text.
 */
let pdfPath: string;
let pdf: Uint8Array;
let html: string;

function pageText(page: number): string {
  return normalizeSpaces(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdfPath, '-'], { encoding: 'utf8' }));
}

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--format', 'html,pdf', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  pdfPath = path.join(out, '2024', 'rapport-activite-2024.pdf');
  pdf = readFileSync(pdfPath);
  html = readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8');
});

describe('the 2024 PDF report', () => {
  it('has a table of contents whose page numbers are where the sections start', async () => {
    const starts = await namedDestinationPages(pdf);
    const toc = pageText(2);
    expect(toc).toContain('Sommaire');
    const titles = ['Le public', 'La formation', "L'emploi", 'Les aides financières', 'La labellisation'];
    for (let section = 1; section <= 13; section++) {
      const page = starts.get(`section-${section}`);
      expect(page, `section-${section}`).toBeGreaterThan(2);
      expect(pageText(page!)).toMatch(new RegExp(`^${section}\\. `));
    }
    for (const title of titles) expect(toc).toMatch(new RegExp(`${title.replace(/[()']/g, '.')} [. ]*\\d+`));
    expect(toc).toContain(`Le public ${starts.get('section-1')}`);
    expect(toc).toContain(`La labellisation ${starts.get('section-13')}`);
  });

  it('prints "page x / y" with the real page count', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
    // Page 2, the table of contents, is printed apart from the rest: same footer all the same.
    expect(pageText(2)).toContain(`page 2 / ${pages}`);
    expect(pageText(3)).toContain(`page 3 / ${pages}`);
    expect(pageText(pages)).toContain(`page ${pages} / ${pages}`);
  });

  it('holds the key figures of every section, with accents, œ and €', () => {
    const text = normalizeSpaces(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }));
    for (const figure of [
      'La ML MNO a réalisé 745 nouvelles inscriptions en 2024.',
      '33 305 contacts dont 16 975 entretiens',
      'Marcq-en-Barœul',
      '638 jeunes ont bénéficié de 714 actions de formation.',
      '781 jeunes ont bénéficié de 1 959 situations emploi.',
      '128 contrats en Alternance ont été signés en 2024',
      '90 jeunes du territoire Métropole Nord-Ouest étaient en cours de mission Service Civique en 2024',
      '24 jeunes ont participé à 4 rencontres',
      '17 jeunes accompagnés par la ML MNO sont partis à l\'étranger en 2024',
      '1 016 jeunes ont bénéficié de 20 929 contacts',
      '34 jeunes ont réalisé un bilan Santé.',
      '74 % des jeunes relevant de l\'Obligation de Formation (151/205)',
      '52 069 €',
      '7 517,71 €',
      '127/140',
    ]) {
      expect(text).toContain(normalizeSpaces(figure));
    }
  });

  it('prints the section name as a running header on every page of a section, none on the cover and contents', async () => {
    const starts = await namedDestinationPages(pdf);
    const pages = pageFill(pdfPath).length;
    const { document } = parseReport(html);
    const sections = [...document.querySelectorAll('main > section.report-section')].map((section) => ({
      start: starts.get(section.getAttribute('id')!)!,
      title: normalizeSpaces(section.querySelector('h2')!.textContent ?? ''),
    }));
    expect(sections.map((section) => section.title)).toContain('4. L’emploi (dont l’Alternance)');
    sections.forEach((section, index) => {
      const end = (sections[index + 1]?.start ?? pages + 1) - 1;
      for (let page = section.start; page <= end; page++) expect(pageLines(pdfPath, page)[0], `page ${page}`).toBe(section.title);
    });
    expect(pageLines(pdfPath, 2)[0]).toBe('Sommaire');
  });

  it('leaves no page less than a third full but the cover, the contents, key figures and a section’s last page', async () => {
    const fill = pageFill(pdfPath);
    const allowed = await pagesAllowedShort(pdf, html, fill.length);
    const short = fill.flatMap((filled, index) => (filled < 1 / 3 && !allowed.has(index + 1) ? [`page ${index + 1}: ${Math.round(filled * 100)} %`] : []));
    expect(short).toEqual([]);
  });

  it('embeds its fonts', () => {
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/Liberation|DejaVu|Arial/);
    // The table of contents brings its own subsets: each subset keeps a tag of its own.
    const names = fonts.split('\n').slice(2).map((line) => line.split(/\s+/)[0]).filter(Boolean);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('without a browser', () => {
  it('still writes the HTML and the metrics, and says how to get the PDF', async () => {
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--browser', '/nonexistent/chrome', '--quiet']);
    expect(run.code).toBe(5);
    expect(run.err).toContain('PDF non généré');
    expect(run.err).toContain('npx puppeteer browsers install chrome-headless-shell');
    expect(run.err).toContain('apt-get install chromium');
    expect(existsSync(path.join(out, '2024', 'rapport-activite-2024.html'))).toBe(true);
    expect(existsSync(path.join(out, '2024', 'metrics.json'))).toBe(true);
    expect(existsSync(path.join(out, '2024', 'rapport-activite-2024.pdf'))).toBe(false);
  });
});
