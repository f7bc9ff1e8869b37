import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * What the data folder holds when it has no folder for the year asked: the absolute path
 * tried, the year folders found there, and the folder to give instead when --data points
 * one level too deep (at a year folder: it holds imilo/ itself).
 */
export interface MissingYearFolder {
  tried: string;
  years: number[];
  /** The parent folder, when --data is itself a year folder. */
  parentToGive?: string;
  /** That year folder's year, when its name is one. */
  yearGiven?: number;
}

function yearFolders(folder: string): number[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
      .map((entry) => Number(entry.name))
      .sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/** Undefined when `<data>/<year>/` exists. */
export function missingYearFolder(dataDir: string, year: number): MissingYearFolder | undefined {
  const tried = path.resolve(dataDir, String(year));
  if (existsSync(tried)) return undefined;
  const absoluteData = path.resolve(dataDir);
  const found: MissingYearFolder = { tried, years: yearFolders(absoluteData) };
  if (existsSync(path.join(absoluteData, 'imilo'))) {
    found.parentToGive = path.dirname(absoluteData);
    const name = path.basename(absoluteData);
    if (/^\d{4}$/.test(name)) found.yearGiven = Number(name);
  }
  return found;
}
