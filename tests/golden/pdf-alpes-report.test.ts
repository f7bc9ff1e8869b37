import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { namedDestinationPages } from '../../src/render/pdf.js';
import { pageFill, pageLines, pagesAllowedShort } from '../helpers/pdf-layout.js';
import { FIXTURES, normalizeSpaces, onlyManualKeysWarning, parseReport, runCli, temporaryDir } from '../helpers/report.js';

/**
 * The PDF of the ALPES 2023 report built from fixtures/, read back with poppler (pdftotext,
 * pdftoppm): a table of contents that lists each part's subsections with the pages where they
 * are, a running header with the part's name, and no near-empty page in the middle of a part.
 */
let pdfPath: string;
let pdf: Uint8Array;
let html: string;

beforeAll(async () => {
  const out = temporaryDir();
  const run = await runCli(['build', '--year', '2023', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'html,pdf', '--quiet']);
  expect(onlyManualKeysWarning(run.err)).toEqual([]);
  expect(run.code).toBe(0);
  pdfPath = path.join(out, '2023', 'rapport-alpes-2023.pdf');
  pdf = readFileSync(pdfPath);
  html = readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8');
}, 180_000);

describe('the ALPES 2023 PDF report', () => {
  it('lists the subsections of every part in its table of contents, each with the page where it is printed', async () => {
    const starts = await namedDestinationPages(pdf);
    const { document } = parseReport(html);
    const toc = pageLines(pdfPath, 2).join('\n');
    // Seed 000's chapters (Maison de l'Emploi, PLIE, Mission Locale digest), under their parts.
    for (const [part, subsections] of [
      ['La Maison de l’Emploi', ['Participer au développement de l’anticipation des mutations économiques', 'Espace Cyber-base Emploi', 'Dispositif Mobilité']],
      ['Le PLIE', ['La programmation du PLIE', 'Les participants', 'Les étapes de parcours', 'Les sorties']],
      ['La Mission Locale', ['Le public', 'Orientation / Formation', 'Emploi', 'Les dispositifs d’accompagnement', 'La sécurisation financière des parcours']],
    ] as const) {
      const section = [...document.querySelectorAll('main > section.report-section')].find((element) => normalizeSpaces(element.querySelector('h2')!.textContent ?? '') === part)!;
      expect(section, part).toBeTruthy();
      const headings = [...section.querySelectorAll('h3')].map((heading) => ({ id: heading.getAttribute('id')!, title: normalizeSpaces(heading.textContent ?? '') }));
      for (const title of subsections) {
        const heading = headings.find((candidate) => candidate.title === title);
        expect(heading, `${part} › ${title}`).toBeTruthy();
        const page = starts.get(heading!.id);
        expect(page, `${title}: no destination`).toBeGreaterThan(2);
        expect(toc).toContain(`${title} ${page}`);
        expect(pageLines(pdfPath, page!).join(' ')).toContain(title);
      }
    }
    // The parts keep their numbers and pages.
    expect(toc).toContain(`2. La Maison de l’Emploi ${starts.get('mde')}`);
  });

  it('prints the part’s name as a running header on its pages, none on the cover and contents', async () => {
    const starts = await namedDestinationPages(pdf);
    const plie = starts.get('plie')!;
    const missionLocale = starts.get('mission-locale')!;
    for (let page = plie; page < missionLocale; page++) expect(pageLines(pdfPath, page)[0], `page ${page}`).toBe('Le PLIE');
    expect(pageLines(pdfPath, missionLocale + 1)[0]).toBe('La Mission Locale');
    expect(pageLines(pdfPath, 1).join(' ')).not.toContain('Le PLIE');
    expect(pageLines(pdfPath, 2)[0]).toBe('Sommaire');
  });

  it('leaves no page less than a third full but the cover, the contents, key figures and a part’s or digest page’s end', async () => {
    const fill = pageFill(pdfPath);
    const allowed = await pagesAllowedShort(pdf, html, fill.length);
    const short = fill.flatMap((filled, index) => (filled < 1 / 3 && !allowed.has(index + 1) ? [`page ${index + 1}: ${Math.round(filled * 100)} %`] : []));
    expect(short).toEqual([]);
  });
});

describe('the ALPES 2024 PDF report (fixtures without territory, MDE nor PLIE data)', () => {
  it('prints the three parts without data on one page rather than a page holding one sentence each', async () => {
    const out = temporaryDir();
    const run = await runCli(['build', '--year', '2024', '--data', FIXTURES, '--out', out, '--report', 'alpes', '--format', 'pdf', '--quiet']);
    expect(run.code).toBe(0);
    const file = path.join(out, '2024', 'rapport-alpes-2024.pdf');
    const starts = await namedDestinationPages(readFileSync(file));
    expect([starts.get('territoire'), starts.get('mde'), starts.get('plie')]).toEqual([3, 3, 3]);
    expect(pageLines(file, 3).filter((line) => line.startsWith('Données non fournies'))).toHaveLength(3);
    // Their page has a running header too, naming the three parts.
    expect(pageLines(file, 3)[0]).toBe('Les données clés du territoire · La Maison de l’Emploi · Le PLIE');
    // The Mission Locale, which has data, still starts a page of its own, with its header.
    expect(starts.get('mission-locale')).toBe(4);
    expect(pageLines(file, 5)[0]).toBe('La Mission Locale');
  }, 180_000);
});
