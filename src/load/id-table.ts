/**
 * A map from identifier text to a whole number >= 0, for the ids of a national register
 * (a million jeunes, looked up by every row of the activity files). Open addressing over one
 * Int32Array of slots [hash, value + 1, offset] (0 = empty), at most 3/4 full, and the ids'
 * characters back to back in one Uint16Array, each id after its length (two 16-bit halves).
 * A lookup reads one slot and, when the hash matches, the id's characters; a
 * Map<string, number> of that size costs three or four cache misses a lookup (bucket, entry,
 * key string) and a few objects per id.
 */
const SLOT = 3;

/** FNV-1a over `text[start, end)`'s UTF-16 code units: a whole id, or a cell inside its line. */
function hashOf(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** An IdTable's storage, for another thread (`IdTable.share()` / `IdTable.from()`). */
export interface IdTableData {
  slots: Int32Array<ArrayBufferLike>;
  chars: Uint16Array<ArrayBufferLike>;
  mask: number;
  charsUsed: number;
  size: number;
}

export class IdTable {
  private slots: Int32Array<ArrayBufferLike>;
  private mask = 63;
  private chars: Uint16Array<ArrayBufferLike> = new Uint16Array(1024);
  private charsUsed = 0;
  /** The storage is shared with other threads (share(), from()): copied before a change. */
  private shared = false;
  #size = 0;

  /** `expected`: the number of ids expected, to size the table once. */
  constructor(expected = 0) {
    while ((this.mask + 1) * 3 < expected * 4) this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * SLOT);
  }

  get size(): number {
    return this.#size;
  }

  /** The slot holding `text[start, end)`, or the empty slot where it would go. */
  private find(text: string, hash: number, start = 0, end = text.length): number {
    const { slots, chars, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at + 1] === 0) return slot;
      if (slots[at] !== hash) continue;
      const offset = slots[at + 2]!;
      if (chars[offset] !== (length & 0xffff) || chars[offset + 1] !== length >>> 16) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (chars[offset + 2 + i] !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return slot;
    }
  }

  get(text: string): number | undefined {
    const at = this.find(text, hashOf(text)) * SLOT;
    const stored = this.slots[at + 1]!;
    return stored === 0 ? undefined : stored - 1;
  }

  /** `get(text.slice(start, end))` without cutting the id out of its line (the activity files' fast path). */
  getSpan(text: string, start: number, end: number): number | undefined {
    const at = this.find(text, hashOf(text, start, end), start, end) * SLOT;
    const stored = this.slots[at + 1]!;
    return stored === 0 ? undefined : stored - 1;
  }

  has(text: string): boolean {
    return this.get(text) !== undefined;
  }

  set(text: string, value: number): void {
    this.put(text, value, true);
  }

  /** Adds `text` with `value` unless it is already there (then nothing changes); whether it was added. */
  insert(text: string, value: number): boolean {
    return this.put(text, value, false);
  }

  private put(text: string, value: number, overwrite: boolean): boolean {
    if (!Number.isInteger(value) || value < 0 || value >= 0x7fffffff) throw new RangeError(`IdTable value out of range: ${value}`);
    if (this.shared) {
      // Other threads read the shared storage: this table takes a private copy to change.
      this.slots = this.slots.slice();
      this.chars = this.chars.slice();
      this.shared = false;
    }
    const hash = hashOf(text);
    let at = this.find(text, hash) * SLOT;
    if (this.slots[at + 1] !== 0) {
      if (overwrite) this.slots[at + 1] = value + 1;
      return false;
    }
    if ((this.#size + 1) * 4 > (this.mask + 1) * 3) {
      this.grow();
      at = this.find(text, hash) * SLOT;
    }
    const needed = this.charsUsed + 2 + text.length;
    if (needed > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, needed));
      chars.set(this.chars.subarray(0, this.charsUsed));
      this.chars = chars;
    }
    this.chars[this.charsUsed] = text.length & 0xffff;
    this.chars[this.charsUsed + 1] = text.length >>> 16;
    for (let i = 0; i < text.length; i++) this.chars[this.charsUsed + 2 + i] = text.charCodeAt(i);
    this.slots[at] = hash;
    this.slots[at + 1] = value + 1;
    this.slots[at + 2] = this.charsUsed;
    this.charsUsed = needed;
    this.#size++;
    return true;
  }

  /**
   * Moves the storage into shared memory (one copy) and returns it, for worker threads to
   * read with `IdTable.from()`; this table goes on working on the shared copy.
   */
  share(): IdTableData {
    if (!this.shared) {
      const slots = new Int32Array(new SharedArrayBuffer(this.slots.byteLength));
      slots.set(this.slots);
      const chars = new Uint16Array(new SharedArrayBuffer(Math.max(2, this.charsUsed * 2)));
      chars.set(this.chars.subarray(0, this.charsUsed));
      this.slots = slots;
      this.chars = chars;
      this.shared = true;
    }
    return { slots: this.slots, chars: this.chars, mask: this.mask, charsUsed: this.charsUsed, size: this.#size };
  }

  /** A table over shared storage (see share()); for lookups: adding to it copies the storage first. */
  static from(data: IdTableData): IdTable {
    const table = new IdTable();
    table.slots = data.slots;
    table.chars = data.chars;
    table.mask = data.mask;
    table.charsUsed = data.charsUsed;
    table.#size = data.size;
    table.shared = true;
    return table;
  }

  /** Doubles the slots; characters stay where they are. */
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * SLOT);
    const mask = capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] === 0) continue;
      let slot = old[at]! & mask;
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
