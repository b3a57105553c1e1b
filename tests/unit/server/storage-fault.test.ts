// Storage faults: which errors are the disk's or the database server's (SQLite codes, PostgreSQL SQLSTATE),
// how readiness remembers them until a probe write succeeds, and the 503 a push gets on either database.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { storageFault } from '../../../src/server/db/storage-fault.ts';
import { createWriteHealth } from '../../../src/server/db/write-health.ts';
import { ApiError } from '../../../src/server/errors.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('storageFault', () => {
  it('names SQLite, PostgreSQL and socket failures, lasting or transient', () => {
    expect(storageFault(coded('SQLITE_FULL'))).toMatchObject({ code: 'SQLITE_FULL', transient: false });
    expect(storageFault(coded('SQLITE_IOERR_WRITE'))).toMatchObject({ transient: false });
    expect(storageFault(coded('SQLITE_CORRUPT'))?.meaning).toMatch(/damaged/);
    expect(storageFault(coded('SQLITE_BUSY'))).toMatchObject({ transient: true });
    expect(storageFault(coded('53100'))).toMatchObject({ code: '53100', transient: false });
    expect(storageFault(coded('58030'))?.meaning).toMatch(/I\/O/);
    expect(storageFault(coded('XX001'))?.meaning).toMatch(/damaged/);
    expect(storageFault(coded('57P01'))).toMatchObject({ transient: true });
    expect(storageFault(coded('ECONNREFUSED'))).toMatchObject({ transient: true });
    expect(storageFault(coded('ENOSPC'))).toMatchObject({ transient: false });
    expect(storageFault(new Error('Connection terminated unexpectedly'))).toMatchObject({ transient: true });
    // A migration that failed on a full disk keeps the driver's error as its cause.
    expect(storageFault(new Error('migration failed', { cause: coded('SQLITE_FULL') }))?.code).toBe(
      'SQLITE_FULL',
    );
  });

  it('leaves request errors and bugs alone', () => {
    expect(storageFault(new ApiError(409, 'mutation_gap', 'expected 2'))).toBeUndefined();
    expect(storageFault(coded('23505'))).toBeUndefined(); // a unique violation: a bug or a race, not the disk
    expect(storageFault(coded('FST_ERR_CTP_BODY_TOO_LARGE'))).toBeUndefined();
    expect(storageFault(coded('constructor'))).toBeUndefined();
    expect(storageFault(new TypeError('x is undefined'))).toBeUndefined();
    expect(storageFault('SQLITE_FULL')).toBeUndefined();
  });
});

describe('write health', () => {
  const queue = <T>(task: () => Promise<T>) => task();

  it('remembers a lasting fault from when it began until a probe succeeds', async () => {
    let now = new Date('2026-11-30T10:00:00Z');
    const health = createWriteHealth(() => now);
    const guarded = health.watch(queue);
    await expect(
      guarded(() => Promise.reject(coded('SQLITE_FULL', 'database or disk is full'))),
    ).rejects.toThrow();
    now = new Date('2026-11-30T10:05:00Z');
    await expect(guarded(() => Promise.reject(coded('SQLITE_IOERR_WRITE')))).rejects.toThrow();
    expect(health.fault()).toMatchObject({ code: 'SQLITE_IOERR_WRITE', since: '2026-11-30T10:00:00.000Z' });
    // A write that succeeds without needing space (a retried push, all skipped) is no proof.
    await guarded(async () => 'skipped');
    expect(health.fault()).toBeDefined();
    await expect(health.probe(() => Promise.reject(coded('SQLITE_FULL')))).rejects.toThrow();
    expect(health.fault()?.code).toBe('SQLITE_FULL');
    await health.probe(async () => {});
    expect(health.fault()).toBeUndefined();
  });

  it('ignores transient faults and request errors', async () => {
    const health = createWriteHealth();
    const guarded = health.watch(queue);
    await expect(guarded(() => Promise.reject(coded('SQLITE_BUSY')))).rejects.toThrow();
    await expect(guarded(() => Promise.reject(new ApiError(409, 'mutation_gap', 'gap')))).rejects.toThrow();
    expect(health.fault()).toBeUndefined();
  });
});

describe('a push when PostgreSQL is out of disk', () => {
  const stores: ServerStore[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
  });

  it('answers 503 unavailable naming SQLSTATE 53100, with Retry-After', async () => {
    const store = await openSqliteStore(':memory:');
    stores.push(store);
    await seededService(store);
    // The database server's refusal, as node-postgres reports it, from every write transaction.
    const full: ServerStore = {
      ...store,
      write: () =>
        Promise.reject(coded('53100', 'could not extend file "base/16384/16385": No space left on device')),
    };
    const poker = createPoker();
    const app = buildApp(
      { distDir: '/nonexistent' },
      { store: full, sync: createSyncService(full, poker), poker },
    );
    const { token } = await createInvite(store, ids.planner);
    const clientID = randomUUID();
    const redeemed = await app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { invite: token, clientID, deviceName: 'laptop' },
    });
    const push = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${redeemed.json().deviceToken}` },
      payload: {
        ...WIRE,
        clientID,
        mutations: [{ id: 1, name: 'signature.note', args: { id: ids.image, note: 'n' }, at: AT }],
      },
    });
    expect(push.statusCode).toBe(503);
    expect(push.json()).toMatchObject({ error: 'unavailable', message: expect.stringContaining('53100') });
    expect(Number(push.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });
});
