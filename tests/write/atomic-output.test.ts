import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteFailure, writeOutputs } from '../../src/write/atomic-output.js';
import { temporaryDir } from '../helpers/report.js';

describe('writeOutputs with a subfolder (the commune sheets)', () => {
  it('writes `fiches/<name>` inside the output folder, renamed with the other files', () => {
    const folder = temporaryDir();
    const written = writeOutputs(folder, [
      { name: 'metrics.json', content: '{}' },
      { name: 'fiches/lompret.html', content: '<p>Lompret</p>' },
    ]);
    expect(written).toEqual([path.join(folder, 'metrics.json'), path.join(folder, 'fiches', 'lompret.html')]);
    expect(readFileSync(path.join(folder, 'fiches', 'lompret.html'), 'utf8')).toBe('<p>Lompret</p>');
    expect(readdirSync(path.join(folder, 'fiches'))).toEqual(['lompret.html']);
  });

  it.each(['../lompret.html', 'fiches/../../lompret.html', 'a/b/lompret.html', 'fiches/', '/tmp/lompret.html', 'fiches/..'])(
    'refuses %s and writes nothing',
    (name) => {
      const folder = temporaryDir();
      expect(() => writeOutputs(folder, [{ name: 'metrics.json', content: '{}' }, { name, content: 'x' }])).toThrow(WriteFailure);
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it('leaves the earlier sheets as they were when a later file cannot be staged', () => {
    const folder = temporaryDir();
    writeOutputs(folder, [{ name: 'fiches/lompret.html', content: 'earlier' }]);
    // A plain file where the next batch wants a folder: its staging fails after the sheet's.
    writeFileSync(path.join(folder, 'blocked'), '');
    expect(() =>
      writeOutputs(folder, [
        { name: 'fiches/lompret.html', content: 'newer' },
        { name: 'blocked/other.html', content: 'x' },
      ]),
    ).toThrow(WriteFailure);
    expect(readFileSync(path.join(folder, 'fiches', 'lompret.html'), 'utf8')).toBe('earlier');
    expect(readdirSync(path.join(folder, 'fiches'))).toEqual(['lompret.html']);
  });

  it('removes what a killed build had staged in the subfolder', () => {
    const folder = temporaryDir();
    writeOutputs(folder, [{ name: 'fiches/lompret.html', content: 'earlier' }]);
    writeFileSync(path.join(folder, 'fiches', '.lompret.pdf.12345.tmp'), 'half');
    writeOutputs(folder, [{ name: 'fiches/lompret.html', content: 'newer' }]);
    expect(readdirSync(path.join(folder, 'fiches'))).toEqual(['lompret.html']);
  });
});
