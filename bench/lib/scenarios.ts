// The three sync measurements: server apply rate, one big offline backlog, poke-to-visible latency.
import type { Summary } from './stats.ts';
import { perSecond, summarize } from './stats.ts';
import type { BenchDevice } from './client.ts';
import { signInDevice, whenView } from './client.ts';
import type { BenchServer } from './server.ts';

export interface ThroughputResult {
  clients: number;
  mutations: number;
  elapsedMs: number;
  perSecond: number;
  /** Rows the server logged as applied for these clients: must equal `mutations`. */
  logged: number;
}

/** Queues `perClient` status/note mutations on each of `clients` editors, then all push at once. */
export async function measureThroughput(
  server: BenchServer,
  signatureIds: readonly string[],
  clients: number,
  perClient: number,
): Promise<ThroughputResult> {
  const devices = await Promise.all(
    Array.from({ length: clients }, (_, i) => signInDevice(server, `Editor ${i + 1}`, 'editor')),
  );
  await Promise.all(devices.map((d) => d.client.pull()));
  await Promise.all(devices.map((d, i) => queueMixed(d, signatureIds, perClient, i)));

  const started = performance.now();
  const pushed = await Promise.all(devices.map((d) => d.client.push()));
  const elapsedMs = performance.now() - started;
  if (pushed.includes(false)) throw new Error('a push failed during the throughput run');

  let logged = 0;
  for (const d of devices) {
    const { clientID } = await d.store.getMeta();
    logged += (await server.store.mutationLog(clientID)).filter((m) => m.status === 'applied').length;
  }
  await Promise.all(devices.map((d) => d.store.close()));
  const mutations = clients * perClient;
  return { clients, mutations, elapsedMs, perSecond: perSecond(mutations, elapsedMs), logged };
}

export interface BacklogResult {
  mutations: number;
  /** One sync(): push in batches of MAX_MUTATIONS_PER_PUSH, then the pull that acknowledges them. */
  elapsedMs: number;
  ackedMutationID: number;
  pendingAfter: number;
}

/** One creator's phone after a day without network: `count` taps queued, then one sync. */
export async function measureBacklog(
  server: BenchServer,
  signatureIds: readonly string[],
  count: number,
): Promise<BacklogResult> {
  const device = await signInDevice(server, 'Offline editor', 'editor');
  await device.client.pull();
  await queueMixed(device, signatureIds, count, 0);
  const started = performance.now();
  const ok = await device.client.sync();
  const elapsedMs = performance.now() - started;
  if (!ok) throw new Error(`the backlog sync failed: ${device.status.getState().lastError}`);
  const meta = await device.store.getMeta();
  const pendingAfter = (await device.store.pending(count + 1)).length;
  await device.store.close();
  return { mutations: count, elapsedMs, ackedMutationID: meta.ackedMutationID, pendingAfter };
}

export interface LatencyResult extends Summary {
  observers: number;
  rounds: number;
  /** Observers that had not seen a change after the timeout (counted, not in the percentiles). */
  missed: number;
}

/**
 * `observers` devices are started (poke stream open, as the app runs); each round one writer
 * notes an image and syncs, and the time from the tap to each observer's view showing it is kept.
 */
export async function measurePokeLatency(
  server: BenchServer,
  signatureId: string,
  observers: number,
  rounds: number,
  timeoutMs = 10_000,
  /** For every observer's first (full) pull at start: not measured, and slow with hundreds at once. */
  startTimeoutMs = timeoutMs,
): Promise<LatencyResult> {
  const writer = await signInDevice(server, 'Desk editor', 'editor');
  await writer.client.pull();
  const watchers = await Promise.all(
    Array.from({ length: observers }, (_, i) => signInDevice(server, `Watcher ${i + 1}`, 'editor')),
  );
  watchers.forEach((w) => w.client.start());
  // start() syncs at launch; wait for every watcher's first pull, then let the poke streams settle.
  await Promise.all(watchers.map((w) => waitForFirstSync(w, startTimeoutMs)));
  await sleep(500);

  const samples: number[] = [];
  let missed = 0;
  for (let round = 1; round <= rounds; round++) {
    const note = `bench round ${round} ${Date.now()}`;
    const read = (w: BenchDevice) => () => w.store.get('signature', signatureId);
    const t0 = performance.now();
    const seen = watchers.map((w) =>
      whenView(w, read(w), (image) => image?.note === note, timeoutMs).then(() => performance.now() - t0),
    );
    await writer.store.mutate('signature.note', { id: signatureId, note }, writer.actor);
    await writer.client.sync();
    for (const result of await Promise.allSettled(seen)) {
      if (result.status === 'fulfilled') samples.push(result.value);
      else missed++;
    }
  }
  watchers.forEach((w) => w.client.stop());
  await Promise.all([writer, ...watchers].map((d) => d.store.close()));
  return { ...summarize(samples), observers, rounds, missed };
}

/** Alternates forward status moves and notes over the images, as a busy desk would. */
async function queueMixed(
  device: BenchDevice,
  ids: readonly string[],
  count: number,
  seed: number,
): Promise<void> {
  const steps = ['in-position', 'captured', 'selected', 'published'] as const;
  for (let i = 0; i < count; i++) {
    const id = ids[(seed * 7 + i) % ids.length]!;
    if (i % 2 === 0) {
      await device.store.mutate('signature.note', { id, note: `${device.name}: note ${i}` }, device.actor);
    } else {
      await device.store.mutate(
        'signature.advance',
        { id, to: steps[(i >> 1) % steps.length]! },
        device.actor,
      );
    }
  }
}

async function waitForFirstSync(device: BenchDevice, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await device.store.getMeta()).cookie === null) {
    if (Date.now() > deadline) throw new Error(`${device.name} never completed its first sync`);
    await sleep(20);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
