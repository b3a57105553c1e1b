// `npm run bench:engine`: the sync engine's figures (issue #13) in one run, printed and written to bench/results/engine.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore, openSqliteStore } from '../src/server/db/index.ts';
import { createTestDatabase } from '../tests/fakes/postgres.ts';
import { measureFirstPull } from './engine/first-pull.ts';
import { measureInProcess } from './engine/in-process.ts';
import { measurePokeLatency, measureThroughput } from './lib/scenarios.ts';
import { startBenchServer } from './lib/server.ts';
import { round, table } from './lib/stats.ts';
import { runPeerComparison } from './peer/compare.ts';
import { envInt, runMain } from './lib/run.ts';

const IN_CLIENTS = envInt('BENCH_INPROC_CLIENTS', 8);
const IN_PER_CLIENT = envInt('BENCH_INPROC_PER_CLIENT', 250);
const IN_BATCH = envInt('BENCH_INPROC_BATCH', 50);
const SINGLES = envInt('BENCH_SINGLES', 200);
const HTTP_CLIENTS = envInt('BENCH_CLIENTS', 10);
const HTTP_PER_CLIENT = envInt('BENCH_PER_CLIENT', 400);
const FANOUT = (process.env.BENCH_FANOUT ?? '30,300').split(',').map(Number);
const ROUNDS = envInt('BENCH_ROUNDS', 10);
const GAMES_COPIES = envInt('BENCH_GAMES_COPIES', 8);
const SHORT_PEER = process.env.BENCH_PEER_SHORT === '1';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const load: { before: number[]; after?: number[] } = { before: loadavg().map(round) };
  log(`load average before: ${load.before.join(' ')} (${availableParallelism()} cores)`);
  const dir = await mkdtemp(join(tmpdir(), 'pdj-bench-engine-'));
  const pgIn = await createTestDatabase('pdj_engine_in');
  const pgHttp = await createTestDatabase('pdj_engine_http');
  try {
    const inOpts = { clients: IN_CLIENTS, perClient: IN_PER_CLIENT, batch: IN_BATCH, singles: SINGLES };
    log(
      `in-process: ${IN_CLIENTS} editors × ${IN_PER_CLIENT} mutations in pushes of ${IN_BATCH}, then ${SINGLES} single pushes…`,
    );
    const sqliteStore = await openSqliteStore(dir);
    const sqliteIn = await measureInProcess(sqliteStore, inOpts).finally(() => sqliteStore.close());
    const pgStore = await openPostgresStore(pgIn.url);
    const pgInRes = await measureInProcess(pgStore, inOpts).finally(() => pgStore.close());

    log(`over HTTP: ${HTTP_CLIENTS} devices × ${HTTP_PER_CLIENT} mutations, all pushing at once…`);
    const http = async (open?: () => ReturnType<typeof openSqliteStore>) => {
      const server = await startBenchServer(open ? { open } : {});
      try {
        const ids = (await server.store.listEntities('signature')).map((s) => s.id);
        return await measureThroughput(server, ids, HTTP_CLIENTS, HTTP_PER_CLIENT);
      } finally {
        await server.close();
      }
    };
    const sqliteHttp = await http();
    const pgHttpRes = await http(() => openPostgresStore(pgHttp.url));

    const fanout: Record<string, Awaited<ReturnType<typeof measurePokeLatency>>> = {};
    const fanoutErrors: Record<string, string> = {};
    for (const observers of FANOUT) {
      const rounds = observers > 100 ? Math.max(3, Math.round(ROUNDS / 2)) : ROUNDS;
      log(`poke → visible: ${observers} devices connected, ${rounds} rounds…`);
      const server = await startBenchServer();
      try {
        const image = (await server.store.listEntities('signature'))[0]!.id;
        fanout[observers] = await measurePokeLatency(server, image, observers, rounds, 30_000, 600_000);
      } catch (error) {
        // Printed and kept in the JSON: the other figures of the run still count.
        fanoutErrors[observers] = error instanceof Error ? error.message : String(error);
        log(`poke → visible with ${observers} devices could not be measured: ${fanoutErrors[observers]}`);
      } finally {
        await server.close();
      }
    }

    log(`first pull of a whole Games (the demo × ${GAMES_COPIES})…`);
    const firstPull = await measureFirstPull(GAMES_COPIES);

    const peer = await runPeerComparison({ short: SHORT_PEER, log });
    load.after = loadavg().map(round);

    const results = {
      at: new Date().toISOString(),
      machine: { node: process.version, cores: availableParallelism(), loadAverage: load },
      sqlite: {
        mutationsPerSecond: round(sqliteIn.mutationsPerSecond),
        statementsPerMutation: round(sqliteIn.statementsPerMutation),
        cpuMsPerMutation: round(sqliteIn.cpuMsPerMutation),
        httpMutationsPerSecond: round(sqliteHttp.perSecond),
        detail: { inProcess: sqliteIn, http: sqliteHttp },
      },
      postgres: {
        mutationsPerSecond: round(pgInRes.mutationsPerSecond),
        roundTripsPerMutation: round(pgInRes.statementsPerMutation),
        cpuMsPerMutation: round(pgInRes.cpuMsPerMutation),
        httpMutationsPerSecond: round(pgHttpRes.perSecond),
        detail: { inProcess: pgInRes, http: pgHttpRes },
      },
      fanout: {
        ...Object.fromEntries(
          Object.entries(fanout).map(([n, r]) => [n, { p50Ms: round(r.p50), p95Ms: round(r.p95), ...r }]),
        ),
        ...Object.fromEntries(Object.entries(fanoutErrors).map(([n, error]) => [n, { p95Ms: null, error }])),
      },
      peer: {
        convergeRatio: peer.ratios ? round(peer.ratios.convergeTime) : null,
        bytesRatio: peer.ratios ? round(peer.ratios.bytes) : null,
        pouchError: peer.pouchError,
        ours: peer.ours,
        pouch: peer.pouch,
        runs: peer.runs,
      },
      firstPullWholeGames: {
        bytesOnWire: firstPull.bytesOnWireCompressed,
        ms: round(firstPull.ms),
        raw: firstPull.bytesOnWire.identity,
        byEncoding: firstPull.bytesOnWire,
        rows: firstPull.rows,
        copiesOfTheDemo: firstPull.copies,
      },
    };
    const f = (r: { p50: number; p95: number; max: number; missed: number }) =>
      `${round(r.p50)} / ${round(r.p95)} / ${round(r.max)} (not seen: ${r.missed})`;
    log(
      '\n' +
        table(
          ['figure', 'SQLite', 'PostgreSQL'],
          [
            [
              `mutations/s in-process (pushes of ${IN_BATCH})`,
              round(sqliteIn.mutationsPerSecond),
              round(pgInRes.mutationsPerSecond),
            ],
            [
              'statements (PG: round trips) per mutation',
              round(sqliteIn.statementsPerMutation),
              round(pgInRes.statementsPerMutation),
            ],
            [
              '… in pushes of one mutation',
              round(sqliteIn.single.statementsPerMutation),
              round(pgInRes.single.statementsPerMutation),
            ],
            ['Node CPU-ms per mutation', round(sqliteIn.cpuMsPerMutation), round(pgInRes.cpuMsPerMutation)],
            [
              '… in pushes of one mutation',
              round(sqliteIn.single.cpuMsPerMutation),
              round(pgInRes.single.cpuMsPerMutation),
            ],
            [
              `mutations/s over HTTP, ${HTTP_CLIENTS} devices`,
              round(sqliteHttp.perSecond),
              round(pgHttpRes.perSecond),
            ],
            [
              'logged applied / sent (HTTP)',
              `${sqliteHttp.logged} / ${sqliteHttp.mutations}`,
              `${pgHttpRes.logged} / ${pgHttpRes.mutations}`,
            ],
          ],
        ) +
        '\n\n' +
        table(
          ['figure', 'value'],
          [
            ...Object.entries(fanout).map(([n, r]) => [
              `poke → visible, ${n} devices: p50 / p95 / max ms`,
              f(r),
            ]),
            [
              `first pull, whole Games (${firstPull.rows} rows): raw / gzip / br bytes`,
              `${firstPull.bytesOnWire.identity} / ${firstPull.bytesOnWire.gzip} / ${firstPull.bytesOnWire.br}`,
            ],
            ['first pull, real client (ms)', round(firstPull.ms)],
            [
              'PouchDB ÷ ours: converge / bytes',
              peer.ratios
                ? `${round(peer.ratios.convergeTime)}× / ${round(peer.ratios.bytes)}×`
                : `not run: ${peer.pouchError}`,
            ],
            ['load average before / after', `${load.before.join(' ')} / ${load.after.join(' ')}`],
          ],
        ),
    );
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(
      new URL('./results/engine.json', import.meta.url),
      JSON.stringify(results, null, 2) + '\n',
    );
    log('\nwritten to bench/results/engine.json');
  } finally {
    await rm(dir, { recursive: true, force: true });
    await pgIn.drop();
    await pgHttp.drop();
  }
}

runMain(main);
