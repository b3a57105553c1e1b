// Reads made before the first render (while the language's strings load), handed to the live hooks that ask for them.

const seeds = new Map<string, unknown>();

/**
 * Keeps `value` as the first result of the live query named `key` (useLive's `seedKey`): the
 * first render shows it at once instead of a loading step, and the live query takes over after.
 * A key names a query and its arguments (e.g. `myDay/<member>/<day>`); a stale seed is harmless,
 * the live query replaces it as soon as it answers.
 */
export function plantSeed(key: string, value: unknown): void {
  seeds.set(key, value);
}

/** The seed planted under `key`, if any. */
export function seeded<T>(key: string): T | undefined {
  return seeds.get(key) as T | undefined;
}

/** Forgets every seed once the first screen has shown: a later mount reads live, never an old seed. */
export function clearSeeds(): void {
  seeds.clear();
}
