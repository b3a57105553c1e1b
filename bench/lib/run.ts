// What every bench script does around its main(): read positive integers from the environment, exit with its outcome.

/** A positive integer from `process.env[name]`, or `fallback` when unset or empty; throws naming the variable otherwise. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: must be a positive integer, got "${raw}"`);
  return value;
}

/** Runs a bench's main and exits 0 when it resolves, 1 (with the error printed) when it throws. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
