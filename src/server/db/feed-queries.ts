// The schedule feed's tokens in the database (table `feed_tokens`, migration 0008); any dialect.
import type { Kysely } from 'kysely';
import type { FeedToken, FeedTokenStore } from './ports/feeds.ts';

export interface FeedTokensTable {
  id: string;
  name: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export function createFeedQueries<DB>(
  base: Kysely<DB>,
  serial: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): FeedTokenStore {
  // The table is this module's own: added to the schema type here, not in the shared schema.ts.
  const db = base.withTables<{ feed_tokens: FeedTokensTable }>() as unknown as Kysely<{
    feed_tokens: FeedTokensTable;
  }>;
  const fromRow = (row: FeedTokensTable): FeedToken => ({
    id: row.id,
    name: row.name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  });
  return {
    create: (token) =>
      serial(async () => {
        await db
          .insertInto('feed_tokens')
          .values({
            id: token.id,
            name: token.name,
            token_hash: token.tokenHash,
            created_by: token.createdBy,
            created_at: token.createdAt,
            last_used_at: null,
            revoked_at: null,
          })
          .execute();
      }),
    async byTokenHash(tokenHash) {
      const row = await db
        .selectFrom('feed_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('feed_tokens').selectAll().orderBy('created_at', 'desc').execute();
      return rows.map(fromRow);
    },
    revoke: (id, at) =>
      serial(async () => {
        const result = await db
          .updateTable('feed_tokens')
          .set({ revoked_at: at })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      }),
    touch: (id, at) =>
      serial(async () => {
        await db.updateTable('feed_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
      }),
  };
}
