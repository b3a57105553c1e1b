// The ServerStore over Kysely: standard SQL only, so a PostgreSQL dialect can be plugged in unchanged.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema.ts';
import type { ServerStore } from './port.ts';
import { createWriteHealth } from './write-health.ts';
import { queryAudit } from './audit-queries.ts';
import { changesSince, entityReader, getEntity, listEntities } from './entity-queries.ts';
import * as devices from './device-queries.ts';
import { createPreviewQueries } from './preview-queries.ts';
import { createCalendarQueries } from './calendar-queries.ts';
import { createPushQueries } from './push-queries.ts';
import { createFeedQueries } from './feed-queries.ts';
import { logEntryFromRow } from './rows.ts';
import { createSerialQueue } from './serial.ts';
import { capRejections } from './rejection-queries.ts';
import { createChangeCache } from './change-cache.ts';
import { counterOf, pgPoolOf, sqliteHandleOf } from './db-handles.ts';
import { sqliteExec } from './sql-exec.ts';
import type { SqlExec } from './sql-exec.ts';
import { bufferedWriteSession } from './write-session.ts';
import type { HotPath } from './hot-path.ts';
import { installSqliteFlush, sqliteHotPath } from './hot-sqlite.ts';
import { postgresHotPath } from './hot-postgres.ts';
import { sqlitePullSnapshot } from './pull-sqlite.ts';
import { sqliteDeviceByTokenHash } from './device-sqlite.ts';

/** What differs between dialects; everything else is the same SQL. */
export interface DialectTraits {
  /** Which plain-SQL path `write` takes: better-sqlite3 prepared statements, or pg round trips. */
  hotPath: 'sqlite' | 'postgres';
  /**
   * Called first in every write transaction. PostgreSQL: `select … for update` on the space row, so
   * writers of every process are serialised before they read, and the version they take is assigned
   * in commit order (the lock is held until COMMIT). SQLite: nothing, `begin immediate` already locks.
   */
  lockForWrite(trx: Kysely<Database>): Promise<void>;
  /** Checks the database answers (readiness). */
  ping(db: Kysely<Database>): Promise<void>;
  /** After a write transaction's own probe write: what else proves the disk takes writes. */
  afterProbe(db: Kysely<Database>): Promise<void>;
  /** Runs `fn` under the database-wide first-start lock (see ServerStore.withStartLock). */
  startLock<T>(db: Kysely<Database>, fn: () => Promise<T>): Promise<T>;
  /** Inside the revoking transaction: tells the other server processes (PostgreSQL NOTIFY). */
  announceRevoked(trx: Kysely<Database>, deviceIds: string[]): Promise<void>;
}

export const SQLITE_TRAITS: DialectTraits = {
  hotPath: 'sqlite',
  async lockForWrite() {},
  async ping(db) {
    await db.selectFrom('space').select('version').executeTakeFirst();
  },
  async afterProbe(db) {
    // A checkpoint copies the WAL into the database file: it fails with SQLITE_FULL while the file
    // cannot grow, the state in which the WAL is never reset and every later write ends up failing.
    await sql`pragma wal_checkpoint(PASSIVE)`.execute(db);
  },
  // One server process per SQLite file: the store's own in-process queue is the whole lock.
  startLock: (_db, fn) => fn(),
  async announceRevoked() {},
};

/** What the readiness probe writes (and deletes in the same transaction): 64 KiB, 16 SQLite pages. */
const PROBE_FILLER = new Uint8Array(64 * 1024);

/** Wraps an already migrated database. */
export function createKyselyStore(db: Kysely<Database>, traits: DialectTraits = SQLITE_TRAITS): ServerStore {
  // One writer at a time in this process; across processes the database's own write lock decides.
  // Every write goes through `serial`: the health watches each one for storage faults.
  const health = createWriteHealth();
  const serial = health.watch(createSerialQueue());
  const transact = <T>(fn: (trx: Kysely<Database>) => Promise<T>) =>
    serial(() =>
      db.transaction().execute(async (trx) => {
        await traits.lockForWrite(trx);
        return fn(trx);
      }),
    );

  const counter = counterOf(db as Kysely<never>);
  const sqliteRaw = traits.hotPath === 'sqlite' ? sqliteHandleOf(db as Kysely<never>) : undefined;
  if (traits.hotPath === 'sqlite' && !sqliteRaw)
    throw new Error('a SQLite store must be opened by openSqlite');
  // One statement cache for the store's life: each text is prepared once.
  const sqliteHot: SqlExec | undefined = sqliteRaw ? sqliteExec(sqliteRaw, counter) : undefined;
  if (sqliteRaw) installSqliteFlush(sqliteRaw);
  const sqliteDevice = sqliteHot ? sqliteDeviceByTokenHash(sqliteHot) : undefined;
  const pgPool = traits.hotPath === 'postgres' ? pgPoolOf(db as Kysely<never>) : undefined;
  if (traits.hotPath === 'postgres' && !pgPool)
    throw new Error('a PostgreSQL store must be opened by openPostgres');

  const changeCache = createChangeCache();
  const startQueue = createSerialQueue();
  const revokedListeners = new Set<(deviceIds: string[]) => void>();
  const revoke = async (by: { id: string } | { memberId: string }, at: string) => {
    const ids = await transact(async (trx) => {
      const revoked = await devices.revokeDevices(trx, by, at);
      if (revoked.length) await traits.announceRevoked(trx, revoked);
      return revoked;
    });
    if (ids.length) for (const listener of [...revokedListeners]) listener(ids);
    return ids.length;
  };
  return {
    // The push's path: plain SQL on one connection, writes kept in memory and flushed at the end.
    write: (fn) =>
      serial(async () => {
        const run = async (hot: HotPath) => {
          try {
            await hot.begin();
            const session = bufferedWriteSession(hot, (clientID) => capRejections(hot.exec, clientID));
            const result = await fn(session);
            await session.flush();
            await hot.commit();
            return result;
          } catch (error) {
            await hot.rollback();
            throw error;
          }
        };
        // SQLite: Kysely's connection mutex keeps every other query out of the open transaction.
        if (sqliteRaw) return db.connection().execute(() => run(sqliteHotPath(sqliteRaw, sqliteHot!)));
        const client = await pgPool!.connect();
        const hot = postgresHotPath(client, counter);
        try {
          return await run(hot);
        } finally {
          // A connection whose rollback failed may be unusable: the pool drops it rather than lend it again.
          client.release(hot.broken());
        }
      }),
    statementCount: () => counter.statements,

    version: () => readVersion(db),

    // One repeatable-read transaction, so the version, the changes and the rejections are one snapshot:
    // commits are serialised by version, so a snapshot at version N holds every commit <= N, none after.
    pullSnapshot: (clientID, since, ackedMutationID, alsoRead) => {
      // SQLite: prepared statements on the one connection, held (Kysely's mutex) from BEGIN to COMMIT.
      if (sqliteRaw)
        return db
          .connection()
          .execute(() =>
            sqlitePullSnapshot(
              sqliteRaw,
              sqliteHot!,
              changeCache,
              clientID,
              since,
              ackedMutationID,
              alsoRead,
            ),
          );
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const version = await readVersion(trx);
          // A cookie ahead of the server (data reset) is a first pull: the caller sends `clear`.
          const from = since === null || since > version ? null : since;
          const changes = await changeCache(version, from, () => changesSince(trx, from));
          const rejections = await trx
            .selectFrom('mutation_log')
            .selectAll()
            .where('client_id', '=', clientID)
            .where('status', '=', 'rejected')
            .where('mutation_id', '>', ackedMutationID)
            .orderBy('mutation_id')
            .execute();
          return {
            version,
            changes,
            lastMutationID: await readLastMutationID(trx, clientID),
            rejections: rejections.map(logEntryFromRow),
            also: alsoRead ? await alsoRead(entityReader(trx), version) : undefined,
          };
        });
    },

    lastMutationID: (clientID) => readLastMutationID(db, clientID),
    getEntity: (kind, id) => getEntity(db, kind, id),
    listEntities: (kind) => listEntities(db, kind),

    async mutationLog(clientID) {
      let query = db
        .selectFrom('mutation_log')
        .selectAll()
        .orderBy('logged_at')
        .orderBy('client_id')
        .orderBy('mutation_id');
      if (clientID !== undefined) query = query.where('client_id', '=', clientID);
      return (await query.execute()).map(logEntryFromRow);
    },

    audit: (query) => queryAudit(db, query),
    ping: () => traits.ping(db),
    writeFault: () => health.fault(),
    async probeWrite() {
      await health.probe(async () => {
        // New pages, as a push that grows the database needs: a write that only rewrites an
        // existing page can succeed on a disk that refuses every real push.
        await transact(async (trx) => {
          await trx.insertInto('write_probe').values({ id: 1, filler: PROBE_FILLER }).execute();
          await trx.deleteFrom('write_probe').execute();
        });
        await traits.afterProbe(db);
      });
    },
    // One first start at a time within this process too (the database's lock is per connection).
    withStartLock: (fn) => startQueue(() => traits.startLock(db, fn)),
    onRevoked(listener) {
      revokedListeners.add(listener);
      return () => revokedListeners.delete(listener);
    },

    insertInvite: (invite) => serial(() => devices.insertInvite(db, invite)),
    listInvites: (memberId) => devices.listInvites(db, memberId),
    redeemInvite: (tokenHash, device, now) =>
      transact((trx) => devices.redeemInvite(trx, tokenHash, device, now)),
    previewInvite: (tokenHash, now) => devices.previewInvite(db, tokenHash, now),
    // Every request signs in: on SQLite one prepared statement under the connection's mutex.
    deviceByTokenHash: (tokenHash) =>
      sqliteDevice
        ? db.connection().execute(() => sqliteDevice(tokenHash))
        : devices.deviceByTokenHash(db, tokenHash),
    async touchDevice(deviceId, at) {
      await serial(() =>
        db.updateTable('devices').set({ last_seen_at: at }).where('id', '=', deviceId).execute(),
      );
    },
    listDevices: (memberId) => devices.listDevices(db, memberId),
    revokeDevice: (id, at) => revoke({ id }, at),
    revokeMemberDevices: (memberId, at) => revoke({ memberId }, at),
    cancelInvites: (memberId, at) => serial(() => devices.cancelInvites(db, memberId, at)),
    previews: createPreviewQueries(db, serial),
    calendars: createCalendarQueries(db, serial),
    push: createPushQueries(db, serial),
    feeds: createFeedQueries(db, serial),
    close: () => serial(() => db.destroy()),
  };
}

async function readVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('space').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.version);
}

async function readLastMutationID(db: Kysely<Database>, clientID: string): Promise<number> {
  const row = await db
    .selectFrom('clients')
    .select('last_mutation_id')
    .where('client_id', '=', clientID)
    .executeTakeFirst();
  return row ? Number(row.last_mutation_id) : 0;
}
