import { describe, expect, it } from 'vitest';
import { writeOut } from '../../src/cli/io.js';

describe('writeOut', () => {
  it('waits for the output to drain after each batch, so that a slow pipe does not fill memory', async () => {
    const events: string[] = [];
    let release: (() => void) | undefined;
    const io = {
      out: (line: string) => events.push(`out ${line}`),
      err: () => {},
      drain: () => new Promise<void>((resolve) => (release = () => { events.push('drained'); resolve(); })),
    };
    const writing = writeOut(io, ['a', 'b']);
    await Promise.resolve();
    // Stopped after the first batch until the output has drained.
    expect(events).toEqual(['out a']);
    release!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['out a', 'drained', 'out b']);
    release!();
    await writing;
    expect(events).toEqual(['out a', 'drained', 'out b', 'drained']);
  });
});
