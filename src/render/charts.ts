import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatInteger } from './format.js';

/**
 * Bar charts rendered in Node to inline SVG (Observable Plot on a linkedom document), so the
 * HTML and the PDF show the same picture, with no script and no network. Greys only, values
 * printed at the end of each bar: readable in black-and-white print. Text from the data is
 * escaped by the DOM serialiser.
 */
export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** How values print at the end of bars (default: French integers). */
  format?: (value: number) => string;
  /** Keep the given order (commune tables) instead of sorting by value. */
  keepOrder?: boolean;
  width?: number;
}

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');

export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const format = options.format ?? formatInteger;
  const data = options.keepOrder ? [...bars] : [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'fr'));
  const longestLabel = Math.max(...data.map((bar) => bar.label.length), 4);
  const maximum = Math.max(...data.map((bar) => bar.value), 1);
  const svg = Plot.plot({
    document: document as unknown as NonNullable<Plot.PlotOptions['document']>,
    width: options.width ?? 640,
    height: 26 * data.length + 30,
    marginLeft: Math.min(260, 7 * longestLabel + 12),
    marginRight: 70,
    style: { fontFamily: "'Liberation Sans', Arial, sans-serif", fontSize: '12px', color: '#222' },
    x: { axis: null, domain: [0, maximum] },
    y: { label: null, domain: data.map((bar) => bar.label), tickSize: 0 },
    marks: [
      Plot.barX(data, { x: 'value', y: 'label', fill: '#6b6b6b' }),
      Plot.text(data, { x: 'value', y: 'label', text: (bar: Bar) => format(bar.value), textAnchor: 'start', dx: 5, fill: '#111' }),
      Plot.ruleX([0], { stroke: '#111' }),
    ],
  }) as unknown as { outerHTML: string; setAttribute(name: string, value: string): void };
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.title);
  return svg.outerHTML;
}
