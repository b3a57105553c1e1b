// A real sync service (SQLite in memory) seeded with a small plan, and sync clients on memory stores.
import { createMemoryStore } from '../../../src/client/storage/memory.ts';
import type { MemoryStoreOptions } from '../../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../../src/client/storage/table-store.ts';
import type { SyncClient, SyncClientOptions } from '../../../src/client/sync/client.ts';
import { createSyncClient } from '../../../src/client/sync/client.ts';
import { createSyncStatusStore } from '../../../src/client/state/sync.ts';
import type { SyncStatusStore } from '../../../src/client/state/sync.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import type { PokeListener } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import type { SyncService } from '../../../src/server/sync/service.ts';
import type { Actor } from '../../../src/shared/mutations/types.ts';
import type { FakeNetwork } from '../../fakes/transport.ts';
import { actors, ids, triangle } from '../shared/fixtures.ts';

export { actors, ids };

export const more = {
  image2: '00000000-0000-4000-8000-000000000052',
  surfImage: '00000000-0000-4000-8000-000000000053',
  assignment2: '00000000-0000-4000-8000-000000000062',
} as const;

const edition = {
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
};

/** The plan as mutations: team, edition, venues, the 100 m final (Léa assigned) and surfing (nobody). */
export function planMutations(): { name: never; args: unknown }[] {
  const list: [string, unknown][] = [
    ...(
      [
        [ids.admin, 'Admin', 'admin'],
        [ids.planner, 'Paul', 'planner'],
        [ids.editor, 'Edith', 'editor'],
        [ids.lea, 'Léa', 'creator'],
        [ids.hugo, 'Hugo', 'creator'],
      ] as const
    ).map(([id, name, role]): [string, unknown] => ['member.put', { id, name, role, contact: '' }]),
    ['edition.create', { ...edition, id: ids.olympic, type: 'olympic' }],
    [
      'venue.put',
      {
        id: ids.stade,
        name: 'Stade de France',
        city: 'Saint-Denis',
        position: { lat: 48.9245, lng: 2.3602 },
        timeZone: 'Europe/Paris',
      },
    ],
    [
      'venue.put',
      {
        id: ids.teahupoo,
        name: "Teahupo'o",
        city: 'Tahiti',
        position: { lat: -17.8472, lng: -149.2672 },
        timeZone: 'Pacific/Tahiti',
      },
    ],
    ['moment.create', moment(ids.m100, ids.stade, "Men's 100 m final", 'Athletics')],
    ['moment.create', moment(ids.surf, ids.teahupoo, 'Surfing final', 'Surfing')],
    ['signature.create', image(ids.image, ids.m100, 'The crowd rising as the winner crosses the line')],
    ['signature.create', image(more.image2, ids.m100, 'The winner and the Stade de France roof')],
    ['signature.create', image(more.surfImage, ids.surf, "The barrel at Teahupo'o from the boat")],
    ['assignment.create', { id: ids.assignment, memberId: ids.lea, momentId: ids.m100, note: '' }],
  ];
  return list.map(([name, args]) => ({ name: name as never, args }));
}

function moment(id: string, venueId: string, title: string, sport: string) {
  return {
    id,
    editionId: ids.olympic,
    venueId,
    day: '2024-08-04',
    title,
    sport,
    why: { kind: 'iconic', text: 'A date with history' },
    keyMomentAt: '2024-08-04T19:50:00.000Z',
    angles: triangle,
  };
}

function image(id: string, momentId: string, title: string) {
  return { id, momentId, title, description: '', sides: ['sport', 'public'] };
}

export interface Server {
  store: ServerStore;
  service: SyncService;
  /** Re-creates the service over the same database, as a server restart does. */
  restart(): void;
}

/** `onPoke` hears every poke the service makes (with the rows it may carry, R15), restarts included. */
export async function startServer(options: { onPoke?: PokeListener } = {}): Promise<Server> {
  const store = await openSqliteStore(':memory:');
  const poker = () => {
    const p = createPoker();
    if (options.onPoke) p.subscribe(options.onPoke);
    return p;
  };
  const server: Server = {
    store,
    service: createSyncService(store, poker()),
    restart: () => (server.service = createSyncService(store, poker())),
  };
  const seeded = await server.service.applyAsSystem(planMutations(), actors.admin);
  const refused = seeded.results.filter((r) => r.outcome !== 'applied');
  if (refused.length) throw new Error(`seed refused: ${JSON.stringify(refused)}`);
  return server;
}

export interface TestClient {
  actor: Actor;
  store: TableLocalStore;
  client: SyncClient;
  status: SyncStatusStore;
  clientID: string;
}

export async function connectClient(
  network: FakeNetwork,
  actor: Actor,
  extra: Partial<SyncClientOptions> = {},
  /** A memory store's options, or the adapter to use instead (the property test's IndexedDB run). */
  storeOptions: MemoryStoreOptions | (() => TableLocalStore) = {},
): Promise<TestClient> {
  const store = typeof storeOptions === 'function' ? storeOptions() : createMemoryStore(storeOptions);
  const { clientID } = await store.getMeta();
  const status = createSyncStatusStore();
  const transport = network.transport({
    deviceId: null,
    clientID,
    memberId: actor.memberId,
    role: actor.role,
  });
  const client = createSyncClient({
    store,
    transport,
    actor,
    locks: null,
    status,
    log: () => undefined,
    ...extra,
  });
  return { actor, store, client, status, clientID };
}
