// One simulated phone or laptop: signed in through a real invite, the real sync client and HTTP transport
// over the in-memory LocalStore, behind a venue network that can drop; it remembers every tap it made.
import { randomUUID } from 'node:crypto';
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../src/client/storage/table-store.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import { createHttpTransport, createSyncClient } from '../../src/client/sync/index.ts';
import type { SyncClient, Transport } from '../../src/client/sync/index.ts';
import type { MutationArgs, MutationName } from '../../src/shared/mutations/registry.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import { SessionInfo } from '../../src/shared/protocol/messages.ts';
import type { FlakyNetwork } from './network.ts';
import { createFlakyNetwork } from './network.ts';

export interface Tap {
  id: number;
  name: MutationName;
  args: unknown;
  /** performance.now() at the tap. */
  at: number;
  /** Whether the device's network was up at the tap. */
  online: boolean;
  /** performance.now() when a push answer first acknowledged it. */
  ackedAt?: number;
}

export interface Device {
  name: string;
  actor: Actor;
  clientID: string;
  store: TableLocalStore;
  client: SyncClient;
  network: FlakyNetwork;
  /** The real HTTP transport without the flaky network: for the final checks only. */
  direct: Transport;
  status: ReturnType<typeof createSyncStatusStore>;
  taps: Map<number, Tap>;
  tap<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<Tap>;
  /** Network up or down, as the phone sees it: the `online`/`offline` events the app listens to. */
  setOnline(online: boolean): void;
}

/** Redeems the invite in `link` (…/signin#invite=TOKEN) as the app's sign-in screen does. */
export async function signInWithLink(url: string, link: string, name: string): Promise<Device> {
  const invite = new URL(link).hash.replace(/^#invite=/, '');
  const clientID = randomUUID();
  const res = await fetch(`${url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, clientID, deviceName: `${name} (rehearsal)` }),
  });
  if (!res.ok) throw new Error(`${name}: sign-in refused: ${res.status} ${await res.text()}`);
  const session = SessionInfo.parse(await res.json());
  const device = createDevice(url, name, clientID, session);
  await device.store.setSession({
    deviceToken: session.deviceToken,
    deviceId: session.deviceId,
    member: { ...device.actor, name },
  });
  return device;
}

function createDevice(url: string, name: string, clientID: string, session: SessionInfo): Device {
  const store = createMemoryStore({ clientID });
  const actor: Actor = { memberId: session.member.id, role: session.member.role };
  const taps = new Map<number, Tap>();
  const direct = createHttpTransport({ baseUrl: url, token: () => session.deviceToken });
  const network = createFlakyNetwork(direct, (response) => {
    const now = performance.now();
    for (const result of response.results) {
      const tap = taps.get(result.id);
      if (tap && tap.ackedAt === undefined) tap.ackedAt = now;
    }
  });
  const status = createSyncStatusStore();
  // The app's window: the sync client listens to its online/offline events.
  const window = new EventTarget();
  const client = createSyncClient({
    store,
    transport: network.transport,
    actor,
    locks: null,
    status,
    environment: { window, document: null },
    log: () => undefined,
  });
  return {
    name,
    actor,
    clientID,
    store,
    client,
    network,
    direct,
    status,
    taps,
    async tap(mutation, args) {
      const online = network.online;
      const at = performance.now();
      const { mutationID } = await store.mutate(mutation, args, actor);
      const tap: Tap = { id: mutationID, name: mutation, args, at, online };
      taps.set(mutationID, tap);
      return tap;
    },
    setOnline(online) {
      if (online === network.online) return;
      network.setOnline(online);
      window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    },
  };
}
