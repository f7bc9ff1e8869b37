import { describe, expect, it } from 'vitest';
import { reportProgress, terminalProgress, withProgress } from '../../src/read/progress.js';

describe('progress display', () => {
  it('reaches the listener installed around a build, and nothing outside it', async () => {
    const seen: [string, number, boolean][] = [];
    await withProgress((file, rows, done) => seen.push([file, rows, done]), async () => {
      await Promise.resolve();
      reportProgress('2024/imilo/evenements.csv', 20_000);
      reportProgress('2024/imilo/evenements.csv', 33_305, true);
    });
    reportProgress('ignored.csv', 1);
    expect(seen).toEqual([
      ['2024/imilo/evenements.csv', 20_000, false],
      ['2024/imilo/evenements.csv', 33_305, true],
    ]);
  });

  it('draws one line with the rate, throttled, and erases it at the end of the file', () => {
    let clock = 0;
    const out: string[] = [];
    const listener = terminalProgress((text) => out.push(text), () => clock);
    clock = 1_000;
    listener('2024/imilo/evenements.csv', 20_000, false);
    clock = 1_100; // within 200 ms: not redrawn
    listener('2024/imilo/evenements.csv', 40_000, false);
    clock = 1_500;
    listener('2024/imilo/evenements.csv', 60_000, true);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^\r\u001b\[KLecture de 2024\/imilo\/evenements\.csv : 20\s000 lignes \(20\s000 lignes\/s\)$/);
    expect(out[1]).toBe('\r\u001b[K');
  });
});
