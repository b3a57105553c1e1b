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
    const result = await measureThroughput(server, ids, 3, 30);
    expect(result).toMatchObject({ clients: 3, mutations: 90, logged: 90 });
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(result.perSecond).toBeCloseTo((90 * 1000) / result.elapsedMs);
  });

  it('acknowledges a whole offline backlog in one sync, past one push batch', async () => {
    const result = await measureBacklog(server, ids, 250);
    expect(result).toMatchObject({ mutations: 250, ackedMutationID: 250, pendingAfter: 0 });
  });

  it('sees every observer’s view change after a poke', async () => {
    const result = await measurePokeLatency(server, ids[0]!, 4, 2);
    expect(result).toMatchObject({ observers: 4, rounds: 2, count: 8, missed: 0 });
    expect(result.p50).toBeLessThanOrEqual(result.p95);
    expect(result.p95).toBeLessThanOrEqual(result.max);
  });
});
