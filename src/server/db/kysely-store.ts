// The ServerStore over Kysely: standard SQL only, so a PostgreSQL dialect can be plugged in unchanged.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { ServerStore, WriteSession } from './port.ts';
import { changesSince, entityReader, getEntity, listEntities, writeEntities } from './entity-queries.ts';
import * as devices from './device-queries.ts';
import { logEntryFromRow, logEntryToRow } from './rows.ts';
import { createSerialQueue } from './serial.ts';

/** Wraps an already migrated database. */
export function createKyselyStore(db: Kysely<Database>): ServerStore {
  // One writer at a time in this process; across processes the database's own write lock decides.
  const serial = createSerialQueue();
  const transact = <T>(fn: (trx: Kysely<Database>) => Promise<T>) =>
    serial(() => db.transaction().execute((trx) => fn(trx)));

  return {
    write: (fn) => transact((trx) => fn(writeSession(trx))),

    version: () => readVersion(db),

    // A transaction, so the version, the changes and the rejections are one snapshot.
    pullSnapshot: (clientID, since, ackedMutationID) =>
      db.transaction().execute(async (trx) => {
        const version = await readVersion(trx);
        // A cookie ahead of the server (data reset) is a first pull: the caller sends `clear`.
        const changes = await changesSince(trx, since === null || since > version ? null : since);
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
        };
      }),

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

    insertInvite: (invite) => serial(() => devices.insertInvite(db, invite)),
    listInvites: (memberId) => devices.listInvites(db, memberId),
    redeemInvite: (tokenHash, device, now) =>
      transact((trx) => devices.redeemInvite(trx, tokenHash, device, now)),
    deviceByTokenHash: (tokenHash) => devices.deviceByTokenHash(db, tokenHash),
    async touchDevice(deviceId, at) {
      await serial(() =>
        db.updateTable('devices').set({ last_seen_at: at }).where('id', '=', deviceId).execute(),
      );
    },
    listDevices: (memberId) => devices.listDevices(db, memberId),
    revokeDevice: (id, at) => serial(() => devices.revokeDevices(db, { id }, at)),
    revokeMemberDevices: (memberId, at) => serial(() => devices.revokeDevices(db, { memberId }, at)),
    close: () => serial(() => db.destroy()),
  };
}

function writeSession(trx: Kysely<Database>): WriteSession {
  return {
    entities: entityReader(trx),
    lastMutationID: (clientID) => readLastMutationID(trx, clientID),
    async bumpVersion() {
      const row = await trx
        .updateTable('space')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', 1)
        .returning('version')
        .executeTakeFirstOrThrow();
      return Number(row.version);
    },
    writeEntities: (version, writes) => writeEntities(trx, version, writes),
    async setLastMutationID(clientID, mutationID) {
      await trx
        .insertInto('clients')
        .values({ client_id: clientID, device_id: null, last_mutation_id: mutationID })
        .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_mutation_id: mutationID }))
        .execute();
    },
    async logMutation(entry) {
      await trx.insertInto('mutation_log').values(logEntryToRow(entry)).execute();
    },
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
