// A device for the benches: the real sync client and HTTP transport over the in-memory LocalStore, with no browser.
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../src/client/storage/table-store.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import { createHttpTransport, createSyncClient } from '../../src/client/sync/index.ts';
import type { SyncClient } from '../../src/client/sync/index.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import type { BenchServer } from './server.ts';

export interface BenchDevice {
  name: string;
  actor: Actor;
  store: TableLocalStore;
  client: SyncClient;
  /** Status of this device's sync client (idle, syncing, offline, error…). */
  status: ReturnType<typeof createSyncStatusStore>;
}

/** An hour: the periodic pull must not interfere with what a bench measures. */
const NO_PERIODIC_PULL_MS = 3_600_000;

export async function signInDevice(
  server: BenchServer,
  name: string,
  role: Actor['role'],
): Promise<BenchDevice> {
  const { session, clientID } = await server.signIn(name, role);
  const store = createMemoryStore({ clientID });
  const actor: Actor = { memberId: session.member.id, role: session.member.role };
  await store.setSession({
    deviceToken: session.deviceToken,
    deviceId: session.deviceId,
    member: { ...actor, name },
  });
  const status = createSyncStatusStore();
  const client = createSyncClient({
    store,
    transport: createHttpTransport({ baseUrl: server.url, token: () => session.deviceToken }),
    actor,
    locks: null,
    status,
    // No window or document in Node: only pokes, local changes and explicit syncs trigger a cycle.
    environment: { window: null, document: null, pullIntervalMs: NO_PERIODIC_PULL_MS },
    log: (message) => console.warn(`[${name}] ${message}`),
  });
  return { name, actor, store, client, status };
}

/** Resolves when `test` holds for the device's view, or rejects after `timeoutMs`. */
export function whenView<T>(
  device: BenchDevice,
  read: () => Promise<T>,
  test: (value: T) => boolean,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error(`${device.name}: not visible after ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = device.store.observe(read).subscribe((value) => {
      if (!test(value)) return;
      clearTimeout(timer);
      // Deferred: an adapter may answer before subscribe() has returned `subscription`.
      queueMicrotask(() => subscription.unsubscribe());
      resolve();
    });
  });
}
