// The store's own figures: mutations/s through the sync service in-process, SQL statements (round trips on PostgreSQL) and CPU-ms per mutation.
import { randomUUID } from 'node:crypto';
import { seedIfEmpty } from '../../src/server/bootstrap.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import type { SyncAuth } from '../../src/server/sync/auth.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';
import { perSecond } from '../lib/stats.ts';

export interface InProcessResult {
  mutations: number;
  mutationsPerSecond: number;
  /** Statements the store counted (`statementCount`) per applied mutation, pushes of `batch`. */
  statementsPerMutation: number;
  /** Node's CPU (user + system, this process) per applied mutation; the database server's excluded. */
  cpuMsPerMutation: number;
  batch: number;
  /** The same counts for pushes of ONE mutation each (a tap sent at once, the common case online). */
  single: { mutations: number; statementsPerMutation: number; cpuMsPerMutation: number };
}

/**
 * `clients` editors push `perClient` notes/advances each, concurrently, in pushes of `batch`,
 * through the sync service (no HTTP); then one editor sends `singles` pushes of one mutation.
 * The store's statement counter and process.cpuUsage() are read around the pushes only.
 */
export async function measureInProcess(
  store: ServerStore,
  opts: { clients: number; perClient: number; batch: number; singles: number },
): Promise<InProcessResult> {
  const sync = createSyncService(store, createPoker());
  const seed = await seedIfEmpty(store, paris2024Demo);
  const images = (await store.listEntities('signature')).map((s) => s.id);
  const editors: SyncAuth[] = [];
  for (let i = 0; i <= opts.clients; i++) {
    const member = { id: randomUUID(), name: `Editor ${i}`, role: 'editor' as const, contact: '' };
    await sync.applyAsSystem([{ name: 'member.put', args: member }], {
      memberId: seed.admin!.id,
      role: 'admin',
    });
    editors.push({ deviceId: randomUUID(), clientID: randomUUID(), memberId: member.id, role: 'editor' });
  }
  const push = (auth: SyncAuth, first: number, count: number) => {
    const mutations = [];
    for (let id = first; id < first + count; id++) {
      const image = images[id % images.length]!;
      const note = id % 2 === 1;
      mutations.push({
        id,
        name: note ? 'signature.note' : 'signature.advance',
        args: note ? { id: image, note: `note ${id}` } : { id: image, to: 'in-position' },
        at: new Date().toISOString(),
      });
    }
    return sync.push(auth, { schemaVersion: PROTOCOL_VERSION, clientID: auth.clientID, mutations });
  };

  const measure = async (run: () => Promise<void>) => {
    const version = await store.version();
    const statements = store.statementCount();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await run();
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const applied = (await store.version()) - version;
    const count = store.statementCount() - statements;
    return {
      applied,
      elapsed,
      statementsPerMutation: count / applied,
      cpuMsPerMutation: (used.user + used.system) / 1000 / applied,
    };
  };

  const batched = await measure(async () => {
    await Promise.all(
      editors.slice(0, opts.clients).map(async (auth) => {
        for (let first = 1; first <= opts.perClient; first += opts.batch) {
          await push(auth, first, Math.min(opts.batch, opts.perClient + 1 - first));
        }
      }),
    );
  });
  const lone = editors[opts.clients]!;
  const single = await measure(async () => {
    for (let id = 1; id <= opts.singles; id++) await push(lone, id, 1);
  });
  return {
    mutations: batched.applied,
    mutationsPerSecond: perSecond(batched.applied, batched.elapsed),
    statementsPerMutation: batched.statementsPerMutation,
    cpuMsPerMutation: batched.cpuMsPerMutation,
    batch: opts.batch,
    single: {
      mutations: single.applied,
      statementsPerMutation: single.statementsPerMutation,
      cpuMsPerMutation: single.cpuMsPerMutation,
    },
  };
}
