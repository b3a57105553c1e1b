// Our side of the comparison: the in-process sync server (bench/lib/server.ts), editors' devices running the
// real sync client through the counting proxy; N devices × M edits made offline, then all reconnect at once.
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import { createHttpTransport, createSyncClient } from '../../src/client/sync/index.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import { startBenchServer } from '../lib/server.ts';
import type { SideResult } from './edits.ts';
import { plannedEdits } from './edits.ts';
import { startProxy } from './proxy.ts';

export async function runOurs(devices: number, edits: number): Promise<SideResult> {
  const server = await startBenchServer();
  const proxy = await startProxy(Number(new URL(server.url).port));
  try {
    const ids = (await server.store.listEntities('signature')).map((s) => s.id).sort();
    const phones = await Promise.all(
      Array.from({ length: devices }, async (_, i) => {
        const { session, clientID } = await server.signIn(`Peer editor ${i + 1}`, 'editor');
        const store = createMemoryStore({ clientID });
        const actor: Actor = { memberId: session.member.id, role: session.member.role };
        const client = createSyncClient({
          store,
          transport: createHttpTransport({ baseUrl: proxy.url, token: () => session.deviceToken }),
          actor,
          locks: null,
          status: createSyncStatusStore(),
          environment: { window: null, document: null },
          log: () => undefined,
        });
        return { store, actor, client };
      }),
    );
    for (const p of phones) if (!(await p.client.pull())) throw new Error('ours: the first pull failed');

    // Offline: the taps only reach the outbox (no client is started, nothing is pushed).
    for (const [d, p] of phones.entries()) {
      for (const edit of plannedEdits(d, ids, edits)) {
        if ('note' in edit) await p.store.mutate('signature.note', edit, p.actor);
        else await p.store.mutate('signature.advance', edit, p.actor);
      }
    }

    proxy.reset();
    const started = performance.now();
    let rounds = 0;
    for (;;) {
      rounds++;
      // Same phases as the peer's replicate.to then replicate.from: every phone pushes, then every phone pulls.
      const pushed = await Promise.all(phones.map((p) => p.client.push()));
      const pulled = await Promise.all(phones.map((p) => p.client.pull()));
      if (pushed.includes(false) || pulled.includes(false)) throw new Error('ours: a sync failed');
      const version = await server.store.version();
      const metas = await Promise.all(phones.map((p) => p.store.getMeta()));
      if (metas.every((m) => m.cookie === version && m.ackedMutationID === edits)) break;
      if (rounds > 20) throw new Error('ours: no convergence after 20 rounds');
    }
    const convergeMs = performance.now() - started;
    const { up, down } = proxy.bytes();
    await Promise.all(phones.map((p) => p.store.close()));
    return { devices, editsPerDevice: edits, convergeMs, bytesUp: up, bytesDown: down, rounds };
  } finally {
    await proxy.close();
    await server.close();
  }
}
