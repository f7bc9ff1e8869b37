import { manualFigure } from './manual.js';
import type { Labellisation } from '../contract/metrics-schema.js';
import { type Registers } from '../load/registers.js';

export function computeLabellisation(registers: Registers): Labellisation | null {
  const figures = [4, 3, 2, 1].map((note) => manualFigure(registers, `labellisation.notes_${note}` as 'labellisation.notes_4'));
  if (figures.every((figure) => figure === null)) return null;
  const [four, three, two, one] = figures.map((figure) => figure ?? 0) as [number, number, number, number];
  const criteria = four + three + two + one;
  const score = 4 * four + 3 * three + 2 * two + one;
  const halfUp = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));
  return {
    notes: { 4: four, 3: three, 2: two, 1: one },
    criteria,
    score,
    maximum: 4 * criteria,
    meanOutOf4Hundredths: criteria === 0 ? 0 : halfUp(score * 100, criteria),
    meanOutOf20Hundredths: criteria === 0 ? 0 : halfUp(score * 500, criteria),
  };
}
