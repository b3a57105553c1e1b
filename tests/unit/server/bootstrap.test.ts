// First start: seeding an empty database once, and the admin sign-in link while no admin has a device.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redeemInvite } from '../../../src/server/auth/redeem.ts';
import { adminSignInLinkIfNeeded, seedIfEmpty } from '../../../src/server/bootstrap.ts';
import type { DemoData } from '../../../src/server/bootstrap.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import type { SyncService } from '../../../src/server/sync/service.ts';
import { editionArgs, memberArgs } from '../../fakes/server-fixtures.ts';

let store: ServerStore;
let sync: SyncService;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  sync = createSyncService(store, createPoker());
});
afterEach(() => store.close());

const options = { publicUrl: 'https://plan.example.org', inviteTtlHours: 72 };

describe('seedIfEmpty', () => {
  it('creates an admin, then the demo members and mutations, only on an empty database', async () => {
    const edition = editionArgs();
    const demo = (): DemoData => ({
      members: [memberArgs('Chloé'), memberArgs('Ines', 'editor')],
      mutations: [
        { name: 'edition.create', args: edition },
        { name: 'edition.create', args: edition },
      ],
    });
    const first = await seedIfEmpty(store, sync, demo);
    expect(first.seeded).toBe(true);
    expect(first.rejected).toEqual([`edition.create: edition ${edition.id} already exists`]);
    expect((await store.listEntities('member')).map((m) => m.name).sort()).toEqual([
      'Admin',
      'Chloé',
      'Ines',
    ]);
    expect(await store.getEntity('edition', edition.id)).toEqual(edition);
    const version = await store.version();
    expect(await seedIfEmpty(store, sync, demo)).toEqual({ seeded: false, rejected: [] });
    expect(await store.version()).toBe(version);
  });
});

describe('adminSignInLinkIfNeeded', () => {
  it('gives a link while no admin has a signed-in device, then none', async () => {
    await seedIfEmpty(store, sync);
    const link = await adminSignInLinkIfNeeded(store, sync, options);
    expect(link).toMatch(/^https:\/\/plan\.example\.org\/signin#invite=[A-Za-z0-9_-]{43}$/);
    const invite = link!.split('#invite=')[1];
    const session = await redeemInvite(store, { invite, clientID: randomUUID(), deviceName: 'Laptop' });
    expect(session.member.role).toBe('admin');
    expect(await adminSignInLinkIfNeeded(store, sync, options)).toBeNull();
    await store.revokeDevice(session.deviceId, new Date().toISOString());
    expect(await adminSignInLinkIfNeeded(store, sync, options)).toMatch(/#invite=/);
  });

  it('creates an admin member when none is left', async () => {
    expect(await adminSignInLinkIfNeeded(store, sync, options)).toMatch(/#invite=/);
    expect((await store.listEntities('member')).map((m) => m.role)).toEqual(['admin']);
  });
});
