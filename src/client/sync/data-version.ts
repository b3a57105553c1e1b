// Data versions: rows this app cannot read (a newer server's) are kept aside, never fatal to the pull.
import { ENTITY_SCHEMAS, isKind } from '../../shared/domain/entities.ts';
import type { PullResponse } from '../../shared/protocol/messages.ts';
import type { SetAside } from '../storage/port.ts';

/** A pull answer cut in two: what this app can store, and the keys (`kind/id`) it cannot read. */
export interface ReadablePull {
  readable: PullResponse;
  aside: string[];
}

/**
 * Reads one row of a patch as this app knows its kind: `{ value }` (unknown fields of a newer
 * server dropped) or null when the app cannot read it (an unknown kind, a status value or a limit
 * of a newer data version). Tests pin an older app with an older reader.
 */
export type RowReader = (kind: string, value: unknown) => { value: unknown } | null;

/** This app's reader: the domain schemas of src/shared/domain (ENTITY_SCHEMAS). */
export const readRow: RowReader = (kind, value) => {
  if (!isKind(kind)) return null;
  const parsed = ENTITY_SCHEMAS[kind].safeParse(value);
  return parsed.success ? { value: parsed.data } : null;
};

/**
 * Leaves out of the patch every row this app cannot read (see RowReader). The row already on the
 * phone, if any, stays as it was (the last value this app could read); nothing else in the answer
 * is touched, so acknowledgements, rejections and every other row land as usual.
 */
export function keepAside(response: PullResponse, read: RowReader = readRow): ReadablePull {
  const aside: string[] = [];
  const patch: PullResponse['patch'] = [];
  for (const op of response.patch) {
    if (op.op !== 'put') {
      if (op.op === 'clear' || isKind(op.kind)) patch.push(op);
      else aside.push(`${op.kind}/${op.id}`);
      continue;
    }
    const row = read(op.kind, op.value);
    if (row) patch.push(read === readRow ? op : { ...op, value: row.value });
    else aside.push(`${op.kind}/${op.id}`);
  }
  return { readable: aside.length || read !== readRow ? { ...response, patch } : response, aside };
}

/**
 * What to remember after a pull: the keys still aside (earlier ones the answer now brought readable,
 * or a full pull replaced, are dropped), and the data version of this app, so that a later app with
 * a higher one pulls everything again. Null when nothing is aside and the server is not newer.
 */
export function nextSetAside(
  before: SetAside | undefined,
  pulled: ReadablePull,
  appDataVersion: number,
): SetAside | null {
  const { readable, aside } = pulled;
  const full = readable.patch.some((op) => op.op === 'clear');
  const keys = new Set(full ? [] : (before?.keys ?? []));
  for (const op of readable.patch) if (op.op !== 'clear') keys.delete(`${op.kind}/${op.id}`);
  for (const key of aside) keys.add(key);
  const serverDataVersion = readable.dataVersion ?? 1;
  if (keys.size === 0 && serverDataVersion <= appDataVersion) return null;
  return { keys: [...keys], appDataVersion, serverDataVersion };
}

/** An app updated since rows were set aside pulls everything again: it may read them now. */
export function mustPullAll(setAside: SetAside | undefined, appDataVersion: number): boolean {
  return setAside !== undefined && appDataVersion > setAside.appDataVersion;
}
