// First start: seeding an empty database once and all or nothing, and the admin sign-in link while no admin has a device.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redeemInvite } from '../../../src/server/auth/redeem.ts';
import {
  adminSignInLinkIfNeeded,
  seedIfEmpty,
  SIBLING_LINK_WINDOW_MS,
} from '../../../src/server/bootstrap.ts';
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
    const first = await seedIfEmpty(store, demo);
    expect(first.seeded).toBe(true);
    expect(first.rejected).toEqual([`edition.create: edition ${edition.id} already exists`]);
    expect((await store.listEntities('member')).map((m) => m.name).sort()).toEqual([
      'Admin',
      'Chloé',
      'Ines',
    ]);
    expect(await store.getEntity('edition', edition.id)).toEqual(edition);
    // One version per applied mutation, as a push would give; the rejection is logged.
    expect(await store.version()).toBe(4);
    expect((await store.mutationLog()).map((e) => e.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'rejected',
    ]);
    const version = await store.version();
    expect(await seedIfEmpty(store, demo)).toEqual({ seeded: false, rejected: [] });
    expect(await store.version()).toBe(version);
  });

  it('is all or nothing: a failure half-way leaves the database empty, and a later start seeds it whole', async () => {
    const edition = editionArgs();
    let broken = true;
    const demo = (): DemoData => ({
      members: [memberArgs('Chloé')],
      mutations: [
        { name: 'edition.create', args: edition },
        // A mutator that throws (not a rule's rejection) stands for any failure mid-seed.
        {
          name: 'edition.create',
          args: broken
            ? {
                get id(): string {
                  throw new Error('boom');
                },
              }
            : edition,
        },
      ],
    });
    await expect(seedIfEmpty(store, demo)).rejects.toThrow();
    expect(await store.version()).toBe(0);
    expect(await store.listEntities('member')).toEqual([]);
    expect(await store.mutationLog()).toEqual([]);

    broken = false;
    expect((await seedIfEmpty(store, demo)).seeded).toBe(true);
    expect((await store.listEntities('member')).map((m) => m.name).sort()).toEqual(['Admin', 'Chloé']);
  });

  it('seeds once when two starts race on one database', async () => {
    const demo = (): DemoData => ({ members: [memberArgs('Chloé')], mutations: [] });
    const results = await Promise.all([seedIfEmpty(store, demo), seedIfEmpty(store, demo)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect((await store.listEntities('member')).map((m) => m.name).sort()).toEqual(['Admin', 'Chloé']);
  });
});

describe('adminSignInLinkIfNeeded', () => {
  it('gives a link while no admin has a signed-in device, then none', async () => {
    await seedIfEmpty(store);
    const first = await adminSignInLinkIfNeeded(store, sync, options);
    expect(first.kind).toBe('link');
    const link = first.kind === 'link' ? first.link : '';
    expect(link).toMatch(/^https:\/\/plan\.example\.org\/signin#invite=[A-Za-z0-9_-]{43}$/);
    const invite = link.split('#invite=')[1]!;
    const session = await redeemInvite(store, { invite, clientID: randomUUID(), deviceName: 'Laptop' });
    expect(session.member.role).toBe('admin');
    expect(await adminSignInLinkIfNeeded(store, sync, options)).toEqual({ kind: 'signed-in' });
    await store.revokeDevice(session.deviceId, new Date().toISOString());
    expect((await adminSignInLinkIfNeeded(store, sync, options)).kind).toBe('link');
  });

  it('creates an admin member when none is left', async () => {
    expect((await adminSignInLinkIfNeeded(store, sync, options)).kind).toBe('link');
    expect((await store.listEntities('member')).map((m) => m.role)).toEqual(['admin']);
  });

  it('mints no second link while another start just printed one, and a new one later', async () => {
    await seedIfEmpty(store);
    const now = new Date('2026-11-30T10:00:00Z');
    expect((await adminSignInLinkIfNeeded(store, sync, options, now)).kind).toBe('link');
    const sibling = await adminSignInLinkIfNeeded(store, sync, options, new Date(now.getTime() + 5_000));
    expect(sibling).toEqual({ kind: 'printed-elsewhere', at: now.toISOString() });
    const later = new Date(now.getTime() + SIBLING_LINK_WINDOW_MS + 1);
    expect((await adminSignInLinkIfNeeded(store, sync, options, later)).kind).toBe('link');
    expect(await store.listInvites()).toHaveLength(2);
  });
});
