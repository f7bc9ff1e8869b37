import { InvalidArgumentError } from 'commander';
import * as words from '../contract/console-fr.js';
import { FORMATS, type Format } from '../render/reports.js';

/**
 * The option parsers and choices that main.ts declares. Kept apart from the commands so that
 * declaring the command line (and `--help`) loads no command module.
 */

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(words.yearExpected);
  return Number(value);
}


export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  for (const format of formats) {
    if (!FORMATS.includes(format as Format)) {
      throw new InvalidArgumentError(words.formatUnknown(format, FORMATS));
    }
  }
  if (formats.length === 0) throw new InvalidArgumentError(words.formatNone(FORMATS));
  return [...new Set(formats)] as Format[];
}

export function parseThreshold(value: string): number {
  const number = Number(value.replace(',', '.').replace('%', ''));
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError(words.thresholdExpected);
  return number;
}
