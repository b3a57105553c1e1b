// A device's stored rejections, bounded: past MAX_STORED_REJECTIONS the two oldest merge into one counted marker.
import type { Kysely } from 'kysely';
import { MAX_STORED_REJECTIONS } from '../../shared/protocol/limits.ts';
import type { Database } from './schema.ts';

/**
 * Called after a rejection is logged, in the same transaction. While the client holds more than
 * MAX_STORED_REJECTIONS rejected rows, the oldest is deleted and the next becomes (or stays) the
 * marker `rejections_dropped` with `params.count` = the rejections it now stands for (itself
 * included). Its id is kept, so a client that had not yet seen those ids still gets one entry
 * telling how many it lost; one that had seen them never sees the marker (pull returns ids above
 * the acknowledged one). The audit of those mutations goes with them: what a device may store is
 * bounded, the applied mutations' audit is not touched.
 */
export async function capRejections(trx: Kysely<Database>, clientID: string): Promise<void> {
  const { count } = await trx
    .selectFrom('mutation_log')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('client_id', '=', clientID)
    .where('status', '=', 'rejected')
    .executeTakeFirstOrThrow();
  let excess = Number(count) - MAX_STORED_REJECTIONS;
  while (excess-- > 0) {
    const [oldest, next] = await trx
      .selectFrom('mutation_log')
      .select(['mutation_id', 'code', 'params'])
      .where('client_id', '=', clientID)
      .where('status', '=', 'rejected')
      .orderBy('mutation_id')
      .limit(2)
      .execute();
    if (!oldest || !next) return;
    const stands = weight(oldest) + weight(next);
    await trx
      .deleteFrom('mutation_log')
      .where('client_id', '=', clientID)
      .where('mutation_id', '=', oldest.mutation_id)
      .execute();
    await trx
      .updateTable('mutation_log')
      .set({
        code: 'rejections_dropped',
        params: JSON.stringify({ count: stands }),
        reason: `${stands} older rejected changes were not kept by the server`,
        args: 'null',
        target_kind: null,
        target_id: null,
      })
      .where('client_id', '=', clientID)
      .where('mutation_id', '=', next.mutation_id)
      .execute();
  }
}

/** How many rejections a row stands for: a marker its count, any other row itself. */
function weight(row: { code?: string | null; params?: string | null }): number {
  if (row.code !== 'rejections_dropped' || !row.params) return 1;
  const count = (JSON.parse(row.params) as { count?: unknown }).count;
  return typeof count === 'number' && count > 0 ? count : 1;
}
