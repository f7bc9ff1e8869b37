import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { communeMatcher, METROPOLE_NORD_OUEST } from '../contract/territory.js';
import { MANUAL_KEYS } from '../contract/manual-keys.js';
import { buildSchemas } from '../contract/schemas.js';
import { isFileSystemError } from '../contract/issues.js';
import { TEXT_BLOCK_DESCRIPTIONS } from '../contract/messages-fr.js';
import { ALL_TEXT_BLOCKS, TEXTS_FOLDER } from '../contract/texts.js';
import * as words from '../contract/console-fr.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * `alpes-report init --year Y`: an empty year folder with every CSV's header row, taken
 * from the schemas, and a README saying what goes where. Never overwrites a file.
 */
export interface InitOptions {
  year: number;
  data: string;
}

/** Y-1's texts, to be edited rather than written from scratch (`build` says which stay unread). */
function previousTexts(dataDir: string, year: number): Map<string, Buffer> {
  const folder = path.join(dataDir, String(year - 1), TEXTS_FOLDER);
  const texts = new Map<string, Buffer>();
  if (!existsSync(folder)) return texts;
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('.md')) texts.set(`${TEXTS_FOLDER}/${name}`, readFileSync(path.join(folder, name)));
  }
  return texts;
}

/**
 * A placeholder for each block Y-1 does not give: a comment only, so the text counts as absent
 * (`validate` and `build` say « texte absent ») until the analyst writes it, and never states
 * another year's facts.
 */
function placeholders(copied: ReadonlyMap<string, Buffer>): Map<string, string> {
  const files = new Map<string, string>();
  for (const block of ALL_TEXT_BLOCKS) {
    const file = `${TEXTS_FOLDER}/${block}.md`;
    if (copied.has(file)) continue;
    files.set(file, words.textPlaceholder(TEXT_BLOCK_DESCRIPTIONS[block]));
  }
  return files;
}

function scaffold(year: number): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  const schemas = Object.values(buildSchemas(communeMatcher(METROPOLE_NORD_OUEST)));
  for (const schema of schemas) {
    files.set(schema.path, `${Object.values(schema.columns).map((column) => column.header).join(';')}\n`);
  }
  files.set('LISEZMOI.md', words.yearFolderReadme({ year, files: schemas, manualKeys: MANUAL_KEYS, textsFolder: TEXTS_FOLDER }));
  return files;
}

export function runInit(options: InitOptions, io: Io): number {
  const folder = path.join(options.data, String(options.year));
  const files = scaffold(options.year);
  const texts = previousTexts(options.data, options.year);
  const toWrite = placeholders(texts);
  for (const [file, content] of texts) files.set(file, content);
  for (const [file, content] of toWrite) files.set(file, content);
  const existing = [...files.keys()].filter((file) => existsSync(path.join(folder, file)));
  if (existing.length > 0) {
    io.err(words.initWouldOverwrite(folder, existing));
    return EXIT.outputFailed;
  }
  try {
    for (const [file, content] of files) {
      const target = path.join(folder, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content, { flag: 'wx' });
    }
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    io.err(words.cannotPrepare(folder, error.code));
    return EXIT.outputFailed;
  }
  io.err(words.prepared(folder, files.size - texts.size - toWrite.size, options.year));
  if (texts.size > 0) io.err(words.textsCopied(options.year, texts.size, TEXTS_FOLDER));
  if (toWrite.size > 0) io.err(words.textsToWrite(toWrite.size, TEXTS_FOLDER));
  return EXIT.ok;
}
