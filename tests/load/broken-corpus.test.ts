import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryDir } from '../helpers/report.js';
import { MINIMAL_FILES, writeYearFolder } from '../helpers/year-folder.js';

/**
 * The broken-input corpus: every folder of tests/broken/ is one case (README.md says what is
 * wrong, expected.json what the tool must report, files/ the files that differ from the
 * minimal valid year folder, remove.txt the files to delete). A new folder is a new test.
 *
 * For each case, `validate --json` must report exactly the expected errors (and warnings),
 * and `build` must end with the same exit code, print French messages that name the file,
 * no stack trace, and write nothing when the data is invalid.
 */
const CORPUS = path.resolve(import.meta.dirname, '../broken');
const YEAR = 2024;
const MIN_CASES = 40;

interface ExpectedIssue {
  code: string;
  file: string;
  line?: number;
  column?: number;
  /** Checked only when given. */
  suggestion?: string;
}

interface Expected {
  exitCode: 0 | 3;
  issues: ExpectedIssue[];
  /** When given, the warnings must be exactly these; when absent, warnings are not checked. */
  warnings?: ExpectedIssue[];
}

interface JsonIssue extends ExpectedIssue {
  severity: 'error' | 'warning';
  message: string;
}

interface Case {
  name: string;
  dir: string;
  expected: Expected;
  changes: Record<string, Buffer | null>;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function loadCase(name: string): Case {
  const dir = path.join(CORPUS, name);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const changes: Record<string, Buffer | null> = {};
  for (const relative of listFiles(path.join(dir, 'files'))) {
    changes[relative] = readFileSync(path.join(dir, 'files', relative));
  }
  for (const removeList of [path.join(dir, 'remove.txt'), path.join(dir, 'files', 'remove.txt')]) {
    if (!existsSync(removeList)) continue;
    delete changes['remove.txt'];
    for (const relative of readFileSync(removeList, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      changes[relative] = null;
    }
  }
  return { name, dir, expected, changes };
}

const caseNames = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((entry) => statSync(path.join(CORPUS, entry)).isDirectory())
      .sort()
  : [];

/** [file, line, column, code] as one comparable string; sorted lists compare exactly. */
function quad(issue: ExpectedIssue): string {
  return JSON.stringify([issue.file, issue.line ?? null, issue.column ?? null, issue.code]);
}

function quads(issues: readonly ExpectedIssue[]): string[] {
  return issues.map(quad).sort();
}

const ANSI = /\u001b\[[0-9;]*m/g;
/** `2024/imilo/jeunes.csv:12:4 erreur [cell.commune] message` */
const ISSUE_LINE = /^(\d{4}\/[^\s:]+)(?::\d+(?::\d+)?)? (erreur|avertissement) \[([a-z_.]+)\] (.+)$/;
/** The build's own summary lines (they do not name a file), and the lines under a group of identical issues. */
const SUMMARY_LINES = [
  /^Rapport \d{4} non généré : /,
  /^Données \d{4} lues : /,
  /^Pas de dossier \d{4} ni de --previous : /,
  /^Comparaisons avec /,
  /^Écrit : /,
  /^ {2}[\d\u202f]+ fois/,
  /^ {2}(.+, )?[aA]joutez à alpes-report\.config\.json/,
  /^… et [\d\u202f]+ autre/,
  /^Total des (erreurs|avertissements) par code : /,
];
/** Words that betray an untranslated or technical message. */
const NOT_FRENCH = /\b(undefined|null|NaN|Error|error|warning|expected|received|Invalid|Required|object Object)\b/;
const FRENCH_MARKER = /(\b(de|la|le|les|du|des|est|pas|une?|fichier|colonne|valeur|attendu)\b|[éèêàçù’«»])/i;

describe('broken-input corpus (tests/broken/)', () => {
  it(`has at least ${MIN_CASES} well-formed cases`, () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(MIN_CASES);
    const known = new Set(Object.keys(MINIMAL_FILES));
    for (const name of caseNames) {
      expect(name, 'case folders are kebab-case').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const dir = path.join(CORPUS, name);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8').trim(), `${name}/README.md`).not.toBe('');
      const { expected, changes } = loadCase(name);
      expect([0, 3], `${name}: exitCode`).toContain(expected.exitCode);
      expect(Array.isArray(expected.issues), `${name}: issues`).toBe(true);
      expect(expected.exitCode === 0, `${name}: exit 0 if and only if no error is expected`).toBe(expected.issues.length === 0);
      expect(Object.keys(changes).length, `${name}: a case changes at least one file`).toBeGreaterThan(0);
      for (const relative of Object.keys(changes)) {
        expect(known.has(relative), `${name}: ${relative} is not a file of the year folder`).toBe(true);
      }
    }
  });

  describe.each(caseNames)('%s', (name) => {
    const testCase = loadCase(name);
    const { expected } = testCase;
    const expectedWarnings = expected.warnings ?? [];
    const checkWarnings = expected.warnings !== undefined;

    it(`validate exits ${expected.exitCode} and reports exactly the expected issues`, async () => {
      const data = writeYearFolder(YEAR, testCase.changes);
      const run = await runCli(['validate', '--year', String(YEAR), '--data', data, '--json']);
      const report = JSON.parse(run.out) as { valid: boolean; errors: number; warnings: number; issues: JsonIssue[] };
      const errors = report.issues.filter((issue) => issue.severity === 'error');
      const warnings = report.issues.filter((issue) => issue.severity === 'warning');
      expect(quads(errors), 'errors').toEqual(quads(expected.issues));
      if (checkWarnings) expect(quads(warnings), 'warnings').toEqual(quads(expectedWarnings));
      expect(run.code).toBe(expected.exitCode);
      expect(report.valid).toBe(expected.exitCode === 0);
      expect(report.errors).toBe(errors.length);
      expect(report.warnings).toBe(warnings.length);
      for (const wanted of [...expected.issues, ...expectedWarnings]) {
        if (wanted.suggestion === undefined) continue;
        const found = report.issues.find((issue) => quad(issue) === quad(wanted));
        expect(found?.suggestion, `suggestion for ${quad(wanted)}`).toBe(wanted.suggestion);
        expect(found?.message).toContain(`« ${wanted.suggestion} »`);
      }
      expect(run.err).not.toMatch(/\n\s+at /);
    });

    it(`build exits ${expected.exitCode} with French messages naming the file, ${expected.exitCode === 0 ? 'and writes the report' : 'and writes nothing'}`, async () => {
      const data = writeYearFolder(YEAR, testCase.changes);
      const out = temporaryDir('alpes-out-');
      const run = await runCli(['build', '--year', String(YEAR), '--data', data, '--out', out, '--format', 'html,json']);
      expect(run.err).not.toMatch(/\n\s+at /);
      expect(run.err).not.toContain('Erreur interne');
      expect(run.code).toBe(expected.exitCode);

      const lines = run.err
        .replace(ANSI, '')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const issueLines = lines.filter((line) => ISSUE_LINE.test(line));
      for (const line of lines) {
        if (ISSUE_LINE.test(line)) continue;
        expect(SUMMARY_LINES.some((summary) => summary.test(line)), `unexpected stderr line: ${line}`).toBe(true);
      }
      expect(issueLines.filter((line) => ISSUE_LINE.exec(line)![2] === 'erreur')).toHaveLength(expected.issues.length);
      if (checkWarnings) {
        expect(issueLines.filter((line) => ISSUE_LINE.exec(line)![2] === 'avertissement')).toHaveLength(expectedWarnings.length);
      }
      const yearFiles = new Set(Object.keys(MINIMAL_FILES).map((relative) => `${YEAR}/${relative}`));
      const errorFiles = new Set(expected.issues.map((issue) => issue.file));
      for (const line of issueLines) {
        const [, file, severity, , message] = ISSUE_LINE.exec(line)!;
        expect(yearFiles.has(file!), `${line}: names a file of the year folder`).toBe(true);
        if (severity === 'erreur') expect(errorFiles.has(file!), `${line}: names a file of the case`).toBe(true);
        expect(message, line).not.toMatch(NOT_FRENCH);
        expect(message, line).toMatch(FRENCH_MARKER);
      }

      const written = listFiles(out);
      if (expected.exitCode === 0) {
        expect(written.sort()).toEqual([`${YEAR}/metrics.json`, `${YEAR}/rapport-activite-${YEAR}.html`]);
      } else {
        expect(run.err).toContain('Aucun fichier n’a été écrit');
        expect(written).toEqual([]);
        expect(readdirSync(out)).toEqual([]);
      }
    });
  });
});
