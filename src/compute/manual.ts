import type { ManualKey } from '../contract/manual-keys.js';
import { type Registers } from '../load/registers.js';

/** A figure from manuel.csv, or null when the file does not give it (never an invented 0). */
export function manualFigure(registers: Registers, key: ManualKey): number | null {
  return registers.manual.get(key) ?? null;
}
