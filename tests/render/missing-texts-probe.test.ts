import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import type { TextBlock } from '../../src/contract/texts.js';
import type { BuildResult, YearResult } from '../../src/compute/report.js';
import { IssueLog } from '../../src/contract/issues.js';
import { computeReport, missingReportTexts, renderReportHtml, yearTexts } from '../../src/pipeline.js';
import type { RenderedTexts } from '../../src/render/texts.js';
import { FIXTURES } from '../helpers/report.js';

/**
 * A build that writes no document (--check, json alone) and `validate` learn the missing texts
 * from a probe that draws no chart and keeps no HTML: it must warn of exactly the texts the
 * rendered report leaves out, whatever texts the year has and whatever parts its data hold.
 */
type Computed = BuildResult & { current: YearResult };

/** The year's texts with only the blocks `keep` accepts (keyed blocks included). */
function only(texts: RenderedTexts, keep: (name: TextBlock, index: number) => boolean): RenderedTexts {
  const names = [...Object.keys(texts.blocks), ...Object.keys(texts.entries)].sort() as TextBlock[];
  const kept = new Set(names.filter(keep));
  return {
    blocks: Object.fromEntries(Object.entries(texts.blocks).filter(([name]) => kept.has(name as TextBlock))),
    entries: Object.fromEntries(Object.entries(texts.entries).filter(([name]) => kept.has(name as TextBlock))),
  };
}

/** Each year's texts as a document prints them (HTML), and as a build without documents reads them (Markdown). */
const years: Record<number, { result: Computed; texts: RenderedTexts; markdown: RenderedTexts }> = {};

beforeAll(async () => {
  for (const year of [2023, 2024]) {
    const result = await computeReport(FIXTURES, year, DEFAULT_SETTINGS);
    const texts = await yearTexts(FIXTURES, DEFAULT_SETTINGS, result, new IssueLog());
    const markdown = await yearTexts(FIXTURES, DEFAULT_SETTINGS, result, new IssueLog(), 'ml', false);
    if (!result.current || !texts || !markdown) throw new Error(`fixtures ${year} do not compute`);
    years[year] = { result: { ...result, current: result.current }, texts: texts.rendered, markdown: markdown.rendered };
  }
}, 120_000);

const variants: Record<string, (texts: RenderedTexts) => RenderedTexts> = {
  'every text': (texts) => texts,
  'no text': () => ({ blocks: {}, entries: {} }),
  'every other text': (texts) => only(texts, (_name, index) => index % 2 === 0),
  'the other half': (texts) => only(texts, (_name, index) => index % 2 === 1),
  // A keyed file present with no section for this year's items: nothing missing, the data lines print.
  'keyed files without sections': (texts) => ({ blocks: texts.blocks, entries: Object.fromEntries(Object.keys(texts.entries).map((name) => [name, {}])) }),
};

describe('the missing texts of a build without documents', () => {
  for (const year of [2023, 2024]) {
    for (const report of ['ml', 'alpes'] as const) {
      it(`are those the rendered ${report} report of ${year} leaves out, for any texts of the year`, async () => {
        const { result, texts, markdown } = years[year]!;
        const counts: number[] = [];
        for (const [variant, select] of Object.entries(variants)) {
          const rendered = await renderReportHtml(result, select(texts), DEFAULT_SETTINGS, report, null);
          const probed = await missingReportTexts(result, select(markdown), DEFAULT_SETTINGS, report);
          expect(probed, `${report} ${year}, ${variant}`).toEqual(rendered.missingTexts);
          counts.push(probed.length);
        }
        // The comparison means something: with no text, blocks are missing; with all of them, none.
        expect(counts[0]).toBe(0);
        expect(counts[1]).toBeGreaterThan(0);
      }, 120_000);
    }
  }

  it('are read from texts whose blocks and keyed sections are those of the rendered texts', () => {
    for (const year of [2023, 2024]) {
      const { texts, markdown } = years[year]!;
      expect(Object.keys(markdown.blocks)).toEqual(Object.keys(texts.blocks));
      expect(Object.fromEntries(Object.entries(markdown.entries).map(([name, entries]) => [name, Object.keys(entries)]))).toEqual(
        Object.fromEntries(Object.entries(texts.entries).map(([name, entries]) => [name, Object.keys(entries)])),
      );
      expect(Object.keys(texts.entries).length).toBeGreaterThan(0);
    }
  });

  it('follow the data: a part the year has no folder for asks for none of its texts', async () => {
    const { result } = years[2023]!;
    const none: RenderedTexts = { blocks: {}, entries: {} };
    const withParts = (await missingReportTexts(result, none, DEFAULT_SETTINGS, 'alpes')).map((issue) => issue.value);
    const bare: Computed = { ...result, current: { ...result.current, plie: null, mde: null, territory: null }, plieComparisons: null };
    const rendered = await renderReportHtml(bare, none, DEFAULT_SETTINGS, 'alpes', null);
    const probed = await missingReportTexts(bare, none, DEFAULT_SETTINGS, 'alpes');
    expect(probed).toEqual(rendered.missingTexts);
    const names = probed.map((issue) => issue.value);
    expect(withParts).toContain('plie-programmation');
    expect(withParts).toContain('mde-rse');
    expect(names.filter((name) => String(name).startsWith('plie-') || String(name).startsWith('mde-'))).toEqual([]);
    expect(names.length).toBeGreaterThan(0);
  }, 120_000);
});
