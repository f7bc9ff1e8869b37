import * as words from '../contract/console-fr.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * Ctrl-C (SIGINT), a cancelled CI job (SIGTERM) or a closed terminal (SIGHUP) during a build:
 * the signal aborts `signal` (the PDF renderer kills its browser and removes its profile; the
 * writer refuses to start), then the process exits with 128 + the signal's number. Nothing
 * is renamed over the previous report: writing is the last, synchronous step, so a signal
 * lands either before it (nothing written) or after it (everything written).
 */
const EXIT_BY_SIGNAL = { SIGINT: EXIT.sigint, SIGTERM: EXIT.sigterm, SIGHUP: EXIT.sighup } as const;
type HandledSignal = keyof typeof EXIT_BY_SIGNAL;

export interface Interruption {
  signal: AbortSignal;
  /** The exit code for the signal received, once one was. */
  exitCode(): number | undefined;
  dispose(): void;
}

export function watchInterruptions(io: Io, exit: (code: number) => void = (code) => process.exit(code)): Interruption {
  const controller = new AbortController();
  let received: HandledSignal | undefined;
  const handler = (name: HandledSignal) => {
    const code = EXIT_BY_SIGNAL[name];
    // A second signal while cleaning up: the user insists.
    if (received !== undefined) return exit(code);
    received = name;
    io.err(words.interrupted(name));
    controller.abort(name);
    // After the abort listeners' own deferred cleanup (the browser profile).
    setImmediate(() => setImmediate(() => exit(code)));
  };
  const names = Object.keys(EXIT_BY_SIGNAL) as HandledSignal[];
  for (const name of names) process.on(name, handler);
  return {
    signal: controller.signal,
    exitCode: () => (received === undefined ? undefined : EXIT_BY_SIGNAL[received]),
    dispose: () => {
      for (const name of names) process.off(name, handler);
    },
  };
}
