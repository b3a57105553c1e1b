// Signing a request in on SQLite: the device and its member in one prepared statement, the member parsed once per stored value.
import type { Selectable } from 'kysely';
import type { Member } from '../../shared/domain/member.ts';
import type { DeviceRecord } from './port.ts';
import { deviceFromRow, entityFromData } from './rows.ts';
import type { DevicesTable } from './schema.ts';
import type { SqlExec } from './sql-exec.ts';

const DEVICE_AND_MEMBER =
  "select d.*, e.data as member_data from devices d left join entities e on e.kind = 'member' " +
  'and e.id = d.member_id and e.deleted = 0 where d.token_hash = ?';

/** Parsed members kept by their stored JSON: every request of a device parses the same row again. */
const MAX_PARSED = 1_000;

/**
 * ServerStore.deviceByTokenHash over `exec` (the caller holds the connection): one statement
 * instead of two queries, and a member row parsed at most once per stored value (a changed member
 * is a new value, so a cached parse is never stale). Parsed members are frozen: callers share them.
 */
export function sqliteDeviceByTokenHash(exec: SqlExec) {
  const parsed = new Map<string, Member>();
  const member = (data: string): Member => {
    let found = parsed.get(data);
    if (!found) {
      found = Object.freeze(entityFromData('member', data)) as Member;
      if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
      parsed.set(data, found);
    }
    return found;
  };
  return async (
    tokenHash: string,
  ): Promise<{ device: DeviceRecord; member: Member | undefined } | undefined> => {
    const [row] = await exec(DEVICE_AND_MEMBER, [tokenHash]);
    if (!row) return undefined;
    const data = row.member_data;
    return {
      device: deviceFromRow(row as unknown as Selectable<DevicesTable>),
      member: typeof data === 'string' ? member(data) : undefined,
    };
  };
}
