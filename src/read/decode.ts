import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

/**
 * Turns a file into text chunks, detecting the encoding from its first bytes: a UTF-8 BOM,
 * else UTF-8 if the first block is valid UTF-8, else Windows-1252 (Excel on Windows).
 * CRLF and lone CR become LF so that line numbers count the way an editor shows them.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export class DecodeError extends Error {}

const SNIFF_BYTES = 64 * 1024;

function looksLikeUtf8(bytes: Buffer): boolean {
  // Drop an incomplete sequence at the end of the sample before checking.
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

export interface DecodedFile {
  encoding: Encoding;
  chunks: AsyncIterable<string>;
  /** SHA-256 of the file's bytes, hex; complete once `chunks` has been read to the end. */
  sha256(): string;
}

export async function decodeFile(filePath: string): Promise<DecodedFile> {
  const stream = createReadStream(filePath, { highWaterMark: SNIFF_BYTES });
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
  const hash = createHash('sha256');

  let encoding: Encoding;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) encoding = 'utf-8-bom';
  else encoding = looksLikeUtf8(head) ? 'utf-8' : 'windows-1252';

  async function* chunks(): AsyncGenerator<string> {
    const decode =
      encoding === 'windows-1252'
        ? (() => {
            const decoder = iconv.getDecoder('win1252');
            return (bytes: Buffer | undefined) => (bytes ? decoder.write(bytes) : (decoder.end() ?? ''));
          })()
        : (() => {
            const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
            return (bytes: Buffer | undefined) => {
              try {
                return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
              } catch {
                throw new DecodeError('invalid utf-8');
              }
            };
          })();
    let pendingCr = false;
    const normalise = (text: string): string => {
      let out = pendingCr && text.startsWith('\n') ? text.slice(1) : text;
      pendingCr = out.endsWith('\r');
      out = out.replace(/\r\n?/g, '\n');
      return out;
    };
    try {
      hash.update(head);
      if (head.length > 0) yield normalise(decode(head));
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        hash.update(next.value);
        yield normalise(decode(next.value));
      }
      const rest = decode(undefined);
      if (rest) yield normalise(rest);
    } finally {
      stream.destroy();
    }
  }

  return { encoding, chunks: chunks(), sha256: () => hash.copy().digest('hex') };
}
