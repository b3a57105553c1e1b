// The sync service without HTTP: apply, skip, gap, reject, versions, bugs, protocol versions, pull.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MUTATIONS } from '../../../src/shared/mutations/registry.ts';
import { reject } from '../../../src/shared/mutations/types.ts';
import { DATA_VERSION, PROTOCOL_VERSION } from '../../../src/shared/protocol/version.ts';
import { ApiError } from '../../../src/server/errors.ts';
import { AT, editionArgs, pullBody, pushBody, syncFixture, venueArgs } from '../../fakes/server-fixtures.ts';

type Fixture = Awaited<ReturnType<typeof syncFixture>>;
let fx: Fixture;
afterEach(async () => {
  vi.restoreAllMocks();
  await fx.store.close();
});

function sessionArgs() {
  return {
    id: randomUUID(),
    ref: 'ATH-M100-F',
    sport: 'Athletics',
    event: "Men's 100 m final",
    startsAt: '2024-08-04T19:50:00.000Z',
    endsAt: '2024-08-04T20:00:00.000Z',
    medal: true,
  };
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('push', () => {
  it('[R10] [R12] applies a push in one commit, one version per applied mutation, and pokes once with the last', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const v0 = await fx.store.version();
    const e = editionArgs();
    const v = venueArgs();
    const res = await fx.sync.push(
      a,
      pushBody(a.clientID, 1, [
        { name: 'edition.create', args: e },
        { name: 'venue.put', args: v },
      ]),
    );
    expect(res).toEqual({
      lastMutationID: 2,
      results: [
        { id: 1, outcome: 'applied' },
        { id: 2, outcome: 'applied' },
      ],
    });
    expect(await fx.store.version()).toBe(v0 + 2);
    expect(fx.pokes).toEqual([v0 + 2]);
    expect(await fx.store.getEntity('edition', e.id)).toEqual(e);
    const log = await fx.store.mutationLog(a.clientID);
    expect(log.map((l) => [l.mutationID, l.status, l.version, l.memberId, l.deviceId])).toEqual([
      [1, 'applied', v0 + 1, a.memberId, a.deviceId],
      [2, 'applied', v0 + 2, a.memberId, a.deviceId],
    ]);
  });

  it('[R1] skips mutations already applied (a retried push) without re-running them', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const e = editionArgs();
    const body = pushBody(a.clientID, 1, [{ name: 'edition.create', args: e }]);
    await fx.sync.push(a, body);
    const version = await fx.store.version();
    // Had it re-run, edition.create would be rejected as "already exists".
    expect(await fx.sync.push(a, body)).toEqual({
      lastMutationID: 1,
      results: [{ id: 1, outcome: 'skipped' }],
    });
    expect(await fx.store.version()).toBe(version);
    const next = pushBody(a.clientID, 1, [
      { name: 'edition.create', args: e },
      { name: 'venue.put', args: venueArgs() },
    ]);
    expect((await fx.sync.push(a, next)).results.map((r) => r.outcome)).toEqual(['skipped', 'applied']);
  });

  it('[R2] refuses a gap with 409 mutation_gap and writes nothing', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const version = await fx.store.version();
    const gap = await apiError(
      fx.sync.push(a, pushBody(a.clientID, 2, [{ name: 'venue.put', args: venueArgs() }])),
    );
    expect([gap.status, gap.code, gap.message]).toEqual([409, 'mutation_gap', 'expected mutation 1, got 2']);
    const inner = pushBody(a.clientID, 1, [
      { name: 'venue.put', args: venueArgs() },
      { name: 'venue.put', args: venueArgs() },
    ]);
    inner.mutations[1]!.id = 3;
    expect((await apiError(fx.sync.push(a, inner))).code).toBe('mutation_gap');
    expect(await fx.store.version()).toBe(version);
    expect(await fx.store.lastMutationID(a.clientID)).toBe(0);
  });

  it('[R1] [R4] records a rejection with its reason, advances lastMutationID, writes no row, and pull returns it', async () => {
    fx = await syncFixture();
    const c = fx.auth('creator');
    const version = await fx.store.version();
    const v = venueArgs();
    const res = await fx.sync.push(c, pushBody(c.clientID, 1, [{ name: 'venue.put', args: v }]));
    const refused = { code: 'role_forbidden', params: { role: 'creator' }, reason: expect.any(String) };
    expect(res).toEqual({ lastMutationID: 1, results: [{ id: 1, outcome: 'rejected', ...refused }] });
    expect(await fx.store.version()).toBe(version);
    expect(await fx.store.getEntity('venue', v.id)).toBeUndefined();
    expect(fx.pokes).toEqual([]);
    const pulled = await fx.sync.pull(c, pullBody(c.clientID, null, 0));
    expect(pulled.lastMutationID).toBe(1);
    expect(pulled.rejected).toEqual([{ id: 1, name: 'venue.put', args: v, at: AT, ...refused }]);
    expect((await fx.sync.pull(c, pullBody(c.clientID, null, 1))).rejected).toEqual([]);
  });

  it('[R10] rolls back the writes of a mutation rejected half-way', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const def = MUTATIONS.get('venue.put')!;
    vi.spyOn(def, 'run').mockImplementation(async (tx, args) => {
      await tx.put('venue', args as ReturnType<typeof venueArgs>);
      reject('already_exists', 'changed my mind', { kind: 'venue' });
    });
    const v = venueArgs();
    const res = await fx.sync.push(a, pushBody(a.clientID, 1, [{ name: 'venue.put', args: v }]));
    expect(res.results).toEqual([
      {
        id: 1,
        outcome: 'rejected',
        code: 'already_exists',
        params: { kind: 'venue' },
        reason: 'changed my mind',
      },
    ]);
    expect(await fx.store.getEntity('venue', v.id)).toBeUndefined();
  });

  it('[R4] turns a bug in a mutator into a rejection "server error" and reports it', async () => {
    const bugs: string[] = [];
    fx = await syncFixture((error, ctx) =>
      bugs.push(`${ctx.name}#${ctx.mutationID}: ${(error as Error).message}`),
    );
    const a = fx.auth();
    vi.spyOn(MUTATIONS.get('venue.put')!, 'run').mockRejectedValue(new TypeError('x is undefined'));
    const res = await fx.sync.push(
      a,
      pushBody(a.clientID, 1, [
        { name: 'venue.put', args: venueArgs() },
        { name: 'edition.create', args: editionArgs() },
      ]),
    );
    expect(res.results).toEqual([
      { id: 1, outcome: 'rejected', code: 'server_error', params: {}, reason: 'server error' },
      { id: 2, outcome: 'applied' },
    ]);
    expect(bugs).toEqual(['venue.put#1: x is undefined']);
  });

  it('[R4] names a stored row that fails its schema (invalid_row), never a bare "server error"', async () => {
    const bugs: string[] = [];
    fx = await syncFixture((_error, ctx) => bugs.push(ctx.name));
    const a = fx.auth();
    const v = venueArgs();
    const e = editionArgs();
    await fx.sync.applyAsSystem([{ name: 'edition.create', args: e }], {
      memberId: fx.admin.id,
      role: 'admin',
    });
    // A row written before a limit tightened: a line break in a venue's name.
    await fx.store.write(async (s) => {
      await s.writeEntities(await s.bumpVersion(), [
        { kind: 'venue', id: v.id, value: { ...v, name: 'Stade\nde France' } },
      ]);
    });
    const res = await fx.sync.push(
      a,
      pushBody(a.clientID, 1, [
        {
          name: 'session.put',
          args: { ...sessionArgs(), venueId: v.id, editionId: e.id },
        },
      ]),
    );
    expect(res.results[0]).toMatchObject({
      outcome: 'rejected',
      code: 'invalid_row',
      params: { path: 'name', problem: 'control_char' },
    });
    expect(bugs).toEqual(['session.put']);
  });

  it('[R13] answers 409 client_too_old / server_too_old by protocol version', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const old = await apiError(fx.sync.push(a, { ...pushBody(a.clientID, 1, []), schemaVersion: 0 }));
    expect([old.status, old.code]).toEqual([409, 'client_too_old']);
    const future = await apiError(
      fx.sync.pull(a, { ...pullBody(a.clientID), schemaVersion: PROTOCOL_VERSION + 1 }),
    );
    expect([future.status, future.code]).toEqual([409, 'server_too_old']);
    // A protocol 1 client is still served (MIN_CLIENT_PROTOCOL_VERSION): it ignores the fields it does not know.
    const v1 = await fx.sync.push(a, {
      ...pushBody(a.clientID, 1, [{ name: 'venue.put', args: venueArgs() }]),
      schemaVersion: 1,
    });
    expect(v1.results).toEqual([{ id: 1, outcome: 'applied' }]);
    expect((await fx.sync.pull(a, { ...pullBody(a.clientID), schemaVersion: 1 })).lastMutationID).toBe(1);
  });

  it("[R13] refuses another client's id with 403 unknown_client", async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const e = await apiError(
      fx.sync.push(a, pushBody(randomUUID(), 1, [{ name: 'venue.put', args: venueArgs() }])),
    );
    expect([e.status, e.code]).toEqual([403, 'unknown_client']);
    expect((await apiError(fx.sync.pull(a, pullBody(randomUUID())))).code).toBe('unknown_client');
  });

  it('[R10] serialises two pushes arriving at once from two clients', async () => {
    fx = await syncFixture();
    const [a, b] = [fx.auth(), fx.auth()];
    const v0 = await fx.store.version();
    const batch = () => Array.from({ length: 10 }, () => ({ name: 'venue.put', args: venueArgs() }));
    await Promise.all([
      fx.sync.push(a, pushBody(a.clientID, 1, batch())),
      fx.sync.push(b, pushBody(b.clientID, 1, batch())),
    ]);
    expect(await fx.store.version()).toBe(v0 + 20);
    const versions = (await fx.store.mutationLog()).map((l) => l.version).filter((v) => v !== null && v > v0);
    expect(new Set(versions).size).toBe(20);
  });
});

describe('pull', () => {
  it('sends clear + every row on a first pull, then only what changed since the cookie', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const first = await fx.sync.pull(a, pullBody(a.clientID));
    expect(first.patch[0]).toEqual({ op: 'clear' });
    expect(first.patch.filter((p) => p.op === 'put').map((p) => p.kind)).toEqual(['member', 'member']);
    const v = venueArgs();
    await fx.sync.push(a, pushBody(a.clientID, 1, [{ name: 'venue.put', args: v }]));
    const next = await fx.sync.pull(a, pullBody(a.clientID, first.cookie, 0));
    expect(next).toEqual({
      dataVersion: DATA_VERSION,
      cookie: first.cookie + 1,
      lastMutationID: 1,
      patch: [{ op: 'put', kind: 'venue', id: v.id, value: v }],
      rejected: [],
    });
    expect((await fx.sync.pull(a, pullBody(a.clientID, next.cookie, 1))).patch).toEqual([]);
  });

  it('sends clear when the cookie is ahead of the server (the data was reset)', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const res = await fx.sync.pull(a, pullBody(a.clientID, 1000, 0));
    expect(res.patch[0]).toEqual({ op: 'clear' });
    expect(res.cookie).toBe(await fx.store.version());
  });

  it('refuses a malformed body with 400 invalid_body naming the field', async () => {
    fx = await syncFixture();
    const a = fx.auth();
    const e = await apiError(fx.sync.pull(a, { ...pullBody(a.clientID), cookie: 'yesterday' }));
    expect([e.status, e.code]).toEqual([400, 'invalid_body']);
    expect(e.message).toMatch(/^cookie: /);
  });
});

describe('applyAsSystem', () => {
  it('numbers system mutations itself and goes through the same rules', async () => {
    fx = await syncFixture();
    const before = await fx.store.lastMutationID('00000000-0000-0000-0000-000000000000');
    const res = await fx.sync.applyAsSystem(
      [
        { name: 'venue.put', args: venueArgs() },
        { name: 'venue.put', args: { bad: true } },
      ],
      { memberId: fx.admin.id, role: 'admin' },
    );
    expect(res.results.map((r) => [r.id, r.outcome])).toEqual([
      [before + 1, 'applied'],
      [before + 2, 'rejected'],
    ]);
    expect(res.results[1]).toMatchObject({
      code: 'invalid_args',
      params: { path: 'id', problem: 'required' },
    });
  });
});
