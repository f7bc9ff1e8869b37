import { AsyncLocalStorage } from 'node:async_hooks';
import { reading } from '../contract/console-fr.js';

/**
 * Progress of long ingestions, for a person watching a terminal. The CLI installs a listener
 * around a build (`withProgress`); readers report rows as they go. Carried by async context so
 * that no reader needs an extra parameter, and nothing happens when no listener is installed.
 */
export type ProgressListener = (file: string, rows: number, done: boolean) => void;

const listeners = new AsyncLocalStorage<ProgressListener>();

export function withProgress<T>(listener: ProgressListener | undefined, run: () => Promise<T>): Promise<T> {
  return listener ? listeners.run(listener, run) : run();
}

/** The listener of the current build, if any (for progress that arrives from a worker thread). */
export function currentProgress(): ProgressListener | undefined {
  return listeners.getStore();
}

/** Called by readers every few thousand rows and once at the end of each file. */
export function reportProgress(file: string, rows: number, done = false): void {
  listeners.getStore()?.(file, rows, done);
}

/**
 * A one-line display on a terminal: file, rows read and rows per second, rewritten at most
 * every 200 ms and erased at the end of each file.
 */
export function terminalProgress(write: (text: string) => void, now: () => number = () => performance.now()): ProgressListener {
  // Files are read one after the other: a file's clock starts when the previous one ends.
  let started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  return (file, rows, done) => {
    const time = now();
    if (done) {
      started = time;
      write('\r\u001b[K');
      return;
    }
    if (time - lastDraw < 200) return;
    lastDraw = time;
    const seconds = Math.max((time - started) / 1000, 0.001);
    write(`\r\u001b[K${reading(file, rows, Math.round(rows / seconds))}`);
  };
}
