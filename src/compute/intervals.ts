import type { Day } from '../contract/dates.js';

/** Stored for an open interval (no end): after every day, so `day <= end` holds. */
const OPEN = 0x7fffffff;

/**
 * Intervals grouped by person (a jeune index), for "was this day inside one of the person's
 * intervals": every person's intervals back to back in two typed arrays, found through one
 * offset array. At the national scale a Map of arrays of { start, end } objects cost about
 * 85 MiB for 300 000 CEJ jeunes (four objects per person); this costs 4 bytes per person
 * plus 8 per interval, and nothing for the collector to trace.
 */
export class IntervalsByPerson {
  private constructor(
    /** Person p's intervals are at [offsets[p], offsets[p + 1]). */
    private readonly offsets: Int32Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /**
   * `each(add)` must call `add(person, start, end)` for every interval, the same ones in the
   * same order each time it is called (it is called twice: to count, then to fill).
   * `end` undefined is an open interval. A person's intervals keep the order they were added in.
   */
  static build(each: (add: (person: number, start: Day, end: Day | undefined) => void) => void): IntervalsByPerson {
    let people = 0;
    let total = 0;
    each((person) => {
      if (!Number.isInteger(person) || person < 0) throw new RangeError(`IntervalsByPerson: person out of range: ${person}`);
      if (person >= people) people = person + 1;
      total++;
    });
    const offsets = new Int32Array(people + 1);
    each((person) => offsets[person + 1]!++);
    for (let p = 0; p < people; p++) offsets[p + 1]! += offsets[p]!;
    const next = offsets.slice(0, people);
    const starts = new Int32Array(total);
    const ends = new Int32Array(total);
    each((person, start, end) => {
      const at = next[person]!++;
      starts[at] = start;
      ends[at] = end === undefined ? OPEN : end;
    });
    return new IntervalsByPerson(offsets, starts, ends);
  }

  /** Whether the person has at least one interval. */
  has(person: number): boolean {
    return person >= 0 && person < this.offsets.length - 1 && this.offsets[person + 1]! > this.offsets[person]!;
  }

  /** Whether `day` is inside one of the person's intervals (bounds included). */
  contains(person: number, day: Day): boolean {
    if (person < 0 || person >= this.offsets.length - 1) return false;
    for (let at = this.offsets[person]!, end = this.offsets[person + 1]!; at < end; at++) {
      if (day >= this.starts[at]! && day <= this.ends[at]!) return true;
    }
    return false;
  }
}
