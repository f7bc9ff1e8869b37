import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile, DecodeError, utf8Census } from '../../src/read/decode.js';
import { temporaryDir } from '../helpers/report.js';

async function readAll(bytes: Buffer): Promise<{ text: string; encoding: string }> {
  const file = path.join(temporaryDir(), 'file.csv');
  writeFileSync(file, bytes);
  const decoded = decodeFile(file);
  let text = '';
  for await (const chunk of decoded.chunks) text += chunk;
  return { text, encoding: decoded.encoding() };
}

describe('encoding detection', () => {
  it('reads a Windows-1252 file whose first accent comes after 64 KiB', async () => {
    const ascii = 'A1;10/01/2024;SMS;\n'.repeat(4_000); // ≈ 76 KB of ASCII
    const text = `${ascii}A2;10/01/2024;Téléphone;Réalisé — œ €\r\n`;
    const result = await readAll(iconv.encode(text, 'win1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(text.replace('\r\n', '\n'));
  });

  it('reads UTF-8 with and without BOM, CRLF split across blocks', async () => {
    expect(await readAll(Buffer.from('Date de début;Œuvre\r\n€;é\r\n', 'utf8'))).toEqual({ text: 'Date de début;Œuvre\n€;é\n', encoding: 'utf-8' });
    expect((await readAll(Buffer.from('\ufeffa;b\n', 'utf8'))).encoding).toBe('utf-8-bom');
    const long = `${'x'.repeat(65_535)}\r\ny`; // the CR ends the first 64 KiB block, the LF starts the next
    expect((await readAll(Buffer.from(long))).text).toBe(`${'x'.repeat(65_535)}\ny`);
  });

  it('decides late when a block ends on the first accent (Windows-1252 or UTF-8 alike)', async () => {
    const head = 'x'.repeat(65_535);
    const windows = `${head}é;suite\n`; // é is the last byte of the first block
    expect(await readAll(iconv.encode(windows, 'win1252'))).toEqual({ text: windows, encoding: 'windows-1252' });
    const utf8 = `${head}é;suite\n`; // é's first byte ends the block, its second starts the next
    expect(await readAll(Buffer.from(utf8, 'utf8'))).toEqual({ text: utf8, encoding: 'utf-8' });
    expect(await readAll(iconv.encode(`${'y'.repeat(10)}é`, 'win1252'))).toEqual({ text: `${'y'.repeat(10)}é`, encoding: 'windows-1252' });
  });

  it('refuses a file that mixes UTF-8 and Windows-1252, or ends inside a UTF-8 letter', async () => {
    const mixed = Buffer.concat([Buffer.from('début;', 'utf8'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expect(readAll(mixed)).rejects.toBeInstanceOf(DecodeError);
    await expect(readAll(Buffer.concat([Buffer.from('déjà;R', 'utf8'), Buffer.from([0xc3])]))).rejects.toBeInstanceOf(DecodeError);
  });

  it('counts UTF-8 sequences and invalid bytes', () => {
    expect(utf8Census(Buffer.from('é€😀', 'utf8'))).toEqual({ sequences: 3, invalid: 0 });
    expect(utf8Census(iconv.encode('é;à;', 'win1252'))).toEqual({ sequences: 0, invalid: 2 });
  });
});
