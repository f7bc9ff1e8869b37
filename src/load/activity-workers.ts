import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { HeaderAliases } from '../config/settings.js';
import { currentProgress } from '../read/progress.js';
import type { ActivityFile, ActivityFileRef } from './activity-files.js';
import { IssueLog, type IssueLogData } from '../contract/issues.js';
import type { ActivityEvent, ValueAliases } from '../contract/schemas.js';
import type { ReferencesData } from './references.js';
import type { FileSummary } from './validate-file.js';
import { EVENT_STATUSES, NATURES, THEMES } from '../contract/vocabularies.js';
import { type ActivitySinks, type Linked, type PropositionFact } from './registers.js';

/**
 * An activity file read in a worker thread (activity-worker.ts) that runs the same
 * readActivityFile as the main thread would, while the main thread reads the other one.
 * The main thread hands the worker's records on to the sinks as batches arrive, between
 * blocks of its own file (each file's records in file order; the two files' records
 * interleaved, which the sinks, counters, do not mind), then appends the file's issues
 * after its own, as if the files had been read one after the other.
 */
export const BATCH_ROWS = 8192;
/** Batches a worker may have posted and the main thread not yet handed on: bounds memory. */
export const BATCHES_IN_FLIGHT = 32;
/** Below this size a file is read in the main thread faster than a worker starts. */
const MIN_WORKER_BYTES = 8 * 1024 * 1024;

export interface WorkerJob {
  kind: ActivityFile;
  file: ActivityFileRef;
  year: number;
  headerAliases: HeaderAliases;
  valueAliases: ValueAliases;
  communeNames: readonly string[];
  youngPersonIds: ReferencesData;
  /** Int32 [batches in flight], shared. */
  control: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'rows'; count: number; date: Int32Array; youngPerson: Int32Array; codeA: Uint8Array; codeB: Uint8Array }
  | { type: 'progress'; rows: number; done: boolean }
  | { type: 'done'; issues: IssueLogData; summary: FileSummary | undefined };

/** Whether reading the files side by side is worth a worker: both exist and are large. */
export function worthWorker(files: readonly ActivityFileRef[]): boolean {
  try {
    return files.every((file) => statSync(file.absolute).size >= MIN_WORKER_BYTES);
  } catch {
    return false;
  }
}

/**
 * Starts reading one file in a worker; `done` resolves with its issues and summary once
 * every record is handed on; `stop()` ends the worker (call it in any case).
 */
export function startActivityWorker(job: Omit<WorkerJob, 'control'>, sinks: ActivitySinks): { done: Promise<{ issues: IssueLog; summary: FileSummary | undefined }>; stop: () => Promise<void> } {
  const control = new SharedArrayBuffer(4);
  const inFlight = new Int32Array(control);
  const workerData = { ...job, control } satisfies WorkerJob;
  // Compiled: the .js beside this module. From the sources (tests): the .ts, through tsx.
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./activity-worker.ts', import.meta.url).href)}); });`, { eval: true, workerData })
    : new Worker(new URL('./activity-worker.js', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  const progress = currentProgress();
  const done = new Promise<{ issues: IssueLog; summary: FileSummary | undefined }>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'rows') {
        const { count, date, youngPerson, codeA, codeB } = message;
        // One record object per batch, filled row by row: sinks count, they do not keep records.
        if (job.kind === 'evenements') {
          const event: Linked<ActivityEvent> = { date: 0, nature: NATURES[0], status: EVENT_STATUSES[0], youngPerson: 0 };
          for (let i = 0; i < count; i++) {
            event.date = date[i]!;
            event.nature = NATURES[codeA[i]!]!;
            event.status = EVENT_STATUSES[codeB[i]!]!;
            event.youngPerson = youngPerson[i]!;
            sinks.event(event);
          }
        } else {
          const proposition: PropositionFact = { date: 0, theme: THEMES[0], youngPerson: 0 };
          for (let i = 0; i < count; i++) {
            proposition.date = date[i]!;
            proposition.theme = THEMES[codeA[i]!]!;
            proposition.youngPerson = youngPerson[i]!;
            sinks.proposition(proposition);
          }
        }
        Atomics.sub(inFlight, 0, 1);
        Atomics.notify(inFlight, 0);
      } else if (message.type === 'progress') {
        progress?.(job.file.display, message.rows, message.done);
      } else {
        settled = true;
        resolve({ issues: IssueLog.fromData(message.issues), summary: message.summary });
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`activity worker for ${job.file.display} exited with code ${code}`));
    });
  });
  return { done, stop: async () => void (await worker.terminate()) };
}
