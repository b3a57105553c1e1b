// The shot statuses and their progress order, without zod: screens read them before any schema loads.

/** planned → in-position → captured → selected → published, plus missed. */
export const SHOT_STATUSES = [
  'planned',
  'in-position',
  'captured',
  'selected',
  'published',
  'missed',
] as const;

/**
 * Progress rank of a status. Forward moves only ever raise it, so they commute: a late
 * "captured" never overwrites "selected". "missed" sits between in-position and captured:
 * an image captured after all supersedes "missed", while a late "in-position" does not undo it.
 */
export function progress(status: (typeof SHOT_STATUSES)[number]): number {
  switch (status) {
    case 'planned':
      return 0;
    case 'in-position':
      return 1;
    case 'missed':
      return 1.5;
    case 'captured':
      return 2;
    case 'selected':
      return 3;
    case 'published':
      return 4;
  }
}
