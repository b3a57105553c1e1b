// The sync client against the real sync service over a flushable fake network.
import { describe, expect, it } from 'vitest';
import type { QueuedRequest } from '../../fakes/transport.ts';
import { FakeNetwork } from '../../fakes/transport.ts';
import type { Server } from './sync-fixtures.ts';
import { actors, connectClient, ids, more, startServer } from './sync-fixtures.ts';

async function setup() {
  const server = await startServer();
  const net = new FakeNetwork(() => server.service);
  return { server, net };
}

async function serverImage(server: Server, id: string = ids.image) {
  return server.store.getEntity('signature', id);
}

describe('sync client', () => {
  it('pulls the plan, pushes a change and acknowledges it', async () => {
    const { server, net } = await setup();
    const lea = await connectClient(net, actors.lea);
    expect(await net.drive(lea.client.sync())).toBe(true);
    expect(await lea.store.list('signature')).toHaveLength(3);
    await lea.store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
    expect(await net.drive(lea.client.sync())).toBe(true);
    expect(await serverImage(server)).toMatchObject({ status: 'in-position', statusBy: ids.lea });
    expect(await lea.store.pending(10)).toEqual([]);
    expect(await lea.store.getMeta()).toMatchObject({ ackedMutationID: 1 });
    expect(lea.status.getState()).toMatchObject({ status: 'idle', online: true, lastError: null });
    expect(lea.status.getState().lastSyncAt).not.toBeNull();
  });

  it('[R1] sends a long outbox in batches of 200 and every mutation reaches the server once', async () => {
    const { server, net } = await setup();
    const lea = await connectClient(net, actors.lea);
    await net.drive(lea.client.pull());
    for (let i = 0; i < 450; i++) {
      await lea.store.mutate('signature.note', { id: ids.image, note: `note ${i}` }, actors.lea);
    }
    const sizes: number[] = [];
    const record = (r: QueuedRequest) => {
      if (r.kind === 'push') sizes.push((r.body as { mutations: unknown[] }).mutations.length);
      return 'ok' as const;
    };
    expect(await net.drive(lea.client.sync(), record)).toBe(true);
    expect(sizes).toEqual([200, 200, 50]);
    expect(await server.store.mutationLog(lea.clientID)).toHaveLength(450);
    expect(await serverImage(server)).toMatchObject({ note: 'note 449' });
    expect(await lea.store.get('signature', ids.image)).toMatchObject({ note: 'note 449' });
  });

  it('[R1] keeps the outbox when an answer is lost, and the retry is applied once', async () => {
    const { server, net } = await setup();
    const lea = await connectClient(net, actors.lea);
    await net.drive(lea.client.pull());
    await lea.store.mutate('signature.advance', { id: ids.image, to: 'captured' }, actors.lea);
    expect(await net.drive(lea.client.sync(), (r) => (r.kind === 'push' ? 'drop-response' : 'ok'))).toBe(
      false,
    );
    expect(lea.status.getState()).toMatchObject({ status: 'offline', online: false });
    expect(lea.status.getState().lastError).toMatch(/response lost/);
    expect(await lea.store.pending(10)).toHaveLength(1);
    expect(await net.drive(lea.client.sync(), () => 'duplicate')).toBe(true);
    const log = await server.store.mutationLog(lea.clientID);
    expect(log.map((e) => [e.mutationID, e.status])).toEqual([[1, 'applied']]);
    expect(lea.status.getState().status).toBe('idle');
  });

  it('[R4] brings back a rejected change with its reason and keeps it visible', async () => {
    const { net } = await setup();
    const lea = await connectClient(net, actors.lea);
    await net.drive(lea.client.pull());
    const result = await lea.store.mutate(
      'signature.advance',
      { id: more.surfImage, to: 'captured' },
      actors.lea,
    );
    expect(result.refusal).toEqual({ code: 'not_assigned', params: {} });
    expect(await net.drive(lea.client.sync())).toBe(true);
    expect(await lea.store.pending(10)).toEqual([]);
    const [rejection] = await lea.store.rejections();
    expect(rejection).toMatchObject({ id: 1, name: 'signature.advance', code: 'not_assigned', params: {} });
    expect(await lea.store.get('signature', more.surfImage)).toMatchObject({ status: 'planned' });
  });

  it('[R7] runs one cycle at a time and coalesces calls made while one waits', async () => {
    const { net } = await setup();
    const lea = await connectClient(net, actors.lea);
    let pulls = 0;
    let mostInFlight = 0;
    const first = lea.client.sync();
    expect(lea.client.sync()).toBe(first); // not started yet: shared
    while (net.queue.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const second = lea.client.sync(); // the first is running: a second cycle waits for it
    const third = lea.client.sync();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    await net.drive(Promise.all([first, second, third]), (r) => {
      mostInFlight = Math.max(mostInFlight, net.queue.length);
      if (r.kind === 'pull') pulls++;
      return 'ok';
    });
    expect(mostInFlight).toBe(1);
    expect(pulls).toBe(2);
  });

  it('[R7] holds the plan-de-jeu-sync Web Lock around each cycle', async () => {
    const { net } = await setup();
    const held: string[] = [];
    let inside = false;
    const locks = {
      async request<T>(name: string, callback: () => Promise<T>): Promise<T> {
        held.push(name);
        inside = true;
        try {
          return await callback();
        } finally {
          inside = false;
        }
      },
    };
    const lea = await connectClient(net, actors.lea, { locks });
    let requestsInsideLock = 0;
    await net.drive(lea.client.sync(), () => (inside && requestsInsideLock++, 'ok'));
    expect(held).toEqual(['plan-de-jeu-sync']);
    expect(requestsInsideLock).toBe(1);
  });

  it('[R2] pulls and pushes again after a mutation gap', async () => {
    const { server, net } = await setup();
    const messages: string[] = [];
    let gaps = 1;
    const gappy = {
      push: (auth: never, body: unknown) => {
        if (gaps-- > 0)
          throw Object.assign(new Error('expected mutation 1, got 2'), { status: 409, code: 'mutation_gap' });
        return server.service.push(auth, body);
      },
      pull: (auth: never, body: unknown) => server.service.pull(auth, body),
    };
    const gapNet = new FakeNetwork(() => gappy);
    const lea = await connectClient(gapNet, actors.lea, { log: (m) => messages.push(m) });
    await lea.store.mutate('signature.note', { id: ids.image, note: 'x' }, actors.lea);
    const kinds: string[] = [];
    expect(await gapNet.drive(lea.client.sync(), (r) => (kinds.push(r.kind), 'ok'))).toBe(true);
    expect(kinds).toEqual(['push', 'pull', 'push', 'pull']);
    expect(messages[0]).toMatch(/mutation gap/);
    expect(await server.store.mutationLog(lea.clientID)).toHaveLength(1);
    void net;
  });

  it('halves the batch when the server says the body is too large', async () => {
    const { server } = await setup();
    const sizes: number[] = [];
    const picky = {
      push: (auth: never, body: { mutations: unknown[] }) => {
        sizes.push(body.mutations.length);
        if (body.mutations.length > 60)
          throw Object.assign(new Error('too large'), { status: 413, code: 'too_large' });
        return server.service.push(auth, body);
      },
      pull: (auth: never, body: unknown) => server.service.pull(auth, body),
    };
    const net = new FakeNetwork(() => picky as never);
    const lea = await connectClient(net, actors.lea);
    for (let i = 0; i < 120; i++)
      await lea.store.mutate('signature.note', { id: ids.image, note: `${i}` }, actors.lea);
    expect(await net.drive(lea.client.sync())).toBe(true);
    expect(sizes).toEqual([120, 100, 50, 50, 20]);
    expect(await server.store.mutationLog(lea.clientID)).toHaveLength(120);
  });

  it.each([
    [401, 'unauthorized', 'signed-out'],
    [401, 'device_revoked', 'signed-out'],
    [409, 'client_too_old', 'update-required'],
  ] as const)(
    'after %i %s it is %s, keeps the outbox and sends nothing more',
    async (status, code, state) => {
      const refusing = {
        push: async () => {
          throw Object.assign(new Error(`refused: ${code}`), { status, code });
        },
        pull: async () => {
          throw Object.assign(new Error(`refused: ${code}`), { status, code });
        },
      };
      const net = new FakeNetwork(() => refusing);
      const lea = await connectClient(net, actors.lea);
      await lea.store.mutate('signature.note', { id: ids.image, note: 'kept' }, actors.lea);
      expect(await net.drive(lea.client.sync())).toBe(false);
      expect(lea.status.getState()).toMatchObject({ status: state, lastError: `refused: ${code}` });
      expect(await lea.store.pending(10)).toHaveLength(1);
      expect(await lea.client.sync()).toBe(false);
      expect(net.queue).toHaveLength(0);
    },
  );

  it('on a full phone still has its changes acknowledged, says the storage is full, and completes once there is room', async () => {
    const { server, net } = await setup();
    let viewFull = false;
    const refuseWrite = (table: string) => viewFull && (table === 'base' || table === 'view');
    const lea = await connectClient(net, actors.lea, {}, { refuseWrite });
    await net.drive(lea.client.sync());
    await lea.store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
    await lea.store.mutate('signature.note', { id: ids.image, note: 'gate C' }, actors.lea);
    viewFull = true;
    expect(await net.drive(lea.client.sync())).toBe(false);
    // Applied once on the server and dropped from the outbox: the acknowledgement did not wait on the patch.
    expect(await serverImage(server)).toMatchObject({ status: 'in-position', note: 'gate C' });
    expect(await lea.store.pending(10)).toEqual([]);
    expect(lea.status.getState()).toMatchObject({ status: 'error', storageFull: true });
    // Nothing is pushed twice while the phone stays full.
    expect(await net.drive(lea.client.sync())).toBe(false);
    viewFull = false;
    expect(await net.drive(lea.client.sync())).toBe(true);
    expect(lea.status.getState()).toMatchObject({ status: 'idle', storageFull: false });
    expect(await lea.store.get('signature', ids.image)).toEqual(await serverImage(server));
    expect(await lea.store.getMeta()).toMatchObject({ ackedMutationID: 2 });
  });

  it('reports a server error as an error, not as offline', async () => {
    const broken = {
      push: async () => {
        throw new Error('disk full');
      },
      pull: async () => {
        throw new Error('disk full');
      },
    };
    const net = new FakeNetwork(() => broken);
    const lea = await connectClient(net, actors.lea);
    expect(await net.drive(lea.client.pull())).toBe(false);
    expect(lea.status.getState()).toMatchObject({ status: 'error', online: true, lastError: 'disk full' });
  });
});
