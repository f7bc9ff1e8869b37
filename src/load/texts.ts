import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isFileSystemError, type Issue, type IssueSink } from '../contract/issues.js';
import { ALL_TEXT_BLOCKS, isTextBlock, TEXTS_FOLDER, type TextBlock } from '../contract/texts.js';
import { nearest } from '../contract/normalize.js';

/**
 * Reads the year's texts (`<data>/<year>/textes/*.md`). A text is kept as written (less a
 * UTF-8 BOM); rendering it is render/'s business. A file the report prints nowhere is said,
 * with the nearest block name; a text byte-identical to Y-1's is said too ("texte non relu").
 */
export interface YearText {
  /** Path relative to the data folder, for issues: `2025/textes/edito.md`. */
  file: string;
  source: string;
}

export type YearTexts = Partial<Record<TextBlock, YearText>>;

export function textsFolder(dataDir: string, year: number): string {
  return path.join(dataDir, String(year), TEXTS_FOLDER);
}

/**
 * The `.md` files of a year's textes/ folder, by name without `.md`; empty without the folder.
 * A file that cannot be read (a folder named `edito.md`, no read permission) is an error in
 * `issues` when given; Y-1's are only compared, so its own build says what is wrong with them.
 */
function markdownFiles(dataDir: string, year: number, issues?: IssueSink): Map<string, Buffer> {
  const folder = textsFolder(dataDir, year);
  const files = new Map<string, Buffer>();
  if (!existsSync(folder)) return files;
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    issues?.push({ code: 'file.unreadable', severity: 'error', file: `${year}/${TEXTS_FOLDER}/`, errno: error.code });
    return files;
  }
  for (const name of names) {
    if (!name.endsWith('.md')) continue;
    try {
      files.set(name.slice(0, -3), readFileSync(path.join(folder, name)));
    } catch (error) {
      if (!isFileSystemError(error)) throw error;
      issues?.push({ code: 'file.unreadable', severity: 'error', file: `${year}/${TEXTS_FOLDER}/${name}`, errno: error.code });
    }
  }
  return files;
}

function withoutComments(source: string): string {
  return source.replace(/<!--[\s\S]*?-->/g, '');
}

export function loadTexts(dataDir: string, year: number, issues: IssueSink): YearTexts {
  const texts: YearTexts = {};
  const previous = markdownFiles(dataDir, year - 1);
  for (const [name, bytes] of markdownFiles(dataDir, year, issues)) {
    const file = `${year}/${TEXTS_FOLDER}/${name}.md`;
    if (!isTextBlock(name)) {
      const suggestion = nearest(name, ALL_TEXT_BLOCKS);
      issues.push({ code: 'text.unknown_file', severity: 'warning', file, value: `${name}.md`, ...(suggestion ? { suggestion: `${suggestion}.md` } : {}) });
      continue;
    }
    const source = bytes.toString('utf8').replace(/^\ufeff/, '');
    // Only comments (the placeholder `init` writes): not written yet, so absent, and said as such.
    if (source.trim() !== '' && withoutComments(source).trim() === '') continue;
    const before = previous.get(name);
    if (before !== undefined && before.equals(bytes)) issues.push({ code: 'text.unchanged', severity: 'warning', file, year });
    texts[name] = { file, source };
  }
  return texts;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const LONG_DATE = new RegExp(`\\b(?:1er|\\d{1,2})\\s+(?:${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'giu');
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/(\d{4})\b/g;

/**
 * The full dates a text cites outside the report year ("19 juin 2024", "19/06/2024"), one
 * `info` issue each, for `validate`: the analyst rereads them (a legal reference is dated too).
 */
export function datesOutsideYear(texts: YearTexts, year: number): Issue[] {
  const issues: Issue[] = [];
  for (const text of Object.values(texts)) {
    text.source.split('\n').forEach((line, index) => {
      for (const pattern of [LONG_DATE, NUMERIC_DATE]) {
        for (const match of line.matchAll(pattern)) {
          if (Number(match[1]) !== year) {
            issues.push({ code: 'text.date_outside_year', severity: 'info', file: text.file, line: index + 1, value: match[0].replace(/\s+/g, ' '), year });
          }
        }
      }
    });
  }
  return issues;
}
