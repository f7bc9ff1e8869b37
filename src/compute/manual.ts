import type { Registers } from '../load/load-year.js';
import type { ManualKey } from '../contract/manual-keys.js';

/** A figure from manuel.csv, or null when the file does not give it (never an invented 0). */
export function manualFigure(registers: Registers, key: ManualKey): number | null {
  return registers.manual.get(key) ?? null;
}
