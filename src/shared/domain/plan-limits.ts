// Limits of a day's plan the screens warn about, without zod: they load before any schema.

/** The team chooses 4 or 5 moments a day: past this the UI warns. */
export const MAX_MOMENTS_PER_DAY = 5;
