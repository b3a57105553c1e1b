// Secret calendar feeds in the database (table `calendar_feeds`, migration 0004); any dialect.
import type { Kysely } from 'kysely';
import type { CalendarStore } from './ports/calendars.ts';

export interface CalendarFeedsTable {
  id: string;
  member_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export function createCalendarQueries<DB>(
  base: Kysely<DB>,
  serial: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): CalendarStore {
  // The table is this module's own: added to the schema type here, not in the shared schema.ts.
  const db = base.withTables<{ calendar_feeds: CalendarFeedsTable }>() as unknown as Kysely<{
    calendar_feeds: CalendarFeedsTable;
  }>;
  const revokeIn = async (trx: typeof db, memberId: string, at: string) => {
    const result = await trx
      .updateTable('calendar_feeds')
      .set({ revoked_at: at })
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  };
  return {
    create: (feed) =>
      serial(() =>
        db.transaction().execute(async (trx) => {
          await revokeIn(trx, feed.memberId, feed.createdAt);
          await trx
            .insertInto('calendar_feeds')
            .values({
              id: feed.id,
              member_id: feed.memberId,
              token_hash: feed.tokenHash,
              created_by: feed.createdBy,
              created_at: feed.createdAt,
              revoked_at: null,
            })
            .execute();
        }),
      ),
    async byTokenHash(tokenHash) {
      const row = await db
        .selectFrom('calendar_feeds')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        memberId: row.member_id,
        createdBy: row.created_by,
        createdAt: row.created_at,
        revokedAt: row.revoked_at,
      };
    },
    revoke: (memberId, at) => serial(() => revokeIn(db, memberId, at)),
  };
}
