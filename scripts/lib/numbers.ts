import { fail } from './check.js';

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainders), with optional
 * per-item caps and minimums.
 */
export function apportion(total: number, weights: readonly number[], caps?: readonly number[], mins?: readonly number[]): number[] {
  const n = weights.length;
  const cap = (i: number): number => (caps ? caps[i]! : Number.POSITIVE_INFINITY);
  const x = weights.map((_, i) => (mins ? mins[i]! : 0));
  for (let i = 0; i < n; i++) if (x[i]! > cap(i)) fail(`apportion: min above cap at ${i}`);
  let rem = total - sum(x);
  if (rem < 0) fail(`apportion: minimums ${sum(x)} above total ${total}`);
  for (let guard = 0; rem > 0; guard++) {
    if (guard > 10_000) fail('apportion: no progress');
    let active = x.map((_, i) => i).filter((i) => x[i]! < cap(i) && weights[i]! > 0);
    if (active.length === 0) active = x.map((_, i) => i).filter((i) => x[i]! < cap(i));
    if (active.length === 0) fail(`apportion: caps too small for ${total}`);
    const w = sum(active.map((i) => weights[i]!));
    const shares = active.map((i) => ({ i, s: (rem * (w > 0 ? weights[i]! / w : 1 / active.length)) }));
    let given = 0;
    for (const { i, s } of shares) {
      const g = Math.min(Math.floor(s), cap(i) - x[i]!);
      x[i] = x[i]! + g;
      given += g;
    }
    let left = rem - given;
    const order = shares.slice().sort((a, b) => b.s - Math.floor(b.s) - (a.s - Math.floor(a.s)) || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      if (x[i]! < cap(i)) {
        x[i] = x[i]! + 1;
        left--;
      }
    }
    rem = left;
  }
  return x;
}
