import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeSheets } from '../../src/compute/commune-sheets.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { computeYear } from '../../src/pipeline.js';
import { findBrowser } from '../../src/render/browser.js';
import { renderFiche } from '../../src/render/fiches.js';
import { LAUNCH_ARGS } from '../../src/render/pdf.js';
import { FIXTURES, runCli, temporaryDir } from '../helpers/report.js';
import { writeYearFolder } from '../helpers/year-folder.js';

/**
 * The HTML reports on a phone (390 px wide, as an iPhone 12-15): nothing wider than the
 * screen (wide tables scroll inside their own box), charts shrunk to the screen's width
 * rather than scrolling sideways, and chart text at least 9 px on screen (its font size times
 * the SVG's scale); a commune sheet (no chart) too. In print, on the width of an A4 page, chart
 * text is as legible as table text. Chromium must be installed.
 */
const PHONE_WIDTH = 390;
let browser: Browser;
let profile: string;
const html: Record<string, string> = {};

beforeAll(async () => {
  const out = temporaryDir();
  for (const [year, report] of [['2024', 'ml'], ['2023', 'alpes']] as const) {
    expect((await runCli(['build', '--year', year, '--report', report, '--data', FIXTURES, '--out', out, '--format', 'html', '--quiet'])).code).toBe(0);
  }
  html['rapport-activite-2024'] = readFileSync(path.join(out, '2024', 'rapport-activite-2024.html'), 'utf8');
  html['rapport-alpes-2023'] = readFileSync(path.join(out, '2023', 'rapport-alpes-2023.html'), 'utf8');
  const year = await computeYear(writeYearFolder(), 2024, DEFAULT_SETTINGS, []);
  const [sheet] = communeSheets(year!.indicators, ['Saint-André-lez-Lille']);
  html['fiche'] = renderFiche({ year: 2024, territory: DEFAULT_SETTINGS.territory, identity: DEFAULT_SETTINGS.identity, sheet: sheet! });
  const lookup = await findBrowser(undefined);
  expect(lookup.executablePath, `no browser found; tried ${lookup.tried.join(', ')}`).toBeDefined();
  profile = mkdtempSync(path.join(tmpdir(), 'alpes-report-chromium-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  browser = await puppeteer.launch({ executablePath: lookup.executablePath!, headless: true, userDataDir: profile, args: [...LAUNCH_ARGS, ...(isRoot ? ['--no-sandbox'] : [])] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Measure {
  scrollWidth: number;
  charts: number;
  smallestText: number;
  smallestLabel: string;
  /** Charts wider than their figure (which would scroll) or than the screen. */
  overflowingCharts: string[];
  /** Font size of the smallest table cell, px. */
  smallestTableText: number;
}

/** Run in the page (a string: the tests are compiled without the DOM's types). */
const MEASURE = `(() => {
  let smallestText = Infinity;
  let smallestLabel = '';
  for (const text of document.querySelectorAll('svg text')) {
    const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
    if (size < smallestText) [smallestText, smallestLabel] = [size, text.textContent ?? ''];
  }
  const overflowingCharts = [...document.querySelectorAll('figure.chart')]
    .filter((figure) => figure.scrollWidth > figure.clientWidth || figure.querySelector('svg').getBoundingClientRect().right > window.innerWidth)
    .map((figure) => figure.querySelector('svg').getAttribute('aria-label'));
  const smallestTableText = Math.min(...[...document.querySelectorAll('table.data td')].map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
  return { scrollWidth: document.documentElement.scrollWidth, charts: document.querySelectorAll('svg').length, smallestText, smallestLabel, overflowingCharts, smallestTableText };
})()`;

/** An A4 page's width inside the PDF's margins (210 mm - 2 × 16 mm), in CSS px. */
const A4_CONTENT_WIDTH = Math.floor((178 / 25.4) * 96);

async function measure(report: string, media: 'screen' | 'print' = 'screen'): Promise<Measure> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: media === 'print' ? A4_CONTENT_WIDTH : PHONE_WIDTH, height: 844 });
    await page.emulateMediaType(media);
    await page.setContent(report, { waitUntil: 'load' });
    return (await page.evaluate(MEASURE)) as Measure;
  } finally {
    await page.close();
  }
}

describe.each(['rapport-activite-2024', 'rapport-alpes-2023'])('%s on a 390 px screen', (name) => {
  let measured: Measure;
  beforeAll(async () => {
    measured = await measure(html[name]!);
  });

  it('is no wider than the screen', () => {
    expect(measured.scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
  });

  it('draws chart text at 9 px or more', () => {
    expect(measured.charts).toBeGreaterThan(0);
    expect(measured.smallestText, `« ${measured.smallestLabel} »`).toBeGreaterThanOrEqual(9);
  });

  it('fits every chart to the screen instead of scrolling it sideways', () => {
    expect(measured.overflowingCharts).toEqual([]);
  });
});

describe.each(['rapport-activite-2024', 'rapport-alpes-2023'])('%s printed on A4', (name) => {
  it('prints chart text about as large as table text (8.5 pt at least; tables print 8.6 to 9.2 pt)', async () => {
    const printed = await measure(html[name]!, 'print');
    const points = (px: number) => px * 0.75;
    expect(points(printed.smallestTableText)).toBeGreaterThanOrEqual(8.5);
    expect(points(printed.smallestText), `« ${printed.smallestLabel} »`).toBeGreaterThanOrEqual(8.5);
  });
});

it('a commune sheet is no wider than a 390 px screen', async () => {
  expect((await measure(html['fiche']!)).scrollWidth).toBeLessThanOrEqual(PHONE_WIDTH);
});
