// Identical pulls answered from one read: the rows changed between a cookie and a committed version never change.
import type { EntityChange } from './port.ts';

/** Distinct (version, cookie) pairs kept: clients poked together pull from a few cookies at most. */
const MAX_ENTRIES = 64;

export type ChangeCache = (
  version: number,
  since: number | null,
  read: () => Promise<EntityChange[]>,
) => Promise<EntityChange[]>;

/**
 * Keyed by (snapshot version, since): a snapshot at version V sees exactly the commits up to V, so
 * every pull from cookie C at V gets the same rows, whichever transaction reads them. Pulls that
 * arrive together share one read even while it runs (the promise is kept); a failed read is
 * forgotten. Entries of older versions go as soon as a newer version is read. The rows are shared:
 * callers must not change them (the pull maps them to new patch ops, redacting into copies).
 */
export function createChangeCache(): ChangeCache {
  const entries = new Map<string, Promise<EntityChange[]>>();
  let newest = -1;
  return (version, since, read) => {
    if (version > newest) {
      newest = version;
      for (const k of entries.keys()) if (!k.startsWith(`${version}:`)) entries.delete(k);
    }
    const k = `${version}:${since ?? 'all'}`;
    let found = entries.get(k);
    if (!found) {
      found = read();
      found.catch(() => entries.delete(k));
      if (version === newest) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(k, found);
      }
    }
    return found;
  };
}
