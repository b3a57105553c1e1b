// Web Push in the database (tables of migration 0009): VAPID keys, device subscriptions, choices, reminders sent.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { PushStore, StoredSubscription } from './ports/push.ts';

export interface PushVapidTable {
  id: number;
  public_key: string;
  private_key: string;
  created_at: string;
}

export interface PushSubscriptionsTable {
  device_id: string;
  member_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: string;
  created_at: string;
  updated_at: string;
}

export interface PushPreferencesTable {
  member_id: string;
  kinds: string;
  updated_at: string;
}

export interface PushRemindersTable {
  moment_id: string;
  member_id: string;
  key_moment_at: string;
  sent_at: string;
}

type PushTables = {
  push_vapid: PushVapidTable;
  push_subscriptions: PushSubscriptionsTable;
  push_preferences: PushPreferencesTable;
  push_reminders: PushRemindersTable;
};

export function createPushQueries(
  base: Kysely<Database>,
  serial: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): PushStore {
  // The tables are this module's own: added to the schema type here, not in the shared schema.ts.
  const db = base.withTables<PushTables>();
  const fromRow = (r: PushSubscriptionsTable): StoredSubscription => ({
    deviceId: r.device_id,
    memberId: r.member_id,
    endpoint: r.endpoint,
    p256dh: r.p256dh,
    auth: r.auth,
    lang: r.lang,
  });
  return {
    vapidKeys: (create, now) =>
      serial(async () => {
        const found = await db.selectFrom('push_vapid').selectAll().where('id', '=', 1).executeTakeFirst();
        if (found) return { publicKey: found.public_key, privateKey: found.private_key };
        const keys = create();
        await db
          .insertInto('push_vapid')
          .values({ id: 1, public_key: keys.publicKey, private_key: keys.privateKey, created_at: now })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        // Another process may have won the race: everyone uses the stored pair.
        const row = await db
          .selectFrom('push_vapid')
          .selectAll()
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        return { publicKey: row.public_key, privateKey: row.private_key };
      }),

    saveSubscription: (s, now) =>
      serial(() =>
        db.transaction().execute(async (trx) => {
          await trx
            .deleteFrom('push_subscriptions')
            .where('endpoint', '=', s.endpoint)
            .where('device_id', '!=', s.deviceId)
            .execute();
          await trx
            .insertInto('push_subscriptions')
            .values({
              device_id: s.deviceId,
              member_id: s.memberId,
              endpoint: s.endpoint,
              p256dh: s.p256dh,
              auth: s.auth,
              lang: s.lang,
              created_at: now,
              updated_at: now,
            })
            .onConflict((oc) =>
              oc.column('device_id').doUpdateSet({
                member_id: s.memberId,
                endpoint: s.endpoint,
                p256dh: s.p256dh,
                auth: s.auth,
                lang: s.lang,
                updated_at: now,
              }),
            )
            .execute();
        }),
      ),

    async subscriptionOf(deviceId) {
      const row = await db
        .selectFrom('push_subscriptions')
        .selectAll()
        .where('device_id', '=', deviceId)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async subscriptionsOf(memberIds) {
      if (memberIds.length === 0) return [];
      const rows = await db
        .selectFrom('push_subscriptions as s')
        .innerJoin('devices as d', 'd.id', 's.device_id')
        .selectAll('s')
        .where('s.member_id', 'in', [...memberIds])
        .where('d.revoked_at', 'is', null)
        .where('d.client_id', 'is not', null)
        .orderBy('s.device_id')
        .execute();
      return rows.map(fromRow);
    },

    removeForDevices: (deviceIds) =>
      serial(async () => {
        if (deviceIds.length === 0) return 0;
        const result = await db
          .deleteFrom('push_subscriptions')
          .where('device_id', 'in', [...deviceIds])
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      }),

    removeEndpoint: (endpoint) =>
      serial(async () => {
        const result = await db
          .deleteFrom('push_subscriptions')
          .where('endpoint', '=', endpoint)
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      }),

    async preferences(memberId) {
      const row = await db
        .selectFrom('push_preferences')
        .select('kinds')
        .where('member_id', '=', memberId)
        .executeTakeFirst();
      if (!row) return undefined;
      const kinds: unknown = JSON.parse(row.kinds);
      return Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : undefined;
    },

    setPreferences: (memberId, kinds, now) =>
      serial(async () => {
        const value = JSON.stringify([...kinds]);
        await db
          .insertInto('push_preferences')
          .values({ member_id: memberId, kinds: value, updated_at: now })
          .onConflict((oc) => oc.column('member_id').doUpdateSet({ kinds: value, updated_at: now }))
          .execute();
      }),

    claimReminder: (momentId, memberId, keyMomentAt, now) =>
      serial(async () => {
        const result = await db
          .insertInto('push_reminders')
          .values({ moment_id: momentId, member_id: memberId, key_moment_at: keyMomentAt, sent_at: now })
          .onConflict((oc) => oc.columns(['moment_id', 'member_id', 'key_moment_at']).doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
      }),
  };
}
