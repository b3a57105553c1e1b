// The sync bench's plumbing at a small size: real server, real clients, and figures that add up.
import { measureBacklog, measurePokeLatency, measureThroughput } from '../../bench/lib/scenarios.ts';
import type { BenchServer } from '../../bench/lib/server.ts';
import { startBenchServer } from '../../bench/lib/server.ts';

let server: BenchServer;
let ids: string[];

beforeAll(async () => {
  server = await startBenchServer();
  ids = (await server.store.listEntities('signature')).map((s) => s.id);
});
afterAll(() => server.close());

describe('bench/sync scenarios', () => {
  it('counts every pushed mutation as applied in the server log', async () => {
    const [clients, perClient] = [3, 30];
    const result = await measureThroughput(server, ids, clients, perClient);
    // `logged` is counted in the server's log, apart from what the bench queued.
    expect(result.logged).toBe(clients * perClient);
    // The rate is what the server logged over the time the pushes took.
    expect((result.perSecond * result.elapsedMs) / 1000).toBeCloseTo(result.logged);
  });

  it('acknowledges a whole offline backlog in one sync, past one push batch', async () => {
    const count = 250;
    const result = await measureBacklog(server, ids, count);
    // Read back from the phone's store after the sync: the server acknowledged every id, none waits.
    expect(result).toMatchObject({ ackedMutationID: count, pendingAfter: 0 });
  });

  it('sees every observer’s view change after a poke', async () => {
    const [observers, rounds] = [4, 2];
    const result = await measurePokeLatency(server, ids[0]!, observers, rounds);
    // `count` is the number of latencies measured: one per observer per round, none missed.
    expect(result).toMatchObject({ count: observers * rounds, missed: 0 });
    expect(result.p50).toBeLessThanOrEqual(result.p95);
    expect(result.p95).toBeLessThanOrEqual(result.max);
  });
});
