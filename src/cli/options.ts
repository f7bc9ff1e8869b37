import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../render/reports.js';

/**
 * The option parsers and choices that main.ts declares. Kept apart from the commands so that
 * declaring the command line (and `--help`) loads no command module.
 */

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('une année sur 4 chiffres est attendue, par ex. 2024.');
  return Number(value);
}


export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((format) => format.trim().toLowerCase()).filter(Boolean);
  for (const format of formats) {
    if (!FORMATS.includes(format as Format)) {
      throw new InvalidArgumentError(`format « ${format} » inconnu ; formats possibles : ${FORMATS.join(', ')}.`);
    }
  }
  if (formats.length === 0) throw new InvalidArgumentError(`au moins un format est attendu (${FORMATS.join(', ')}).`);
  return [...new Set(formats)] as Format[];
}

export function parseThreshold(value: string): number {
  const number = Number(value.replace(',', '.').replace('%', ''));
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError('un pourcentage positif est attendu, par ex. 5.');
  return number;
}
