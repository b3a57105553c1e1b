// `npm run bench:sync`: figures of the sync server and client over real HTTP (printed, never pass/fail).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { measureBacklog, measurePokeLatency, measureThroughput } from './lib/scenarios.ts';
import { startBenchServer } from './lib/server.ts';
import { round, table } from './lib/stats.ts';
import { envInt, runMain } from './lib/run.ts';

/** Sizes, overridable for a quick run: BENCH_CLIENTS=4 BENCH_PER_CLIENT=100 npm run bench:sync. */
const CLIENTS = envInt('BENCH_CLIENTS', 10);
const PER_CLIENT = envInt('BENCH_PER_CLIENT', 400);
const BACKLOG = envInt('BENCH_BACKLOG', 500);
const OBSERVERS = envInt('BENCH_OBSERVERS', 30);
const ROUNDS = envInt('BENCH_ROUNDS', 10);

async function main(): Promise<void> {
  const server = await startBenchServer();
  try {
    const signatures = await server.store.listEntities('signature');
    if (signatures.length === 0) throw new Error('the demo holds no signature image to mutate');
    const ids = signatures.map((s) => s.id);

    console.log(`throughput: ${CLIENTS} clients x ${PER_CLIENT} mutations…`);
    const throughput = await measureThroughput(server, ids, CLIENTS, PER_CLIENT);
    console.log(`backlog: ${BACKLOG} mutations queued offline, one sync…`);
    const backlog = await measureBacklog(server, ids, BACKLOG);
    console.log(`poke latency: ${OBSERVERS} connected clients x ${ROUNDS} rounds…`);
    const latency = await measurePokeLatency(server, ids[0]!, OBSERVERS, ROUNDS);

    console.log(
      '\n' +
        table(
          ['figure', 'value', 'detail'],
          [
            [
              '(a) mutations applied/s',
              round(throughput.perSecond),
              `${throughput.mutations} from ${throughput.clients} clients in ${round(throughput.elapsedMs)} ms; ${throughput.logged} logged applied`,
            ],
            [
              `(b) push+ack ${backlog.mutations} queued`,
              `${round(backlog.elapsedMs)} ms`,
              `acked up to ${backlog.ackedMutationID}, ${backlog.pendingAfter} left pending`,
            ],
            [
              '(c) poke→visible p50',
              `${round(latency.p50)} ms`,
              `${latency.count} samples (${latency.observers} clients x ${latency.rounds} rounds)`,
            ],
            ['(c) poke→visible p95', `${round(latency.p95)} ms`, ''],
            ['(c) poke→visible max', `${round(latency.max)} ms`, `${latency.missed} not seen within 10 s`],
          ],
        ),
    );

    const results = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: availableParallelism(), platform: process.platform },
      throughput,
      backlog,
      latency,
    };
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(new URL('./results/sync.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
    console.log('\nwritten to bench/results/sync.json');
  } finally {
    await server.close();
  }
}

runMain(main);
