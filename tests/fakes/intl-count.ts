// Counts the Intl.DateTimeFormat objects a piece of code builds: formatters must be cached, not rebuilt per call.

/** Runs `work` with `Intl.DateTimeFormat` wrapped, and returns how many formatters it constructed. */
export function dateFormattersBuiltBy(work: () => void): number {
  const Real = Intl.DateTimeFormat;
  let built = 0;
  const Counting = function (...args: ConstructorParameters<typeof Real>) {
    built += 1;
    return new Real(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Intl.DateTimeFormat = Object.assign(Counting, Real);
  try {
    work();
  } finally {
    Intl.DateTimeFormat = Real;
  }
  return built;
}
