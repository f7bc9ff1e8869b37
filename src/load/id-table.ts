/**
 * A map from identifier text to a whole number >= 0, for the ids of a national register
 * (a million jeunes, looked up by every row of the activity files). Open addressing over one
 * Int32Array of slots [key, key, value + 1] (value 0 = empty), at most 3/4 full.
 *
 * At that size a lookup is bound by memory, not by the CPU: each random access to a table of
 * tens of MB costs a cache and TLB miss (hundreds of ns on a virtual machine). So an id of at
 * most 9 characters of code 1 to 127 (such as the fixtures' J24-00090) is held in its
 * slot, 7 bits a character in the two key words: the slot alone says whether it is the id,
 * one memory access a lookup. Any other id (longer, accented, holding U+0000) keeps its
 * characters in one Uint16Array, each after its length (two 16-bit halves); its slot holds
 * the FNV-1a hash of its characters and -1 - offset (negative: a packed id's second word is
 * not). A Map<string, number> of that size costs three or four misses a lookup and a few
 * objects per id.
 */
const SLOT = 3;
const PACKED_LENGTH = 9;

/** FNV-1a over `text[start, end)`'s UTF-16 code units: a whole id, or a cell inside its line. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** The two key words of the last `pack` that succeeded (no object built per lookup). */
let packedLow = 0;
let packedHigh = 0;

/** Packs `text[start, end)` into packedLow / packedHigh (7 bits a character); false when it cannot be. */
function pack(text: string, start: number, end: number): boolean {
  if (end - start > PACKED_LENGTH) return false;
  let low = 0;
  let high = 0;
  for (let i = start, shift = 0; i < end; i++, shift += 7) {
    const code = text.charCodeAt(i);
    // 0 pads a shorter id: an id holding it would be ambiguous.
    if (code === 0 || code > 0x7f) return false;
    if (shift < 28) low |= code << shift;
    else if (shift === 28) {
      low |= code << 28;
      high = code >>> 4;
    } else high |= code << (shift - 32);
  }
  packedLow = low;
  packedHigh = high; // bits 0 to 30: never negative
  return true;
}

/** Where a packed id's probe starts: its key words mixed (murmur3's finalizer). */
function mix(low: number, high: number): number {
  let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
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
  private find(text: string, start: number, end: number): number {
    const { slots, mask } = this;
    if (pack(text, start, end)) {
      const low = packedLow;
      const high = packedHigh;
      for (let slot = mix(low, high) & mask; ; slot = (slot + 1) & mask) {
        const at = slot * SLOT;
        if (slots[at + 2] === 0 || (slots[at] === low && slots[at + 1] === high)) return slot;
      }
    }
    const hash = hashOf(text, start, end);
    const { chars } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at + 2] === 0) return slot;
      const second = slots[at + 1]!;
      if (second >= 0 || slots[at] !== hash) continue;
      const offset = -1 - second;
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
    const stored = this.slots[this.find(text, 0, text.length) * SLOT + 2]!;
    return stored === 0 ? undefined : stored - 1;
  }

  /** `get(text.slice(start, end))` without cutting the id out of its line (the activity files' fast path). */
  getSpan(text: string, start: number, end: number): number | undefined {
    const stored = this.slots[this.find(text, start, end) * SLOT + 2]!;
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
    let at = this.find(text, 0, text.length) * SLOT;
    if (this.slots[at + 2] !== 0) {
      if (overwrite) this.slots[at + 2] = value + 1;
      return false;
    }
    if ((this.#size + 1) * 4 > (this.mask + 1) * 3) {
      this.grow();
      at = this.find(text, 0, text.length) * SLOT;
    }
    if (pack(text, 0, text.length)) {
      this.slots[at] = packedLow;
      this.slots[at + 1] = packedHigh;
    } else {
      const needed = this.charsUsed + 2 + text.length;
      if (needed > 0x7ffffffe) throw new RangeError('IdTable: ids too long in total');
      if (needed > this.chars.length) {
        const chars = new Uint16Array(Math.max(this.chars.length * 2, needed));
        chars.set(this.chars.subarray(0, this.charsUsed));
        this.chars = chars;
      }
      this.chars[this.charsUsed] = text.length & 0xffff;
      this.chars[this.charsUsed + 1] = text.length >>> 16;
      for (let i = 0; i < text.length; i++) this.chars[this.charsUsed + 2 + i] = text.charCodeAt(i);
      this.slots[at] = hashOf(text, 0, text.length);
      this.slots[at + 1] = -1 - this.charsUsed;
      this.charsUsed = needed;
    }
    this.slots[at + 2] = value + 1;
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
      if (old[at + 2] === 0) continue;
      // The probe starts where find() starts it: at the packed id's mix, or the stored hash.
      const first = old[at]!;
      const second = old[at + 1]!;
      let slot = (second >= 0 ? mix(first, second) : first) & mask;
      while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
