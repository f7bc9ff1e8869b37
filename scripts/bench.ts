/**
 * `npm run bench`: times alpes-report at scale and writes bench/results.md.
 *
 *   npm run bench -- [--scale small|full|both] [--skip-pdf] [--skip-duckdb] [--keep] [--no-build]
 *   npm run bench -- --only pdf     (PDF timings alone; rewrites only the PDF part of results.md)
 *   npm run bench -- --only errors [--errors 100000,1000000]   (error floods alone; prints, writes nothing)
 *   npm run bench -- --only growth [--scale small|full|both]   (growth figures alone; prints, writes nothing)
 *
 * 1. Generates synthetic year folders (scripts/generate-scale.ts) under the OS temp dir:
 *    small = 110 000 jeunes, full = 1 100 000, every file in the proportions of fixtures/2024
 *    (scripts/lib/proportions.ts): about 1.6 M and 15.7 M contacts.
 * 2. Times `node bin/alpes-report.js build --format json --quiet` on each (wall time, peak RSS
 *    via /usr/bin/time -v, else by polling /proc/<pid>/status), and on fixtures/ (median of 5).
 * 3. Runs the same core aggregates with DuckDB (@duckdb/node-api, in a child process so its RSS
 *    is measured apart) and checks that both give exactly the same figures.
 * 4. Times the PDF: a bare Chromium baseline, the renderer of src/render/pdf.ts on the fixtures
 *    2024 report (with its own step timings), and the whole command.
 * 5. Times `validate` on a year whose evenements.csv holds 100 000 and 1 000 000 bad dates
 *    (--json to a file, and the bounded terminal output): time and peak RSS must stay flat.
 * 6. Writes bench/results.md, with a CPU profile summary when a target is not met.
 *
 * Generated data is deleted at the end unless --keep. Internal mode (used by step 3):
 * `--duckdb-worker <dataDir> <year> <core|all> <threads>` prints one JSON object.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FULL_SCALE, SMALL_SCALE, generateScale, scaleOf, type GenerateResult, type Scale } from './generate-scale.js';
import type { PdfTimings } from '../src/render/pdf.js';

const REPO = realpathSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
const SELF = fileURLToPath(import.meta.url);
/** The CLI under test: a snapshot of the tool taken at the start (see snapshotTool). */
let BIN = path.join(REPO, 'bin', 'alpes-report.js');
let TOOL_DIST = path.join(REPO, 'dist');
const YEAR = 2024;
/** Sessions per PDF measure: the machine is shared and a print is noisy, so a median of 5. */
const PDF_RUNS = 5;

// ====================================================================== small helpers

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const fmtS = (seconds: number): string => (seconds >= 100 ? seconds.toFixed(0) : seconds >= 10 ? seconds.toFixed(1) : seconds.toFixed(2));
const fmtMs = (ms: number): string => `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms`;
const fmtMB = (bytes: number): string => (bytes / 1e6).toFixed(1);
const fmtMiB = (kb: number | null): string => (kb === null ? 'n/a' : `${fmtInt(kb / 1024)} MiB`);
const fmtX = (ratio: number | null): string => (ratio === null || !Number.isFinite(ratio) ? 'n/a' : `${ratio.toFixed(ratio >= 10 ? 0 : 2)}x`);
const say = (line: string): void => console.log(line);

function sh(command: string, args: readonly string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

// ====================================================================== timing a child process

export interface Measured {
  seconds: number;
  /** Peak resident set size of the child, in KiB (null when it could not be measured). */
  maxRssKb: number | null;
  rssMethod: string;
  /** User + system CPU seconds of the child (from /usr/bin/time; null without it). */
  cpuSeconds: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

let gnuTime: string | null | undefined;

/** /usr/bin/time, installed with apt-get when missing and we are root (Debian package `time`). */
function findGnuTime(): string | null {
  if (gnuTime !== undefined) return gnuTime;
  const candidate = '/usr/bin/time';
  const works = () => spawnSync(candidate, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size') ?? false;
  if (existsSync(candidate) && works()) return (gnuTime = candidate);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && sh('sh', ['-c', 'command -v apt-get'])) {
    say('/usr/bin/time missing: installing the Debian package `time`…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let ok = spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore', env }).status === 0;
    if (!ok) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
      ok = spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore', env }).status === 0;
    }
    if (ok && existsSync(candidate) && works()) return (gnuTime = candidate);
  }
  return (gnuTime = null);
}

let currentChild: ReturnType<typeof spawn> | undefined;

/** Runs a command, measuring wall time and peak RSS. */
export function measure(
  command: string,
  args: readonly string[],
  /** `stdoutFile`: the child's stdout goes there instead of into `stdout` (a 1 GB JSON log). */
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdoutFile?: string } = {},
): Promise<Measured> {
  const time = findGnuTime();
  const statsFile = time ? path.join(os.tmpdir(), `alpes-bench-time-${process.pid}-${Date.now()}.txt`) : undefined;
  const [cmd, argv] = time ? [time, ['-v', '-o', statsFile!, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const stdoutFd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
    const child = spawn(cmd, argv, { cwd: options.cwd ?? REPO, env: options.env ?? process.env, stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'] });
    if (stdoutFd !== undefined) closeSync(stdoutFd);
    currentChild = child;
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Fallback: poll VmHWM (the kernel's own peak RSS) while the child runs.
    let polledKb: number | null = null;
    const poll =
      !time && process.platform === 'linux'
        ? setInterval(() => {
            try {
              const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
              if (match) polledKb = Math.max(polledKb ?? 0, Number(match[1]));
            } catch {
              /* exited */
            }
          }, 25)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      currentChild = undefined;
      let maxRssKb: number | null = polledKb;
      let rssMethod = time ? '/usr/bin/time -v' : process.platform === 'linux' ? 'VmHWM polled every 25 ms' : 'not measured';
      let exitCode = code;
      let cpuSeconds: number | null = null;
      if (statsFile && existsSync(statsFile)) {
        const stats = readFileSync(statsFile, 'utf8');
        rmSync(statsFile, { force: true });
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stats);
        const user = /User time \(seconds\): ([\d.]+)/.exec(stats);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stats);
        if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
        maxRssKb = rss ? Number(rss[1]) : null;
        const status = /Exit status: (\d+)/.exec(stats);
        if (status) exitCode = Number(status[1]);
        else if (/Command terminated by signal/.test(stats)) exitCode = null;
        if (!rss) rssMethod = 'not measured';
      }
      resolve({ seconds, maxRssKb, rssMethod, cpuSeconds, code: exitCode, stdout, stderr });
    });
  });
}

const buildArgs = (dataDir: string, outDir: string, format: string, extra: readonly string[] = []) => [
  BIN,
  'build',
  '--year',
  String(YEAR),
  '--data',
  dataDir,
  '--out',
  outDir,
  '--format',
  format,
  '--quiet',
  ...extra,
];

function assertBuildOk(run: Measured, what: string): void {
  if (run.code !== 0) {
    throw new Error(`${what}: alpes-report exited with ${run.code ?? 'a signal'}\n${run.stderr.split('\n').slice(0, 30).join('\n')}`);
  }
}

// ====================================================================== DuckDB

interface Aggregates {
  contactsByCommune: Record<string, number>;
  entretiensByCommune: Record<string, number>;
  inContactByCommune: Record<string, number>;
  contactsByGroup: Record<string, number>;
  propositionsByTheme?: Record<string, number>;
}

interface DuckdbOutput {
  version: string;
  threads: number;
  seconds: number;
  aggregates: Aggregates;
  /** Rows per file, when every file was read. */
  rows?: Record<string, number>;
}

const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** `read_csv` of one contract file with explicit column types (dates parsed with %d/%m/%Y). */
function readCsv(dataDir: string, year: number, file: string, columns: Record<string, 'VARCHAR' | 'DATE' | 'INTEGER'>): string {
  const cols = Object.entries(columns)
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(', ');
  return (
    `read_csv(${sqlString(path.join(dataDir, String(year), file))}, delim = ';', header = true, quote = '"', escape = '"', ` +
    `dateformat = '%d/%m/%Y', columns = {${cols}})`
  );
}

/** Same grouping as src/compute/public.ts contactGroup(). */
const GROUP_SQL = `CASE WHEN nature IN ('Entretien individuel', 'Atelier', 'Information collective') THEN 'Entretien'
  WHEN nature IN ('SMS', 'E-mail', 'Téléphone') THEN nature ELSE 'Autres' END`;

async function duckdbWorker(dataDir: string, year: number, mode: 'core' | 'all', threads: number): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:', threads > 0 ? { threads: String(threads) } : {});
  const connection = await instance.connect();
  const all = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
  const first = `DATE '${year}-01-01'`;
  const last = `DATE '${year}-12-31'`;
  const V = 'VARCHAR' as const;
  const D = 'DATE' as const;

  // The two files the core aggregates need: contacts joined to the jeune's commune.
  await connection.run(
    `CREATE TABLE jeunes AS SELECT "Identifiant" AS id, "Commune" AS commune FROM ${readCsv(dataDir, year, 'imilo/jeunes.csv', {
      Identifiant: V,
      Sexe: V,
      'Date de naissance': D,
      Commune: V,
      QPV: V,
      'Niveau de qualification': V,
      'Date premier accueil': D,
      'Permis B': V,
      Logement: V,
      RQTH: V,
    })}`,
  );
  await connection.run(
    `CREATE TABLE contacts AS SELECT "Identifiant" AS id, "Nature" AS nature FROM ${readCsv(dataDir, year, 'imilo/evenements.csv', {
      Identifiant: V,
      Date: D,
      Nature: V,
      Statut: V,
    })} WHERE "Date" BETWEEN ${first} AND ${last} AND ("Statut" IS NULL OR "Statut" = 'Réalisé')`,
  );
  const byCommune = await all(
    `SELECT j.commune, count(*)::INTEGER AS contacts,
       count(*) FILTER (WHERE c.nature IN ('Entretien individuel', 'Atelier', 'Information collective'))::INTEGER AS entretiens,
       count(DISTINCT c.id)::INTEGER AS in_contact
     FROM contacts c JOIN jeunes j USING (id) GROUP BY j.commune`,
  );
  const byGroup = await all(`SELECT ${GROUP_SQL} AS grp, count(*)::INTEGER AS n FROM contacts GROUP BY grp`);
  const aggregates: Aggregates = {
    contactsByCommune: Object.fromEntries(byCommune.map((row) => [String(row.commune), Number(row.contacts)])),
    entretiensByCommune: Object.fromEntries(byCommune.map((row) => [String(row.commune), Number(row.entretiens)])),
    inContactByCommune: Object.fromEntries(byCommune.map((row) => [String(row.commune), Number(row.in_contact)])),
    contactsByGroup: Object.fromEntries(byGroup.map((row) => [String(row.grp), Number(row.n)])),
  };
  let rows: Record<string, number> | undefined;
  if (mode === 'all') {
    // Every other file, read and parsed in full like alpes-report does, with a small aggregate each.
    const propositions = await all(
      `SELECT "Thème" AS theme, count(*) FILTER (WHERE "Date" BETWEEN ${first} AND ${last})::INTEGER AS in_year, count(*)::INTEGER AS n
       FROM ${readCsv(dataDir, year, 'imilo/propositions.csv', { Identifiant: V, Date: D, 'Thème': V, 'Sous-thème': V })} GROUP BY theme`,
    );
    aggregates.propositionsByTheme = Object.fromEntries(propositions.map((row) => [String(row.theme), Number(row.in_year)]));
    const count = async (file: string, sql: string) => {
      const result = await all(sql);
      rows![file] = result.reduce((n, row) => n + Number(row.n), 0);
    };
    rows = {
      'imilo/jeunes.csv': Number((await all('SELECT count(*)::INTEGER AS n FROM jeunes'))[0]!.n),
      'imilo/propositions.csv': propositions.reduce((n, row) => n + Number(row.n), 0),
    };
    rows['imilo/evenements.csv'] = Number(
      (await all(`SELECT count(*)::INTEGER AS n, max("Date") AS d FROM ${readCsv(dataDir, year, 'imilo/evenements.csv', { Identifiant: V, Date: D, Nature: V, Statut: V })}`))[0]!.n,
    );
    await count(
      'imilo/situations.csv',
      `SELECT "Type", count(*)::INTEGER AS n, count(DISTINCT "Identifiant") AS people, min("Date de début") AS s, max("Date de fin") AS e
       FROM ${readCsv(dataDir, year, 'imilo/situations.csv', {
         Identifiant: V,
         Type: V,
         'Sous-type': V,
         'Date de début': D,
         'Date de fin': D,
         Domaine: V,
         Qualifiante: V,
         'Niveau préparé': V,
         Pays: V,
       })} WHERE "Date de début" <= ${last} GROUP BY "Type"`,
    );
    await count(
      'imilo/dispositifs.csv',
      `SELECT "Dispositif", count(*)::INTEGER AS n, count(*) FILTER (WHERE "Date d'entrée" >= ${first}) AS entrants
       FROM ${readCsv(dataDir, year, 'imilo/dispositifs.csv', { Identifiant: V, Dispositif: V, "Date d'entrée": D, 'Date de sortie': D })} GROUP BY 1`,
    );
    await count(
      'imilo/aides.csv',
      `SELECT "Type", count(*)::INTEGER AS n,
         sum(CAST(replace(replace(replace("Montant", ' ', ''), '€', ''), ',', '.') AS DECIMAL(12, 2))) FILTER (WHERE "Décision" = 'Accordée') AS granted
       FROM ${readCsv(dataDir, year, 'imilo/aides.csv', { Identifiant: V, Date: D, Type: V, Montant: V, 'Décision': V })} GROUP BY 1`,
    );
    await count(
      'actions/actions.csv',
      `SELECT "Type", count(*)::INTEGER AS n, sum("Visiteurs") AS visitors FROM ${readCsv(dataDir, year, 'actions/actions.csv', {
        'Identifiant action': V,
        Date: D,
        Type: V,
        'Thème': V,
        'Intitulé': V,
        Lieu: V,
        Exposants: 'INTEGER',
        Visiteurs: 'INTEGER',
        Entretiens: 'INTEGER',
      })} GROUP BY 1`,
    );
    await count(
      'actions/participations.csv',
      `SELECT count(*)::INTEGER AS n, count(DISTINCT "Identifiant") AS people
       FROM ${readCsv(dataDir, year, 'actions/participations.csv', { 'Identifiant action': V, Identifiant: V, Commune: V })}`,
    );
    await count('manuel.csv', `SELECT count(*)::INTEGER AS n FROM ${readCsv(dataDir, year, 'manuel.csv', { Indicateur: V, Valeur: V, Commentaire: V })}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const version = String((await all('SELECT version() AS v'))[0]!.v);
  const usedThreads = Number((await all("SELECT current_setting('threads') AS t"))[0]!.t);
  connection.closeSync();
  instance.closeSync();
  const output: DuckdbOutput = { version, threads: usedThreads, seconds, aggregates, ...(rows ? { rows } : {}) };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

interface DuckdbRun {
  label: string;
  mode: 'core' | 'all';
  threads: number;
  run: Measured;
  output: DuckdbOutput;
}

async function runDuckdb(dataDir: string, mode: 'core' | 'all', threads: number): Promise<DuckdbRun> {
  const run = await measure(process.execPath, ['--import', 'tsx', SELF, '--duckdb-worker', dataDir, String(YEAR), mode, String(threads)]);
  if (run.code !== 0) throw new Error(`DuckDB worker failed (${run.code}):\n${run.stderr.slice(0, 3000)}`);
  const output = JSON.parse(run.stdout.trim().split('\n').pop()!) as DuckdbOutput;
  const label = `DuckDB ${output.version}, ${mode === 'core' ? 'core files (jeunes + événements)' : 'all files'}, ${output.threads} thread${output.threads > 1 ? 's' : ''}`;
  return { label, mode, threads: output.threads, run, output };
}

// ====================================================================== agreement check

interface Check {
  what: string;
  key: string;
  tool: number;
  duckdb: number;
}

const GROUPS = ['Entretien', 'SMS', 'E-mail', 'Téléphone', 'Autres'] as const;

function toolAggregates(metricsFile: string): { aggregates: Aggregates; inputs: Record<string, number> } {
  type Row = Record<string, number | string>;
  const metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as {
    inputs: Record<string, { rows: number }>;
    indicators: {
      public: {
        contacts: { byGroup: Record<string, number>; byCommune: { rows: Row[] } };
        accompanied: { byCommune: { rows: Row[] } };
        propositions: { byTheme: Record<string, number> };
      };
    };
  };
  const pub = metrics.indicators.public;
  const byCommune = (rows: Row[], field: string) => Object.fromEntries(rows.map((row) => [String(row.commune), Number(row[field])]));
  return {
    aggregates: {
      contactsByCommune: byCommune(pub.contacts.byCommune.rows, 'contacts'),
      entretiensByCommune: byCommune(pub.contacts.byCommune.rows, 'entretiens'),
      inContactByCommune: byCommune(pub.accompanied.byCommune.rows, 'inContact'),
      contactsByGroup: { ...pub.contacts.byGroup },
      propositionsByTheme: { ...pub.propositions.byTheme },
    },
    inputs: Object.fromEntries(Object.entries(metrics.inputs).map(([file, { rows }]) => [file.replace(/^\d{4}\//, ''), rows])),
  };
}

function compareAggregates(tool: Aggregates, duck: Aggregates): Check[] {
  const checks: Check[] = [];
  const add = (what: string, a: Record<string, number> | undefined, b: Record<string, number> | undefined, keys: readonly string[]) => {
    if (!a || !b) return;
    for (const key of keys) checks.push({ what, key, tool: a[key] ?? 0, duckdb: b[key] ?? 0 });
  };
  const communes = [...new Set([...Object.keys(tool.contactsByCommune), ...Object.keys(duck.contactsByCommune)])];
  add('contacts by commune', tool.contactsByCommune, duck.contactsByCommune, communes);
  add('entretiens by commune', tool.entretiensByCommune, duck.entretiensByCommune, communes);
  add('jeunes in contact by commune', tool.inContactByCommune, duck.inContactByCommune, communes);
  add('contacts by nature group', tool.contactsByGroup, duck.contactsByGroup, GROUPS);
  if (duck.propositionsByTheme) {
    const themes = [...new Set([...Object.keys(tool.propositionsByTheme ?? {}), ...Object.keys(duck.propositionsByTheme)])];
    add('propositions by theme', tool.propositionsByTheme, duck.propositionsByTheme, themes);
  }
  return checks;
}

// ====================================================================== one scale

interface ScaleResult {
  name: string;
  scale: Scale;
  generated: GenerateResult;
  generateSeconds: number;
  tool: Measured;
  toolRows: Record<string, number>;
  duckdb: DuckdbRun[];
  checks: Check[];
  rowMismatches: string[];
  /** Warning lines the build printed (the generated data is meant to have none). */
  warnings: number;
}

async function runScale(name: 'small' | 'full', scale: Scale, workDir: string, options: Options): Promise<ScaleResult> {
  const dataDir = path.join(workDir, `data-${name}`);
  const outDir = path.join(workDir, `out-${name}`);
  say(`\n== ${name} scale: ${fmtInt(scale.young)} jeunes, ${fmtInt(scale.contacts)} contacts`);
  say(`generating into ${dataDir}`);
  const generated = generateScale({ ...scale, out: dataDir, year: YEAR, log: say });
  say(`  ${'total'.padEnd(28)} ${fmtInt(generated.totalRows).padStart(12)} rows ${fmtMB(generated.totalBytes).padStart(8)} MB (${generated.seconds.toFixed(1)} s)`);

  say('alpes-report build --format json …');
  const tool = await measure(process.execPath, buildArgs(dataDir, outDir, 'json'));
  assertBuildOk(tool, `${name} scale build`);
  say(
    `  ${fmtS(tool.seconds)} s, peak RSS ${fmtMiB(tool.maxRssKb)}, ${(generated.totalBytes / 1e6 / tool.seconds).toFixed(1)} MB/s, ` +
      `${fmtInt(generated.totalRows / tool.seconds)} rows/s`,
  );
  const warnings = (tool.stderr.match(/ avertissement \[/g) ?? []).length;
  if (warnings > 0) say(`  the build printed ${warnings} warning(s), first: ${tool.stderr.split('\n')[0]}`);
  const { aggregates, inputs } = toolAggregates(path.join(outDir, String(YEAR), 'metrics.json'));
  const rowMismatches = generated.files
    .filter((file) => inputs[file.file] !== file.rows)
    .map((file) => `${file.file}: generated ${file.rows}, alpes-report read ${inputs[file.file] ?? 'none'}`);

  const duckdb: DuckdbRun[] = [];
  let checks: Check[] = [];
  if (!options.skipDuckdb) {
    for (const [mode, threads] of [
      ['core', 0],
      ['all', 0],
      ['all', 1],
    ] as const) {
      say(`DuckDB (${mode} files, ${threads === 0 ? 'default threads' : `${threads} thread`}) …`);
      const run = await runDuckdb(dataDir, mode, threads);
      say(`  ${fmtS(run.run.seconds)} s (in-process ${fmtS(run.output.seconds)} s), peak RSS ${fmtMiB(run.run.maxRssKb)}`);
      duckdb.push(run);
      const runChecks = compareAggregates(aggregates, run.output.aggregates);
      if (checks.length === 0 || runChecks.length > checks.length) checks = runChecks;
      const bad = runChecks.filter((check) => check.tool !== check.duckdb);
      say(`  agreement: ${runChecks.length - bad.length}/${runChecks.length} figures equal${bad.length ? ` — DIFFERENCES: ${bad.map((c) => `${c.what}/${c.key} ${c.tool}≠${c.duckdb}`).join('; ')}` : ''}`);
      for (const [file, rows] of Object.entries(run.output.rows ?? {})) {
        if (rows !== generated.files.find((stat) => stat.file === file)?.rows) rowMismatches.push(`${file}: DuckDB read ${rows}`);
      }
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  return { name, scale, generated, generateSeconds: generated.seconds, tool, toolRows: inputs, duckdb, checks, rowMismatches, warnings };
}

// ====================================================================== growth

interface Growth {
  name: string;
  half: Scale;
  halfRun: Measured;
  whole: Measured;
  /** CPU seconds (user + system) at twice the data over CPU seconds at half: linear = 2.0. */
  ratio: number | null;
}

const GROWTH_TARGET = 2.1;
const GROWTH_RUNS = 3;
const cpuOrWall = (run: Measured): number => run.cpuSeconds ?? run.seconds;

/**
 * The same build on half the young people (every file in the same proportions): CPU time
 * is what grows with the data when the machine is shared, wall time is not. A single run
 * moves by ±15 % on a shared virtual machine: the ratio is of medians, over GROWTH_RUNS runs
 * at each size taken in turn (the first whole-size run is runScale's), so that both sizes
 * see the same moments of the machine. Needs the whole-size data still on disk.
 */
async function measureGrowth(scale: ScaleResult, workDir: string): Promise<Growth> {
  const half = scaleOf(Math.round(scale.scale.young / 2));
  const dataDir = path.join(workDir, `data-${scale.name}-half`);
  const outDir = path.join(workDir, `out-${scale.name}-half`);
  say(`\n== growth at ${scale.name} scale: ${fmtInt(half.young)} jeunes, then ${fmtInt(scale.scale.young)}, ${GROWTH_RUNS} runs each`);
  generateScale({ ...half, out: dataDir, year: YEAR });
  const halves: Measured[] = [];
  const wholes: Measured[] = [scale.tool];
  for (let i = 0; i < GROWTH_RUNS; i++) {
    const halfRun = await measure(process.execPath, buildArgs(dataDir, outDir, 'json'));
    assertBuildOk(halfRun, `${scale.name} half-scale build`);
    halves.push(halfRun);
    if (wholes.length < GROWTH_RUNS) {
      const whole = await measure(process.execPath, buildArgs(path.join(workDir, `data-${scale.name}`), path.join(workDir, `out-${scale.name}`), 'json'));
      assertBuildOk(whole, `${scale.name} scale build`);
      wholes.push(whole);
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(path.join(workDir, `out-${scale.name}`), { recursive: true, force: true });
  // The run of median CPU time at each size.
  const medianRun = (runs: Measured[]) => [...runs].sort((a, b) => cpuOrWall(a) - cpuOrWall(b))[Math.floor(runs.length / 2)]!;
  const halfRun = medianRun(halves);
  const whole = medianRun(wholes);
  const ratio = cpuOrWall(whole) / cpuOrWall(halfRun);
  const list = (runs: Measured[]) => runs.map((run) => fmtS(cpuOrWall(run))).join(', ');
  say(`  CPU at half size ${list(halves)} s; at full size ${list(wholes)} s`);
  say(`  medians ${fmtS(cpuOrWall(halfRun))} s → ${fmtS(cpuOrWall(whole))} s: ${ratio.toFixed(2)} for twice the data (linear = 2.00)`);
  return { name: scale.name, half, halfRun, whole, ratio };
}

function growthTarget(growth: Growth): Target {
  const unit = growth.halfRun.cpuSeconds === null ? 'wall' : 'CPU';
  return {
    name: `Linear growth at ${growth.name} scale: time ratio ≤ ${GROWTH_TARGET} for twice the data`,
    met: growth.ratio === null ? null : growth.ratio <= GROWTH_TARGET,
    detail: `${fmtInt(growth.half.young)} → ${fmtInt(growth.half.young * 2)} jeunes: ${unit} ${fmtS(cpuOrWall(growth.halfRun))} s → ${fmtS(cpuOrWall(growth.whole))} s (medians of ${GROWTH_RUNS} runs), ratio ${growth.ratio?.toFixed(2) ?? 'n/a'}`,
  };
}

// ====================================================================== PDF

interface PdfPhases extends PdfTimings {
  total: number;
}

interface PdfResult {
  browser: string;
  browserVersion: string;
  launchArgs: string[];
  bare: PdfPhases[];
  full: PdfPhases[];
  commandPdf: number[];
  commandHtml: number[];
  pages: number;
  htmlBytes: number;
  /** When and under which load the PDF part ran (it can run alone with --only pdf). */
  started: Date;
  loadStart: string;
  loadEnd: string;
}


const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(2)).join(' / ');

async function runPdf(workDir: string, runs: number): Promise<PdfResult> {
  const started = new Date();
  const loadStart = loadAverage();
  const puppeteer = (await import('puppeteer-core')).default;
  const { PDFDocument } = await import('pdf-lib');
  const { findBrowser } = (await import(pathToFileURL(path.join(TOOL_DIST, 'render', 'browser.js')).href)) as typeof import('../src/render/browser.js');
  const { openPdfRenderer, LAUNCH_ARGS } = (await import(pathToFileURL(path.join(TOOL_DIST, 'render', 'pdf.js')).href)) as typeof import('../src/render/pdf.js');
  const lookup = await findBrowser(undefined);
  if (!lookup.executablePath) throw new Error(`no browser found (tried ${lookup.tried.join(', ')})`);
  const executablePath = lookup.executablePath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const launchArgs = [...LAUNCH_ARGS, ...(isRoot ? ['--no-sandbox'] : [])];
  say(`\n== PDF (${executablePath}), median of ${runs}`);

  // The fixtures 2024 report HTML, built by the tool itself.
  const htmlOut = path.join(workDir, 'pdf-html');
  const htmlBuild = await measure(process.execPath, buildArgs(path.join(REPO, 'fixtures'), htmlOut, 'html'));
  assertBuildOk(htmlBuild, 'fixtures HTML build');
  const html = readFileSync(path.join(htmlOut, String(YEAR), `rapport-activite-${YEAR}.html`), 'utf8');

  const zero = (): PdfPhases => ({ launch: 0, setContent: 0, print: 0, pdfLib: 0, other: 0, close: 0, total: 0 });
  /** Launch, blank page, one print, close: what any PDF costs on this machine. */
  const bareSession = async (): Promise<PdfPhases> => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'alpes-bench-chromium-'));
    const phases = zero();
    const t0 = performance.now();
    let mark = t0;
    const lap = (phase: keyof PdfTimings) => {
      const now = performance.now();
      phases[phase] += now - mark;
      mark = now;
    };
    // A copy: puppeteer removes --disable-features from the array it is given (to merge it with its own).
    const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, timeout: 60_000, args: [...launchArgs] });
    lap('launch');
    try {
      const page = await browser.newPage();
      lap('other');
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>', { waitUntil: 'load' });
      lap('setContent');
      await page.pdf({ format: 'A4' });
      lap('print');
      await page.close();
      lap('other');
    } finally {
      await browser.close();
      lap('close');
      rmSync(userDataDir, { recursive: true, force: true });
    }
    phases.total = performance.now() - t0;
    return phases;
  };
  /** The tool's renderer, as a build uses it: open (launch), render, close. */
  const reportSession = async (): Promise<{ phases: PdfPhases; pages: number }> => {
    const phases = zero();
    const t0 = performance.now();
    const renderer = await openPdfRenderer(executablePath, phases);
    let pdf: Uint8Array;
    try {
      pdf = await renderer.render(html, { footerTitle: 'Rapport', fixedDate: new Date(Date.UTC(YEAR, 11, 31)) });
    } finally {
      await renderer.close();
    }
    phases.total = performance.now() - t0;
    return { phases, pages: (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount() };
  };

  const bare: PdfPhases[] = [];
  const full: PdfPhases[] = [];
  let pages = 0;
  await bareSession(); // warm-up: the first launch reads Chromium from disk
  // Interleaved, so that both see the same load on a shared machine.
  for (let i = 0; i < runs; i++) {
    bare.push(await bareSession());
    const result = await reportSession();
    full.push(result.phases);
    pages = result.pages;
    say(`  run ${i + 1}: bare ${fmtMs(bare.at(-1)!.total)}, full report ${fmtMs(full.at(-1)!.total)}`);
  }

  // The whole command, with and without the PDF.
  const commandPdf: number[] = [];
  const commandHtml: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(workDir, `pdf-cmd-${i}`);
    const withPdf = await measure(process.execPath, buildArgs(path.join(REPO, 'fixtures'), out, 'html,json,pdf', ['--browser', executablePath]));
    assertBuildOk(withPdf, 'fixtures PDF build');
    commandPdf.push(withPdf.seconds * 1000);
    const withoutPdf = await measure(process.execPath, buildArgs(path.join(REPO, 'fixtures'), out, 'html,json'));
    assertBuildOk(withoutPdf, 'fixtures HTML build');
    commandHtml.push(withoutPdf.seconds * 1000);
    rmSync(out, { recursive: true, force: true });
  }
  say(`  build --format html,json,pdf: ${fmtMs(median(commandPdf))}; html,json only: ${fmtMs(median(commandHtml))}`);
  const browserVersion = sh(executablePath, ['--version']) ?? 'unknown';
  return {
    browser: executablePath,
    browserVersion,
    launchArgs,
    bare,
    full,
    commandPdf,
    commandHtml,
    pages,
    htmlBytes: Buffer.byteLength(html),
    started,
    loadStart,
    loadEnd: loadAverage(),
  };
}

// ====================================================================== CPU profile

interface ProfileLine {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

interface ProfileSummary {
  totalMs: number;
  top: ProfileLine[];
  byArea: { area: string; selfMs: number; share: number }[];
}

function shortUrl(url: string): string {
  let text = url.replace(/^file:\/\//, '');
  for (const root of [path.dirname(TOOL_DIST), REPO]) if (text.startsWith(root + path.sep)) text = text.slice(root.length + 1);
  return text;
}

function areaOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(node/V8 builtins)';
  const text = shortUrl(url);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(text);
  if (pkg) return `node_modules/${pkg[1]}`;
  const own = /^(?:dist|src)\/([^/]+)\//.exec(text);
  if (own) return `alpes-report ${own[1]}/`;
  if (text.startsWith('node:')) return 'node: internals';
  return text;
}

function summariseProfile(file: string): ProfileSummary {
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time since the previous sample: charge it to the sample that ends it.
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  const byArea = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const key = `${name}\u0000${where}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    const area = areaOf(url, name);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    total += us;
  }
  const top = [...byFunction.values()]
    .filter((entry) => entry.name !== '(idle)')
    .sort((a, b) => b.us - a.us)
    .slice(0, 15)
    .map((entry) => ({ name: entry.name, where: entry.where, selfMs: entry.us / 1000, share: entry.us / total }));
  const areas = [...byArea]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([area, us]) => ({ area, selfMs: us / 1000, share: us / total }));
  return { totalMs: total / 1000, top, byArea: areas };
}

async function profileBuild(label: string, dataDir: string, workDir: string): Promise<ProfileSummary> {
  const profileDir = mkdtempSync(path.join(workDir, 'cpu-profile-'));
  say(`\n== CPU profile of the ${label} build`);
  // One thread (ALPES_WORKERS=never), so that the one profile holds all the work. tsc's modules
  // rather than the bundle, so that each function keeps its module's path (areas below).
  const entry = `import { main } from ${JSON.stringify(pathToFileURL(path.join(TOOL_DIST, 'cli', 'main.js')).href)}; process.exitCode = await main(process.argv.slice(1));`;
  const args = ['--cpu-prof', '--cpu-prof-dir', profileDir, '--input-type=module', '--eval', entry, ...buildArgs(dataDir, path.join(profileDir, 'out'), 'json').slice(1)];
  const run = await measure(process.execPath, args, { env: { ...process.env, ALPES_WORKERS: 'never' } });
  assertBuildOk(run, 'profiled build');
  const file = readdirSync(profileDir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(profileDir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) throw new Error('no .cpuprofile written');
  const summary = summariseProfile(file);
  for (const line of summary.top.slice(0, 5)) say(`  ${(line.share * 100).toFixed(1).padStart(5)} %  ${line.name}  ${line.where}`);
  return summary;
}

// ====================================================================== machine

function machine(): Record<string, string> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const mhz = /cpu MHz\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim();
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]+)"?/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  const commit = sh('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', REPO, 'status', '--porcelain', '--', 'src', 'templates']);
  return {
    CPU: `${model}${mhz ? ` (${Number(mhz).toFixed(0)} MHz)` : ''}`,
    Cores: String(os.availableParallelism?.() ?? os.cpus().length),
    RAM: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    'Node.js': process.version,
    OS: `${osRelease ?? os.type()} (kernel ${os.release()}, ${os.arch()})`,
    'alpes-report': commit ? `${commit}${dirty ? ' + uncommitted changes in src/ or templates/' : ''}` : 'unknown',
    'Load average at start': os.loadavg().map((load) => load.toFixed(2)).join(' / '),
  };
}

// ====================================================================== results.md

interface Target {
  name: string;
  met: boolean | null;
  detail: string;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? 'l') === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function primaryDuckdb(result: ScaleResult): DuckdbRun | undefined {
  return result.duckdb.find((run) => run.mode === 'all' && run.threads !== 1) ?? result.duckdb[0];
}

function writeResults(file: string, context: {
  started: Date;
  totalSeconds: number;
  machine: Record<string, string>;
  scales: ScaleResult[];
  ml: Measured[];
  mlRows: number;
  mlBytes: number;
  mlStartup?: number;
  pdf?: PdfResult;
  pdfError?: string;
  duckdbError?: string;
  targets: Target[];
  profiles: { label: string; summary: ProfileSummary }[];
  options: Options;
  rebuilt: string;
}): void {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    '# alpes-report benchmark',
    '',
    `Generated by \`npm run bench\` (scripts/bench.ts) on ${context.started.toISOString().replace('T', ' ').slice(0, 16)} UTC, ` +
      `in ${fmtS(context.totalSeconds / 60)} min. Options: \`${context.options.argv.join(' ') || '(defaults)'}\`.`,
    '',
    '## Machine',
    '',
    table(['', ''], Object.entries(context.machine).map(([key, value]) => [key, value])),
    '',
    `Timing: wall clock around the child process (Node startup included). Peak RSS: ${context.scales[0]?.tool.rssMethod ?? context.ml[0]?.rssMethod ?? 'n/a'}. ` +
      'MB = 10^6 bytes of CSV input; rows = data rows of all input files. The tool under test is ' +
      `${context.rebuilt}, so that every measure of the run uses the same code. The machine may be shared: a load average above the core count means other work ran meanwhile ` +
      '(compare the CPU seconds, which contention barely changes, rather than the wall times).',
    '',
  );

  // Targets first: what the lead reads.
  push('## Targets', '', table(['target', 'status', 'measured'], []), ...context.targets.map(targetRow), '');

  for (const result of context.scales) {
    const duck = primaryDuckdb(result);
    push(`## ${result.name === 'full' ? 'Full' : 'Small (1/10)'} scale: ${fmtInt(result.scale.young)} jeunes, ${fmtInt(result.scale.contacts)} contacts`, '');
    push(
      `Synthetic data from scripts/generate-scale.ts (seeded, year ${YEAR}, generated in ${fmtS(result.generateSeconds)} s; ` +
        `${result.warnings === 0 ? 'the build reported no error and no warning on it' : `**the build printed ${fmtInt(result.warnings)} warnings on it**`}).`,
      '',
    );
    push(
      table(
        ['file', 'rows', 'MB'],
        [
          ...result.generated.files.map((f) => [f.file, fmtInt(f.rows), fmtMB(f.bytes)]),
          ['**total**', `**${fmtInt(result.generated.totalRows)}**`, `**${fmtMB(result.generated.totalBytes)}**`],
        ],
        ['l', 'r', 'r'],
      ),
      '',
    );
    // MB/s and rows/s over the files each run reads (DuckDB "core" reads two files only).
    const CORE = new Set(['imilo/jeunes.csv', 'imilo/evenements.csv']);
    const rowsFor = (seconds: number, coreOnly = false) => {
      const files = result.generated.files.filter((f) => !coreOnly || CORE.has(f.file));
      const bytes = files.reduce((n, f) => n + f.bytes, 0);
      const rows = files.reduce((n, f) => n + f.rows, 0);
      return [fmtS(seconds), (bytes / 1e6 / seconds).toFixed(1), fmtInt(rows / seconds)];
    };
    const cpu = (run: Measured) => (run.cpuSeconds === null ? 'n/a' : fmtS(run.cpuSeconds));
    const lines = [['alpes-report `build --format json` (single run)', ...rowsFor(result.tool.seconds), cpu(result.tool), fmtMiB(result.tool.maxRssKb), '1.00x']];
    for (const run of result.duckdb) {
      const ratio = result.tool.seconds / run.run.seconds;
      lines.push([run.label, ...rowsFor(run.run.seconds, run.mode === 'core'), cpu(run.run), fmtMiB(run.run.maxRssKb), `alpes-report is ${fmtX(ratio)} slower`]);
    }
    push(table(['run', 'wall s', 'MB/s', 'rows/s', 'CPU s', 'peak RSS', 'ratio (wall)'], lines, ['l', 'r', 'r', 'r', 'r', 'r', 'l']), '');
    if (result.duckdb.length > 0) {
      push(
        `DuckDB runs in its own Node process (started with tsx, ≈0.3 s, like alpes-report's wall time includes Node's start), so its ` +
          `peak RSS includes Node's own (≈60 MiB). The in-process DuckDB times ` +
          `(instance creation, CSV reading and queries) were ${result.duckdb.map((run) => `${fmtS(run.output.seconds)} s`).join(', ')}. ` +
          `"core files" reads only jeunes.csv and evenements.csv (what the compared figures need); "all files" also parses every other ` +
          `file completely (propositions by theme, situations/dispositifs/aides/actions/participations/manuel aggregates), i.e. the same ` +
          `${fmtMB(result.generated.totalBytes)} MB alpes-report reads. MB/s and rows/s are over the files each run reads. ` +
          `The target ratio uses ${duck ? `"${duck.label}"` : 'n/a'} as the reference.`,
        '',
      );
      const bad = result.checks.filter((check) => check.tool !== check.duckdb);
      push(
        `**Agreement check: ${bad.length === 0 ? `all ${result.checks.length} figures equal` : `${bad.length} of ${result.checks.length} figures DIFFER`}** ` +
          '(realised événements in the year — Statut empty or Réalisé — by commune and by nature group, their Entretien part by commune, ' +
          'distinct jeunes in contact by commune, propositions of the year by theme; alpes-report values from metrics.json).',
        '',
        '<details><summary>figures compared</summary>',
        '',
        table(['figure', 'key', 'alpes-report', 'DuckDB', ''], result.checks.map((c) => [c.what, c.key, fmtInt(c.tool), fmtInt(c.duckdb), c.tool === c.duckdb ? '=' : '**≠**']), ['l', 'l', 'r', 'r', 'l']),
        '',
        '</details>',
        '',
      );
    }
    if (result.rowMismatches.length > 0) push(`Row count mismatches: ${result.rowMismatches.join('; ')}.`, '');
    else push('Rows read per file by alpes-report (metrics.json `inputs`) and DuckDB equal the generated rows.', '');
  }

  const small = context.scales.find((s) => s.name === 'small');
  const full = context.scales.find((s) => s.name === 'full');
  if (small && full) {
    push(
      '## Scaling from 1/10 to full',
      '',
      table(
        ['', 'small', 'full', 'factor'],
        [
          ['input rows', fmtInt(small.generated.totalRows), fmtInt(full.generated.totalRows), fmtX(full.generated.totalRows / small.generated.totalRows)],
          ['wall time', `${fmtS(small.tool.seconds)} s`, `${fmtS(full.tool.seconds)} s`, fmtX(full.tool.seconds / small.tool.seconds)],
          [
            'peak RSS',
            fmtMiB(small.tool.maxRssKb),
            fmtMiB(full.tool.maxRssKb),
            small.tool.maxRssKb && full.tool.maxRssKb ? fmtX(full.tool.maxRssKb / small.tool.maxRssKb) : 'n/a',
          ],
        ],
        ['l', 'r', 'r', 'r'],
      ),
      '',
    );
  }

  const mlTimes = context.ml.map((run) => run.seconds);
  push(
    '## Mission Locale scale (fixtures/)',
    '',
    `\`build --year ${YEAR} --data fixtures --format json --quiet\` reads the Mission Locale files of 2024 and 2023 (${fmtInt(context.mlRows)} rows, ${fmtMB(context.mlBytes)} MB): ` +
      `median **${fmtS(median(mlTimes))} s** over ${mlTimes.length} runs (min ${fmtS(Math.min(...mlTimes))} s, max ${fmtS(Math.max(...mlTimes))} s), ` +
      `peak RSS ${fmtMiB(median(context.ml.map((run) => run.maxRssKb ?? 0)))}.`,
    '',
  );
  if (context.mlStartup !== undefined) {
    push(`For scale: \`node bin/alpes-report.js --help\` alone (Node start + loading the CLI modules) takes ${fmtS(context.mlStartup)} s (median).`, '');
  }

  if (context.pdf) push(...pdfSection(context.pdf, pdfNotes(file)));
  else if (context.pdfError) push('## PDF', '', `Not measured: ${context.pdfError}`, '');
  if (context.duckdbError) push(`DuckDB: ${context.duckdbError}`, '');

  for (const { label, summary: profile } of context.profiles) {
    push(
      `## CPU profile: ${label} build (\`node --cpu-prof\`, \`--format json\`)`,
      '',
      `Total sampled time ${fmtS(profile.totalMs / 1000)} s (profiling slows the run a little; run in one thread, ALPES_WORKERS=never, ` +
        'so that one profile holds all the work). Top 15 functions by self time ' +
        '(paths in dist/ are the compiled src/):',
      '',
      table(
        ['#', 'function', 'where', 'self ms', 'share'],
        profile.top.map((line, i) => [String(i + 1), `\`${line.name}\``, line.where ? `\`${line.where}\`` : '', fmtInt(line.selfMs), `${(line.share * 100).toFixed(1)} %`]),
        ['r', 'l', 'l', 'r', 'r'],
      ),
      '',
      'Self time by area:',
      '',
      table(['area', 'self ms', 'share'], profile.byArea.map((a) => [a.area, fmtInt(a.selfMs), `${(a.share * 100).toFixed(1)} %`]), ['l', 'r', 'r']),
      '',
    );
  }
  // The hand-written sections at the end (readings of this run and of earlier ones) are kept.
  const kept = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marker = kept.indexOf(HAND_WRITTEN_MARKER);
  push('', marker < 0 ? HAND_WRITTEN_MARKER : kept.slice(marker));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${out.join('\n').trimEnd()}\n`);
}

/** Everything after this line of results.md is written by hand and kept by a new run. */
const HAND_WRITTEN_MARKER = '<!-- Sections below are written by hand and kept by npm run bench. -->';

const PDF_TARGET = 'PDF < 2x bare Chromium baseline';

function pdfTarget(pdf: PdfResult): Target {
  const full = median(pdf.full.map((p) => p.total));
  const bare = median(pdf.bare.map((p) => p.total));
  // The ratio moves with the load (a loaded machine slows the short bare session down most): say which.
  const load = pdf.loadStart.split(' / ')[0];
  return { name: PDF_TARGET, met: full / bare < 2, detail: `${fmtMs(full)} vs ${fmtMs(bare)}: ${fmtX(full / bare)} (load average ${load} at start)` };
}

const targetRow = (t: Target): string => `| ${t.name} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**NOT met**'} | ${t.detail} |`;

/** Hand-written notes at the end of the PDF section (measurements of other versions…) start at this line and survive a new run. */
const PDF_NOTES_MARKER = '<!-- Notes below are written by hand and kept by npm run bench. -->';

/** The kept notes of the PDF section of an existing results.md, marker included ('' when none). */
function pdfNotes(file: string): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const section = text.indexOf('\n## PDF\n');
  const marker = section < 0 ? -1 : text.indexOf(PDF_NOTES_MARKER, section);
  if (marker < 0) return '';
  const next = text.indexOf('\n## ', section + 1);
  if (next >= 0 && next < marker) return '';
  return text.slice(marker, next < 0 ? undefined : next).trimEnd();
}

/** The "## PDF" part of results.md, self-contained so that `--only pdf` can replace it alone. */
function pdfSection(pdf: PdfResult, notes: string): string[] {
  const phase = (list: PdfPhases[], key: keyof PdfPhases) => fmtMs(median(list.map((p) => p[key])));
  const ratio = median(pdf.full.map((p) => p.total)) / median(pdf.bare.map((p) => p.total));
  return [
    '## PDF',
    '',
    `Measured ${pdf.started.toISOString().replace('T', ' ').slice(0, 16)} UTC on ${os.availableParallelism?.() ?? os.cpus().length} cores ` +
      `(load average ${pdf.loadStart} at start, ${pdf.loadEnd} at end). ` +
      `${pdf.browserVersion} (${pdf.browser}), puppeteer-core, launch flags of src/render/pdf.ts: \`${pdf.launchArgs.join(' ')}\`. ` +
      `Median of ${pdf.bare.length} runs, bare and full interleaved, after one warm-up launch. The full report is the renderer of src/render/pdf.ts itself ` +
      `(openPdfRenderer, render, close, timed by its own step timings) on the fixtures 2024 report (${fmtInt(pdf.htmlBytes / 1024)} KiB of HTML, ${pdf.pages} pages): ` +
      'JavaScript off, requests intercepted, one print of the report, then one of the cover and table of contents with the page numbers.',
    '',
    table(
      ['session', 'launch', 'setContent', 'page.pdf', 'pdf-lib', 'other', 'close', 'total', 'vs bare'],
      [pdf.bare, pdf.full].map((list, i) => [
        i === 0 ? 'bare baseline (blank page, 1 print)' : 'full report (src/render/pdf.ts)',
        ...(['launch', 'setContent', 'print', 'pdfLib', 'other', 'close', 'total'] as const).map((key) => phase(list, key)),
        i === 0 ? '1.00x' : fmtX(ratio),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    '"pdf-lib" = reading the printed PDFs (named destinations, fonts) and writing the table of contents into the first print; "other" = newPage, page settings, page.close. ' +
      'Each column is a median of its own, so the columns do not add up to the total exactly.',
    '',
    table(
      ['measure', 'median'],
      [
        ['`build --format html,json,pdf` (whole command)', fmtMs(median(pdf.commandPdf))],
        ['`build --format html,json` (whole command)', fmtMs(median(pdf.commandHtml))],
        ['PDF share of the command', fmtMs(median(pdf.commandPdf) - median(pdf.commandHtml))],
      ],
      ['l', 'r'],
    ),
    '',
    ...(notes ? [notes, ''] : []),
  ];
}

/** `--only pdf`: replaces the PDF section and the PDF target row of an existing results.md, keeping the rest. */
function updatePdfResults(file: string, pdf: PdfResult): void {
  const section = pdfSection(pdf, pdfNotes(file)).join('\n');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# alpes-report benchmark\n';
  const row = targetRow(pdfTarget(pdf));
  const rowPattern = new RegExp(`^\\| ${PDF_TARGET.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|.*$`, 'm');
  text = rowPattern.test(text) ? text.replace(rowPattern, row) : text;
  const start = text.indexOf('\n## PDF\n');
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + 1);
    text = `${text.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${text.slice(next + 1)}`}`;
  }
  writeFileSync(file, `${text.trimEnd()}\n`);
}

// ====================================================================== main

/**
 * Copies the tool (bin/, templates/, package.json, and dist/ compiled from the current src/)
 * into the work dir and runs it from there: the whole run then measures one version of the
 * code even if src/ or dist/ change meanwhile. node_modules is a symlink to the repository's.
 */
function snapshotTool(dir: string, build: boolean): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['bin', 'templates']) cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  cpSync(path.join(REPO, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  let description = 'a copy of the existing dist/ (--no-build)';
  let compiled = false;
  if (build) {
    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist')],
      { cwd: REPO, encoding: 'utf8' },
    );
    // Then the templates precompiled and the whole bundled, as `npm run build` does: bin/ runs the bundle.
    const templates = tsc.status === 0 ? spawnSync(process.execPath, [path.join(REPO, 'scripts', 'precompile-templates.mjs'), path.join(dir, 'dist')], { cwd: REPO, encoding: 'utf8' }) : tsc;
    const bundle = templates.status === 0 ? spawnSync(process.execPath, [path.join(REPO, 'scripts', 'bundle.mjs'), path.join(dir, 'dist')], { cwd: REPO, encoding: 'utf8' }) : templates;
    compiled = bundle.status === 0 && existsSync(path.join(dir, 'dist', 'bundle', 'main.js'));
    if (compiled) description = 'src/ compiled by tsc, its templates precompiled, bundled into a snapshot at the start of the run';
    else {
      say(`  tsc or the bundle failed on the current src/; measuring a copy of the existing dist/:\n${(bundle.stdout + bundle.stderr).split('\n').slice(0, 10).join('\n')}`);
      description = 'a copy of the existing dist/ (tsc or the bundle failed on the src/ of the moment)';
      rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
    }
  }
  if (!compiled) {
    if (!existsSync(path.join(REPO, 'dist', 'bundle', 'main.js'))) throw new Error('dist/bundle/main.js is missing: run npm run build');
    cpSync(path.join(REPO, 'dist'), path.join(dir, 'dist'), { recursive: true });
  }
  BIN = path.join(dir, 'bin', 'alpes-report.js');
  TOOL_DIST = path.join(dir, 'dist');
  return description;
}

// ====================================================================== error floods

interface ErrorFlood {
  errors: number;
  /** `validate --json`, its stdout to a file. */
  json: Measured;
  jsonBytes: number;
  /** `validate`, the bounded list on stderr. */
  terminal: Measured;
  terminalLines: number;
}

/**
 * A year folder (fixtures/2024) whose evenements.csv holds `errors` rows with a bad date, 1 000
 * different values: last year's file given for this year, or a column shifted in an export.
 */
async function runErrorFloods(workDir: string, counts: readonly number[]): Promise<ErrorFlood[]> {
  const floods: ErrorFlood[] = [];
  for (const errors of counts) {
    say(`\n== Error flood: ${fmtInt(errors)} errors`);
    const dataDir = path.join(workDir, `errors-${errors}`);
    cpSync(path.join(REPO, 'fixtures', String(YEAR)), path.join(dataDir, String(YEAR)), { recursive: true });
    const lines = ['Identifiant;Date;Nature;Statut'];
    for (let i = 0; i < errors; i++) lines.push(`J24-00002;x${i % 1000};Entretien individuel;Réalisé`);
    writeFileSync(path.join(dataDir, String(YEAR), 'imilo', 'evenements.csv'), `${lines.join('\n')}\n`);
    const jsonFile = path.join(workDir, `errors-${errors}.json`);
    const validate = [BIN, 'validate', '--year', String(YEAR), '--data', dataDir];
    const json = await measure(process.execPath, [...validate, '--json'], { stdoutFile: jsonFile });
    const jsonBytes = statSync(jsonFile).size;
    rmSync(jsonFile, { force: true });
    const terminal = await measure(process.execPath, validate);
    const terminalLines = terminal.stderr.split('\n').length;
    if (json.code !== 3 || terminal.code !== 3) throw new Error(`error flood: validate exited with ${json.code} / ${terminal.code}\n${json.stderr.slice(0, 2000)}`);
    say(`  --json: ${fmtS(json.seconds)} s, ${fmtMiB(json.maxRssKb)}, ${fmtMB(jsonBytes)} MB of JSON; terminal: ${fmtS(terminal.seconds)} s, ${fmtMiB(terminal.maxRssKb)}, ${terminalLines} lines`);
    floods.push({ errors, json, jsonBytes, terminal, terminalLines });
    rmSync(dataDir, { recursive: true, force: true });
  }
  return floods;
}

function errorFloodTargets(floods: readonly ErrorFlood[]): Target[] {
  return floods.map((flood) => {
    const seconds = Math.max(flood.json.seconds, flood.terminal.seconds);
    const kb = Math.max(flood.json.maxRssKb ?? 0, flood.terminal.maxRssKb ?? 0);
    return {
      name: `${fmtInt(flood.errors)} errors: validate under 30 s and 500 MB, terminal output bounded`,
      met: seconds < 30 && kb * 1024 < 500e6 && flood.terminalLines < 500,
      detail:
        `--json ${fmtS(flood.json.seconds)} s, ${fmtMiB(flood.json.maxRssKb)} (${fmtMB(flood.jsonBytes)} MB written); ` +
        `terminal ${fmtS(flood.terminal.seconds)} s, ${fmtMiB(flood.terminal.maxRssKb)}, ${flood.terminalLines} lines`,
    };
  });
}

interface Options {
  scales: ('small' | 'full')[];
  /** `--only pdf`: the PDF timings alone. */
  onlyPdf: boolean;
  /** `--only errors`: the error floods alone. */
  onlyErrors: boolean;
  /** `--only growth`: the builds at the chosen scales and at half of them, alone. */
  onlyGrowth: boolean;
  /** Errors per flood (`--errors 100000,1000000`). */
  errorCounts: number[];
  skipPdf: boolean;
  skipDuckdb: boolean;
  keep: boolean;
  build: boolean;
  argv: string[];
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { scales: ['small', 'full'], onlyPdf: false, onlyErrors: false, onlyGrowth: false, errorCounts: [100_000, 1_000_000], skipPdf: false, skipDuckdb: false, keep: false, build: true, argv: [...argv] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--scale') {
      const value = argv[++i];
      if (value === 'small' || value === 'full') options.scales = [value];
      else if (value === 'both') options.scales = ['small', 'full'];
      else throw new Error('--scale: small, full or both');
    } else if (arg === '--only') {
      const value = argv[++i];
      if (value === 'pdf') options.onlyPdf = true;
      else if (value === 'errors') options.onlyErrors = true;
      else if (value === 'growth') options.onlyGrowth = true;
      else throw new Error('--only: pdf, errors or growth');
    } else if (arg === '--errors') {
      options.errorCounts = (argv[++i] ?? '').split(',').map(Number);
      if (options.errorCounts.some((count) => !Number.isInteger(count) || count <= 0)) throw new Error('--errors: counts separated by commas');
    } else if (arg === '--skip-pdf') options.skipPdf = true;
    else if (arg === '--skip-duckdb') options.skipDuckdb = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: npm run bench -- [--scale small|full|both] [--skip-pdf] [--skip-duckdb] [--keep] [--no-build] [--errors 100000,1000000]\n       npm run bench -- --only pdf [--keep] [--no-build]\n       npm run bench -- --only errors [--errors 100000,1000000] [--keep] [--no-build]\n       npm run bench -- --only growth [--scale small|full|both] [--keep] [--no-build]',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** Bytes and data rows of the Mission Locale input files of one year folder (plie/ and others left out). */
async function yearInputSize(folder: string): Promise<{ bytes: number; rows: number }> {
  const { buildSchemas } = await import('../src/contract/schemas.js');
  const { communeMatcher, METROPOLE_NORD_OUEST } = await import('../src/contract/territory.js');
  let bytes = 0;
  let rows = 0;
  for (const schema of Object.values(buildSchemas(communeMatcher(METROPOLE_NORD_OUEST)))) {
    const file = path.join(folder, schema.path);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    rows += text.split('\n').filter((line) => line.trim() !== '').length - 1;
  }
  return { bytes, rows };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const started = new Date();
  const t0 = performance.now();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'alpes-bench-'));
  const cleanup = () => {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    currentChild?.kill('SIGTERM');
    cleanup();
    process.exit(130);
  });
  const startMachine = machine();
  say(`alpes-report benchmark — work dir ${workDir}${options.keep ? ' (kept)' : ' (deleted at the end)'}`);
  const time = findGnuTime();
  say(`peak RSS via ${time ?? (process.platform === 'linux' ? '/proc/<pid>/status VmHWM polling' : 'nothing (not Linux)')}`);

  const rebuilt = snapshotTool(path.join(workDir, 'tool'), options.build);
  say(`tool under test: ${rebuilt}`);

  if (options.onlyErrors) {
    try {
      for (const target of errorFloodTargets(await runErrorFloods(workDir, options.errorCounts))) say(`  ${target.met ? 'met     ' : 'NOT met '}  ${target.name}: ${target.detail}`);
    } finally {
      cleanup();
    }
    return;
  }

  if (options.onlyGrowth) {
    try {
      for (const name of options.scales) {
        const scale = await runScale(name, name === 'full' ? FULL_SCALE : SMALL_SCALE, workDir, { ...options, skipDuckdb: true });
        const target = growthTarget(await measureGrowth(scale, workDir));
        rmSync(path.join(workDir, `data-${name}`), { recursive: true, force: true });
        say(`  ${target.met ? 'met     ' : 'NOT met '}  ${target.name}: ${target.detail}`);
      }
    } finally {
      cleanup();
    }
    return;
  }

  if (options.onlyPdf) {
    try {
      const pdf = await runPdf(workDir, PDF_RUNS);
      const target = pdfTarget(pdf);
      const resultsFile = path.join(REPO, 'bench', 'results.md');
      updatePdfResults(resultsFile, pdf);
      say(`\n  ${target.met ? 'met     ' : 'NOT met '}  ${target.name}: ${target.detail}\nUpdated the PDF part of ${path.relative(REPO, resultsFile)}`);
    } finally {
      cleanup();
    }
    return;
  }

  try {
    const scales: ScaleResult[] = [];
    let duckdbError: string | undefined;
    if (!options.skipDuckdb) {
      try {
        await import('@duckdb/node-api');
      } catch (error) {
        duckdbError = `@duckdb/node-api could not be loaded (${(error as Error).message.split('\n')[0]}); DuckDB comparison skipped.`;
        say(duckdbError);
        options.skipDuckdb = true;
      }
    }
    const growths: Growth[] = [];
    for (const name of options.scales) {
      const scale = await runScale(name, name === 'full' ? FULL_SCALE : SMALL_SCALE, workDir, options);
      scales.push(scale);
      growths.push(await measureGrowth(scale, workDir));
      // The full data set is 1.9 GB: drop it as soon as it is measured (kept with --keep).
      if (name === 'full' && !options.keep) rmSync(path.join(workDir, 'data-full'), { recursive: true, force: true });
    }

    say('\n== Mission Locale scale (fixtures/), median of 5');
    const ml: Measured[] = [];
    const fixtures = path.join(REPO, 'fixtures');
    await measure(process.execPath, buildArgs(fixtures, path.join(workDir, 'out-ml'), 'json')); // warm the file cache
    for (let i = 0; i < 5; i++) {
      const run = await measure(process.execPath, buildArgs(fixtures, path.join(workDir, 'out-ml'), 'json'));
      assertBuildOk(run, 'fixtures build');
      ml.push(run);
    }
    const startup: number[] = [];
    for (let i = 0; i < 3; i++) startup.push((await measure(process.execPath, [BIN, '--help'])).seconds);
    const mlData = await Promise.all([YEAR, YEAR - 1].map((year) => path.join(fixtures, String(year))).filter(existsSync).map(yearInputSize));
    const mlRows = mlData.reduce((n, d) => n + d.rows, 0);
    const mlBytes = mlData.reduce((n, d) => n + d.bytes, 0);
    say(`  median ${fmtS(median(ml.map((r) => r.seconds)))} s (--help alone: ${fmtS(median(startup))} s)`);

    let pdf: PdfResult | undefined;
    let pdfError: string | undefined;
    if (!options.skipPdf) {
      try {
        pdf = await runPdf(workDir, PDF_RUNS);
      } catch (error) {
        pdfError = (error as Error).message.split('\n')[0];
        say(`PDF not measured: ${pdfError}`);
      }
    }

    const floods = await runErrorFloods(workDir, options.errorCounts);

    // Targets.
    const targets: Target[] = [...errorFloodTargets(floods), ...growths.map(growthTarget)];
    const full = scales.find((s) => s.name === 'full');
    const small = scales.find((s) => s.name === 'small');
    // Issue #19's targets: the 1/10 scale (the fixtures' proportions) within 2x of DuckDB
    // parsing every file, the national scale under 30 s.
    if (small) {
      const duck = primaryDuckdb(small);
      const ratio = duck ? small.tool.seconds / duck.run.seconds : null;
      targets.push({
        name: 'Small scale (1/10): validate + compute (JSON) within 2x of DuckDB, all files',
        met: ratio === null ? null : ratio <= 2,
        detail: duck ? `${fmtS(small.tool.seconds)} s vs ${fmtS(duck.run.seconds)} s (DuckDB, all files, ${duck.threads} threads): ${fmtX(ratio!)}` : 'DuckDB skipped',
      });
    }
    if (full) {
      const duck = primaryDuckdb(full);
      targets.push({
        name: 'National scale: validate + compute (JSON) under 30 s',
        met: full.tool.seconds < 30,
        detail: `${fmtS(full.tool.seconds)} s wall${full.tool.cpuSeconds === null ? '' : `, ${fmtS(full.tool.cpuSeconds)} s CPU`}` + (duck ? `; DuckDB (all files, ${duck.threads} threads) ${fmtS(duck.run.seconds)} s: ${fmtX(full.tool.seconds / duck.run.seconds)}` : ''),
      });
    } else targets.push({ name: 'National scale: validate + compute (JSON) under 30 s', met: null, detail: 'full scale not run' });
    const rssTarget = full ?? small;
    if (rssTarget?.tool.maxRssKb) {
      const kb = rssTarget.tool.maxRssKb;
      targets.push({
        name: `Peak RSS < 1 GiB${full ? '' : ' (small scale only)'}`,
        met: full ? kb < 1024 * 1024 : null,
        detail: `${fmtMiB(kb)} at ${rssTarget.name} scale${small && full ? ` (small: ${fmtMiB(small.tool.maxRssKb)})` : ''}`,
      });
    } else targets.push({ name: 'Peak RSS < 1 GiB', met: null, detail: 'not measured' });
    if (small?.tool.maxRssKb && full?.tool.maxRssKb) {
      const growth = full.tool.maxRssKb / small.tool.maxRssKb;
      targets.push({ name: 'Peak RSS grows < 2x from 1/10 to full', met: growth < 2, detail: `${fmtMiB(small.tool.maxRssKb)} → ${fmtMiB(full.tool.maxRssKb)}: ${fmtX(growth)}` });
    } else targets.push({ name: 'Peak RSS grows < 2x from 1/10 to full', met: null, detail: 'needs both scales' });
    const mlMedian = median(ml.map((r) => r.seconds));
    targets.push({ name: 'Mission Locale scale build < 1 s', met: mlMedian < 1, detail: `median ${fmtS(mlMedian)} s (of which ${fmtS(median(startup))} s is starting the CLI)` });
    if (pdf) targets.push(pdfTarget(pdf));
    else targets.push({ name: PDF_TARGET, met: null, detail: pdfError ?? 'skipped (--skip-pdf)' });
    for (const scale of scales) {
      const bad = scale.checks.filter((check) => check.tool !== check.duckdb);
      if (scale.checks.length > 0) {
        targets.push({ name: `DuckDB agreement (${scale.name} scale)`, met: bad.length === 0, detail: `${scale.checks.length - bad.length}/${scale.checks.length} figures equal` });
      }
    }

    // A target not met: profile the small-scale build (what to optimise for throughput and
    // memory), and the fixtures build when the Mission Locale target is the one missed.
    const profiles: { label: string; summary: ProfileSummary }[] = [];
    if (targets.some((target) => target.met === false)) {
      const dataDir = path.join(workDir, 'data-small');
      if (!existsSync(dataDir)) {
        say('\n(generating the small scale for the CPU profile)');
        generateScale({ ...SMALL_SCALE, out: dataDir, year: YEAR });
      }
      profiles.push({ label: 'small-scale (1/10)', summary: await profileBuild('small-scale (1/10)', dataDir, workDir) });
      if (mlMedian >= 1) profiles.push({ label: 'Mission Locale scale (fixtures/)', summary: await profileBuild('fixtures/', fixtures, workDir) });
    }

    const resultsFile = path.join(REPO, 'bench', 'results.md');
    writeResults(resultsFile, {
      started,
      totalSeconds: (performance.now() - t0) / 1000,
      machine: {
        ...startMachine,
        'Load average at end': os.loadavg().map((load) => load.toFixed(2)).join(' / '),
        ...(scales[0]?.duckdb[0] ? { DuckDB: `${scales[0].duckdb[0].output.version} (@duckdb/node-api)` } : {}),
        ...(pdf ? { Browser: pdf.browserVersion } : {}),
      },
      scales,
      ml,
      mlRows,
      mlBytes,
      mlStartup: median(startup),
      ...(pdf ? { pdf } : {}),
      ...(pdfError ? { pdfError } : {}),
      ...(duckdbError ? { duckdbError } : {}),
      targets,
      profiles,
      options,
      rebuilt,
    });
    say(`\n== Targets`);
    for (const target of targets) say(`  ${target.met === null ? 'not measured' : target.met ? 'met         ' : 'NOT met     '}  ${target.name}: ${target.detail}`);
    say(`\nWrote ${path.relative(REPO, resultsFile)}`);
  } finally {
    cleanup();
    if (options.keep) say(`Generated data kept in ${workDir}`);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--duckdb-worker') {
  const [, dataDir, year, mode, threads] = args;
  duckdbWorker(dataDir!, Number(year), mode === 'core' ? 'core' : 'all', Number(threads ?? 0)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main(args).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
