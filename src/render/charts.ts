import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatInteger, formatPercent } from './format.js';

/**
 * Charts rendered in Node to inline SVG, so the HTML and the PDF show the same picture, with no
 * script and no network: bars by Observable Plot on a linkedom document, shares (100 % stacked
 * bars) and Y-1/Y pairs written directly, being a few rectangles. Colours come from the
 * configuration (identity.colours.chart), whose series differ in lightness; every value is
 * printed beside its mark, so a black-and-white print loses nothing. Text from the data is
 * escaped (by the DOM serialiser, or by `escapeXml`). Same input, same bytes.
 */
export interface Bar {
  label: string;
  value: number;
}

/** What a chart's <figcaption> says: title, unit, source. */
export interface Caption {
  title: string;
  /** "nombre de jeunes", "euros", "% des étapes"… */
  unit: string;
  /** "I-MILO, 2024"… */
  source: string;
}

export interface BarChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** How values print at the end of bars; a zero prints "/", as the tables print it. */
  format?: (value: number) => string;
  /** Keep the given order (commune tables) instead of sorting by value. */
  keepOrder?: boolean;
  colour: string;
  width?: number;
}

/**
 * Charts are drawn 480 px wide, with text of 12 px at least, and shown at most at that size
 * (CSS scales them down to their box, never up): on paper 127 mm wide, text of 9 pt and more,
 * as legible as the tables' (9 pt); beside a table, in a column of about 120 mm, still 9 pt; on a
 * 390 px phone, the width of the screen with text above 9 px.
 */
const WIDTH = 480;
const FONT_SIZE = 13;
const SMALL_FONT_SIZE = 12;
const FONT = "'Liberation Sans', Arial, sans-serif";

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');

/** A count as a table cell prints it: "/" for zero (the published report's convention). */
export function cellText(value: number, format: (value: number) => string = formatInteger): string {
  return value === 0 ? '/' : format(value);
}

export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const format = options.format ?? formatInteger;
  const data = options.keepOrder ? [...bars] : [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'fr'));
  const longestLabel = Math.max(...data.map((bar) => bar.label.length), 4);
  const longestValue = Math.max(...data.map((bar) => cellText(bar.value, format).length), 1);
  const maximum = Math.max(...data.map((bar) => bar.value), 1);
  const width = options.width ?? WIDTH;
  const svg = Plot.plot({
    document: document as unknown as NonNullable<Plot.PlotOptions['document']>,
    width,
    // 19 px a bar and thin margins (no axis): a commune chart (12 bars) stays short enough to
    // share the page of its table.
    height: 19 * data.length + 10,
    marginTop: 5,
    marginBottom: 5,
    marginLeft: Math.min(Math.round(width * 0.48), textWidth('x'.repeat(longestLabel), FONT_SIZE) + 12),
    marginRight: textWidth('x'.repeat(longestValue), FONT_SIZE) + 12,
    style: { fontFamily: FONT, fontSize: `${FONT_SIZE}px`, color: '#222' },
    x: { axis: null, domain: [0, maximum] },
    y: { label: null, domain: data.map((bar) => bar.label), tickSize: 0 },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: options.colour }),
      Plot.text(data, { x: 'value', y: 'label', text: (bar: Bar) => cellText(bar.value, format), textAnchor: 'start', dx: 5, fill: '#111' }),
      Plot.ruleX([0], { stroke: '#111' }),
    ],
  }) as unknown as { outerHTML: string; setAttribute(name: string, value: string): void };
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.title);
  return svg.outerHTML;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CIE L* of a #rrggbb colour: picks the text colour on a fill, and tests the palette's lightness steps. */
export function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}

function textOn(fill: string): string {
  return lightness(fill) < 55 ? '#fff' : '#111';
}

/** Rough width of a text in Liberation Sans at `size` px: enough to lay out a legend or a margin. */
function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.55);
}

function n(value: number): string {
  // Two decimals at most keeps the bytes stable and the picture exact to a hundredth of a pixel.
  return String(Math.round(value * 100) / 100);
}

function svgOpen(height: number, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" aria-label="${escapeXml(title)}" width="${WIDTH}" height="${n(height)}" ` +
    `viewBox="0 0 ${WIDTH} ${n(height)}" font-family="${escapeXml(FONT)}" font-size="${FONT_SIZE}">`
  );
}

/** One part of a share: its count, and the percentage the table prints (null: not computable). */
export interface SharePart {
  label: string;
  count: number;
  percent: number | null;
}

/** The part's percentage; a part that exists but rounds to 0 % prints "< 1 %", not a zero. */
function sharePercent(part: SharePart): string {
  return part.count > 0 && part.percent === 0 ? `< ${formatPercent(1)}` : formatPercent(part.percent);
}

export interface ShareRow {
  label: string;
  parts: SharePart[];
}

/**
 * 100 % stacked bars, one per row (a breakdown: sex, age, qualification, contract type), each
 * followed by its legend: swatch, label, count and percentage as the table prints them ("/" for
 * a zero, which has no segment). Segments are split by white gaps and print their percentage
 * when it fits.
 */
export function shareChart(rows: readonly ShareRow[], options: { title: string; colours: readonly string[] }): string {
  const barHeight = 24;
  const parts: string[] = [];
  let y = 0;
  for (const row of rows) {
    parts.push(`<text x="0" y="${n(y + 13)}" font-weight="bold">${escapeXml(row.label)}</text>`);
    y += 20;
    const total = row.parts.reduce((sum, part) => sum + part.count, 0);
    parts.push(`<rect x="0" y="${n(y)}" width="${WIDTH}" height="${barHeight}" fill="none" stroke="#999" stroke-width="0.5"/>`);
    let x = 0;
    row.parts.forEach((part, index) => {
      if (total === 0 || part.count === 0) return;
      const fill = options.colours[index % options.colours.length] ?? '#666';
      const width = (part.count / total) * WIDTH;
      parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${barHeight}" fill="${fill}" stroke="#fff" stroke-width="1.5"/>`);
      const label = sharePercent(part);
      if (part.percent !== null && textWidth(label, SMALL_FONT_SIZE) + 6 <= width) {
        parts.push(`<text x="${n(x + width / 2)}" y="${n(y + 16)}" text-anchor="middle" font-size="${SMALL_FONT_SIZE}" fill="${textOn(fill)}">${escapeXml(label)}</text>`);
      }
      x += width;
    });
    y += barHeight + 6;
    let legendX = 0;
    y += 14;
    row.parts.forEach((part, index) => {
      const fill = options.colours[index % options.colours.length] ?? '#666';
      const text = `${part.label} : ${cellText(part.count)}${part.count === 0 || part.percent === null ? '' : ` (${sharePercent(part)})`}`;
      const width = 14 + textWidth(text, SMALL_FONT_SIZE) + 14;
      if (legendX > 0 && legendX + width > WIDTH) {
        legendX = 0;
        y += 16;
      }
      parts.push(`<rect x="${n(legendX)}" y="${n(y - 9)}" width="10" height="10" fill="${fill}" stroke="#555" stroke-width="0.5"/>`);
      parts.push(`<text x="${n(legendX + 14)}" y="${n(y)}" font-size="${SMALL_FONT_SIZE}">${escapeXml(text)}</text>`);
      legendX += width;
    });
    y += 16;
  }
  return `${svgOpen(y, options.title)}${parts.join('')}</svg>`;
}

export interface ComparisonRow {
  label: string;
  previous: number;
  current: number;
}

/**
 * Grouped bars, Y-1 above Y, one pair per figure. Figures of different sizes share a chart, so
 * each pair has its own scale (the caption says so); the values are printed beside the bars.
 */
export function comparisonChart(
  rows: readonly ComparisonRow[],
  options: { title: string; previousYear: number; year: number; colours: readonly string[]; format?: (value: number) => string },
): string {
  const format = options.format ?? formatInteger;
  const [current = '#333', previous = '#aaa'] = options.colours;
  const labelWidth = 190;
  const valueWidth = 75;
  const barSpace = WIDTH - labelWidth - valueWidth;
  const parts: string[] = [];
  // Legend first: which bar is which year.
  parts.push(`<rect x="${labelWidth}" y="2" width="10" height="10" fill="${previous}" stroke="#555" stroke-width="0.5"/>`);
  parts.push(`<text x="${labelWidth + 14}" y="11" font-size="${SMALL_FONT_SIZE}">${options.previousYear}</text>`);
  parts.push(`<rect x="${labelWidth + 60}" y="2" width="10" height="10" fill="${current}" stroke="#555" stroke-width="0.5"/>`);
  parts.push(`<text x="${labelWidth + 74}" y="11" font-size="${SMALL_FONT_SIZE}">${options.year}</text>`);
  let y = 22;
  for (const row of rows) {
    const maximum = Math.max(row.previous, row.current, 1);
    parts.push(`<text x="${labelWidth - 8}" y="${n(y + 17)}" text-anchor="end">${escapeXml(row.label)}</text>`);
    for (const [value, fill, offset] of [
      [row.previous, previous, 0],
      [row.current, current, 14],
    ] as const) {
      const width = (value / maximum) * barSpace;
      parts.push(`<rect x="${labelWidth}" y="${n(y + offset)}" width="${n(width)}" height="12" fill="${fill}"/>`);
      parts.push(`<text x="${n(labelWidth + width + 5)}" y="${n(y + offset + 10)}" font-size="${SMALL_FONT_SIZE}">${escapeXml(cellText(value, format))}</text>`);
    }
    parts.push(`<line x1="${labelWidth}" x2="${labelWidth}" y1="${n(y - 2)}" y2="${n(y + 28)}" stroke="#111"/>`);
    y += 38;
  }
  return `${svgOpen(y, options.title)}${parts.join('')}</svg>`;
}

/** A chart with its visible caption: the title, then "Unité : … · Source : …". */
export function chartFigure(svg: string, caption: Caption): string {
  return (
    `<figure class="chart">${svg}<figcaption><span class="chart-title">${escapeXml(caption.title)}</span>` +
    `<span class="chart-meta">Unité : ${escapeXml(caption.unit)} · Source : ${escapeXml(caption.source)}</span></figcaption></figure>`
  );
}
