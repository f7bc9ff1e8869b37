/**
 * A set of person indexes (jeune indexes: 0 to a million at the national scale), as one byte
 * per person. The indicators count distinct jeunes over hundreds of thousands of rows: a
 * Set<number> of that size grows through ever larger hash tables that V8 keeps in the old
 * generation until a full collection, where this is one array sized once. Members come out
 * in ascending order.
 */
export class PersonSet {
  private marks: Uint8Array;
  #size = 0;

  /** `people`: the number of persons expected (the largest index + 1); the set grows past it if needed. */
  constructor(people = 0) {
    this.marks = new Uint8Array(Math.max(16, people));
  }

  get size(): number {
    return this.#size;
  }

  add(person: number): void {
    if (!Number.isInteger(person) || person < 0) throw new RangeError(`PersonSet: not a person index: ${person}`);
    if (person >= this.marks.length) {
      const grown = new Uint8Array(Math.max(this.marks.length * 2, person + 1));
      grown.set(this.marks);
      this.marks = grown;
    }
    if (this.marks[person] === 0) {
      this.marks[person] = 1;
      this.#size++;
    }
  }

  has(person: number): boolean {
    return this.marks[person] === 1;
  }

  /** The members, ascending. */
  *[Symbol.iterator](): IterableIterator<number> {
    const { marks } = this;
    for (let person = 0; person < marks.length; person++) if (marks[person] === 1) yield person;
  }

  /** The members as an array, ascending. */
  toArray(): number[] {
    const out = new Array<number>(this.#size);
    let at = 0;
    const { marks } = this;
    for (let person = 0; person < marks.length && at < out.length; person++) if (marks[person] === 1) out[at++] = person;
    return out;
  }
}
