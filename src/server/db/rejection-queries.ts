// A device's stored rejections, bounded: past MAX_STORED_REJECTIONS the two oldest merge into one counted marker.
import { MAX_STORED_REJECTIONS } from '../../shared/protocol/limits.ts';
import type { SqlExec } from './sql-exec.ts';

/**
 * Called after a rejection is logged, in the same transaction. While the client holds more than
 * MAX_STORED_REJECTIONS rejected rows, the oldest is deleted and the next becomes (or stays) the
 * marker `rejections_dropped` with `params.count` = the rejections it now stands for (itself
 * included). Its id is kept, so a client that had not yet seen those ids still gets one entry
 * telling how many it lost; one that had seen them never sees the marker (pull returns ids above
 * the acknowledged one). The audit of those mutations goes with them: what a device may store is
 * bounded, the applied mutations' audit is not touched.
 */
export async function capRejections(exec: SqlExec, clientID: string): Promise<void> {
  const [counted] = await exec(
    "select count(*) as count from mutation_log where client_id = ? and status = 'rejected'",
    [clientID],
  );
  let excess = Number(counted?.count ?? 0) - MAX_STORED_REJECTIONS;
  while (excess-- > 0) {
    const [oldest, next] = (await exec(
      "select mutation_id, code, params from mutation_log where client_id = ? and status = 'rejected' " +
        'order by mutation_id limit 2',
      [clientID],
    )) as { mutation_id: number; code: string | null; params: string | null }[];
    if (!oldest || !next) return;
    const stands = weight(oldest) + weight(next);
    await exec('delete from mutation_log where client_id = ? and mutation_id = ?', [
      clientID,
      oldest.mutation_id,
    ]);
    await exec(
      "update mutation_log set code = 'rejections_dropped', params = ?, reason = ?, args = 'null', " +
        'target_kind = null, target_id = null where client_id = ? and mutation_id = ?',
      [
        JSON.stringify({ count: stands }),
        `${stands} older rejected changes were not kept by the server`,
        clientID,
        next.mutation_id,
      ],
    );
  }
}

/** How many rejections a row stands for: a marker its count, any other row itself. */
function weight(row: { code?: string | null; params?: string | null }): number {
  if (row.code !== 'rejections_dropped' || !row.params) return 1;
  const count = (JSON.parse(row.params) as { count?: unknown }).count;
  return typeof count === 'number' && count > 0 ? count : 1;
}
