/**
 * The seeded pseudo-random generator shared by the data generators (mulberry32): the same
 * seed gives the same data set, byte for byte, on every machine.
 */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const k = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[k]!;
      items[k] = tmp;
    }
    return items;
  }
  /** Index drawn with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/** A list holding each label `count` times, shuffled. */
export function bag<T>(rng: Rng, counts: readonly (readonly [T, number])[]): T[] {
  const items: T[] = [];
  for (const [label, count] of counts) for (let i = 0; i < count; i++) items.push(label);
  return rng.shuffle(items);
}
