import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/**
 * Turns a file into text chunks, detecting the encoding as bytes come: a UTF-8 BOM means
 * UTF-8; otherwise the file is ASCII until its first non-ASCII byte, and the block holding
 * that byte decides: valid UTF-8 -> UTF-8, no UTF-8 sequence at all -> Windows-1252 (Excel
 * on Windows). Both read ASCII the same, so deciding late loses nothing, however far into
 * the file the first accent is. A file that mixes the two (UTF-8 with a stray Windows byte,
 * or the reverse) is refused: reading it either way would print garbled text.
 * CRLF and lone CR become LF so that line numbers count the way an editor shows them.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * A file that cannot be read as text. `utf16` when it looks like UTF-16 without the byte
 * order mark that says which (Excel's « Texte Unicode » has one, and is read).
 */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly utf16 = false,
  ) {
    super(message);
  }
}

/** Half of the first bytes NUL, all at odd or all at even offsets: UTF-16 text. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return sample >= 4 && Math.max(even, odd) >= sample / 4 && Math.min(even, odd) === 0;
}

const BLOCK_BYTES = 64 * 1024;

// iconv-lite (CommonJS) is loaded, synchronously, for the first Windows-1252 file only: a run on
// UTF-8 files does not pay the ~20 ms of loading it and its code tables.
const requireCjs = createRequire(import.meta.url);
let iconv: typeof Iconv | undefined;
const win1252Decoder = () => (iconv ??= requireCjs('iconv-lite') as typeof Iconv).getDecoder('win1252');

interface Utf8Census {
  /** Well-formed multi-byte sequences. */
  sequences: number;
  /** Bytes that cannot be UTF-8 where they stand. */
  invalid: number;
}

/** Counts UTF-8 multi-byte sequences and invalid bytes; an incomplete sequence at the very end is ignored. */
export function utf8Census(bytes: Uint8Array): Utf8Census {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    while (k < length && i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k === length) {
      sequences++;
      i += length;
    } else if (i + k === bytes.length) {
      break; // a sequence cut by the end of the block: the next block tells
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid };
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

export interface DecodedFile {
  /** The encoding as decided so far (final once `chunks` has been read to the end). */
  encoding(): Encoding;
  chunks: AsyncIterable<string>;
  /** SHA-256 of the file's bytes, hex; complete once `chunks` has been read to the end. */
  sha256(): string;
}

export function decodeFile(filePath: string): DecodedFile {
  const hash = createHash('sha256');
  let encoding: Encoding | undefined;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let win1252Decoding: ReturnType<typeof win1252Decoder> | undefined;
  const win1252 = () => (win1252Decoding ??= win1252Decoder());

  // Undecided bytes at the end of a block (a possible UTF-8 sequence cut by the boundary).
  let carry: Buffer = Buffer.alloc(0);
  let utf16: InstanceType<typeof TextDecoder> | undefined;
  const decode = (block: Buffer): string => {
    if (utf16 !== undefined) {
      try {
        return utf16.decode(block, { stream: true });
      } catch {
        throw new DecodeError('invalid utf-16');
      }
    }
    let bytes = carry.length > 0 ? Buffer.concat([carry, block]) : block;
    carry = Buffer.alloc(0);
    if (encoding === undefined) {
      if (hasHighByte(bytes)) {
        const census = utf8Census(bytes);
        if (census.invalid === 0 && census.sequences === 0) {
          // Only a cut-off tail is non-ASCII: decide with the next block.
          let start = bytes.length;
          while (start > 0 && bytes[start - 1]! >= 0x80) start--;
          carry = bytes.subarray(start);
          bytes = bytes.subarray(0, start);
        } else if (census.invalid === 0) encoding = 'utf-8';
        else if (census.sequences === 0) encoding = 'windows-1252';
        else throw new DecodeError('mixed encodings');
      }
    } else if (encoding === 'windows-1252' && utf8Census(bytes).sequences > 0) {
      throw new DecodeError('mixed encodings');
    }
    if (encoding === 'windows-1252') return win1252().write(bytes);
    try {
      return utf8.decode(bytes, { stream: true });
    } catch {
      throw new DecodeError('invalid utf-8');
    }
  };

  async function* chunks(): AsyncGenerator<string> {
    const stream = createReadStream(filePath, { highWaterMark: BLOCK_BYTES });
    let pendingCr = false;
    let first = true;
    const normalise = (text: string): string => {
      let out = pendingCr && text.startsWith('\n') ? text.slice(1) : text;
      pendingCr = out.endsWith('\r');
      return out.indexOf('\r') === -1 ? out : out.replace(/\r\n?/g, '\n');
    };
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        let bytes = chunk;
        if (first) {
          first = false;
          if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
            encoding = 'utf-8-bom';
            bytes = bytes.subarray(3);
          } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
            utf16 = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
            bytes = bytes.subarray(2);
          } else if (looksUtf16(bytes)) {
            throw new DecodeError('utf-16 without a byte order mark', true);
          }
        }
        yield normalise(decode(bytes));
      }
      let rest: string;
      if (utf16 !== undefined) {
        try {
          rest = utf16.decode();
        } catch {
          throw new DecodeError('truncated utf-16');
        }
        if (rest) yield normalise(rest);
        return;
      }
      try {
        // A file that ends on undecided bytes: Windows-1252 if they are not a whole UTF-8 letter.
        if (carry.length > 0) encoding = utf8Census(carry).sequences > 0 ? 'utf-8' : 'windows-1252';
        const tail = carry.length > 0 ? (encoding === 'windows-1252' ? win1252().write(carry) : utf8.decode(carry, { stream: true })) : '';
        rest = tail + (encoding === 'windows-1252' ? (win1252().end() ?? '') : utf8.decode());
      } catch {
        throw new DecodeError('truncated utf-8');
      }
      if (rest) yield normalise(rest);
    } finally {
      stream.destroy();
    }
  }

  return { encoding: () => encoding ?? 'utf-8', chunks: chunks(), sha256: () => hash.copy().digest('hex') };
}
