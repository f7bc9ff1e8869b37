/** Stops a generator: a target it cannot meet is a bug in the targets or the generator, not data. */
export function fail(message: string): never {
  throw new Error(message);
}

export function check(condition: boolean, message: string): void {
  if (!condition) fail(message);
}
