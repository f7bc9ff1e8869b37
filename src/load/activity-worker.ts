import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { communeMatcher } from '../contract/territory.js';
import { withProgress } from '../read/progress.js';
import { readActivityFile } from './activity-files.js';
import { BATCH_ROWS, BATCHES_IN_FLIGHT, type WorkerJob, type WorkerMessage } from './activity-workers.js';
import { IssueLog } from '../contract/issues.js';
import { References } from './references.js';
import { buildSchemas, withAliases } from '../contract/schemas.js';
import { EVENT_STATUSES, NATURES, THEMES } from '../contract/vocabularies.js';
import { type ActivitySinks } from './registers.js';

/**
 * Worker thread: reads one activity file with readActivityFile, as the main thread would,
 * and posts the linked records back in compact batches (at most BATCHES_IN_FLIGHT not yet
 * taken by the main thread: the thread waits), then the file's issues and summary.
 */
/** How much nicer a worker thread is than the process (nice values: 0 normal, 19 the lowest). */
const WORKER_NICER = 5;
const job = workerData as WorkerJob;
// The main thread reads the registers and also takes this thread's records: it is the longest
// path, so it goes first (bench/results.md, session 8). Linux only: there a thread has its
// own nice value; elsewhere pid 0 is the whole process.
if (process.platform === 'linux') {
  try {
    setPriority(0, Math.min(19, getPriority(0) + WORKER_NICER));
  } catch {
    // Not allowed (a sandbox): the same work, in a different order.
  }
}
const port = parentPort!;
const inFlight = new Int32Array(job.control);

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  for (let seen = Atomics.load(inFlight, 0); seen >= BATCHES_IN_FLIGHT; seen = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, seen);
  Atomics.add(inFlight, 0, 1);
  port.postMessage(message, transfer);
}

const natureCode = new Map<string, number>(NATURES.map((nature, index) => [nature, index]));
const statusCode = new Map<string, number>(EVENT_STATUSES.map((status, index) => [status, index]));
const themeCode = new Map<string, number>(THEMES.map((theme, index) => [theme, index]));

let count = 0;
let date = new Int32Array(BATCH_ROWS);
let youngPerson = new Int32Array(BATCH_ROWS);
let codeA = new Uint8Array(BATCH_ROWS);
let codeB = new Uint8Array(BATCH_ROWS);

function flush(): void {
  if (count === 0) return;
  const buffers = [date.buffer, youngPerson.buffer, codeA.buffer, codeB.buffer];
  post({ type: 'rows', count, date, youngPerson, codeA, codeB }, buffers);
  count = 0;
  date = new Int32Array(BATCH_ROWS);
  youngPerson = new Int32Array(BATCH_ROWS);
  codeA = new Uint8Array(BATCH_ROWS);
  codeB = new Uint8Array(BATCH_ROWS);
}

const sinks: ActivitySinks = {
  event(event) {
    date[count] = event.date;
    youngPerson[count] = event.youngPerson;
    codeA[count] = natureCode.get(event.nature)!;
    codeB[count] = statusCode.get(event.status)!;
    if (++count === BATCH_ROWS) flush();
  },
  proposition(proposition) {
    date[count] = proposition.date;
    youngPerson[count] = proposition.youngPerson;
    codeA[count] = themeCode.get(proposition.theme)!;
    if (++count === BATCH_ROWS) flush();
  },
};

// Default cell limits: événements and propositions hold no amount nor count.
const schemas = withAliases(buildSchemas(communeMatcher({ name: '', shortName: '', communes: job.communeNames, aliases: {} })), job.headerAliases, job.valueAliases);
const issues = new IssueLog();
// Progress goes to the main thread, which shows it (not counted as a batch in flight).
const progress = (_file: string, rows: number, done: boolean) => port.postMessage({ type: 'progress', rows, done } satisfies WorkerMessage);
const summary = await withProgress(progress, () => readActivityFile(job.kind, schemas, job.file, job.year, References.from(job.youngPersonIds), sinks, issues));
flush();
// Compact (typed arrays, one template per kind of issue): a million issues cross cheaply.
const data = issues.toData();
port.postMessage({ type: 'done', issues: data, summary } satisfies WorkerMessage, [data.template.buffer, data.line.buffer, data.column.buffer, data.firstLine.buffer, data.value.buffer] as ArrayBuffer[]);
