// `npm run bench:engine`: the sync engine's figures (issue #13), printed and written to bench/results/engine.json.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore, openSqliteStore } from '../src/server/db/index.ts';
import { createTestDatabase } from '../tests/fakes/postgres.ts';
import { measureFanout } from './engine/fanout.ts';
import { measureFirstPull } from './engine/first-pull.ts';
import { measureInProcess } from './engine/in-process.ts';
import { measureThroughput } from './lib/scenarios.ts';
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
const FANOUT_PER_PROCESS = envInt('BENCH_FANOUT_PER_PROCESS', 100);
/** `pull`: devices pull on every poke (apps without R15); `patch`: pokes carry their rows. */
const FANOUT_MODES = (process.env.BENCH_FANOUT_MODES ?? 'pull,patch').split(',');
const ROUNDS = envInt('BENCH_ROUNDS', 10);
const GAMES_COPIES = envInt('BENCH_GAMES_COPIES', 8);
const SHORT_PEER = process.env.BENCH_PEER_SHORT === '1';
/** Which parts to run; the others keep their figures from the previous results file (with its date). */
const ALL_PARTS = ['inproc', 'http', 'fanout', 'firstpull', 'peer'] as const;
type Part = (typeof ALL_PARTS)[number];
const PARTS = new Set((process.env.BENCH_PARTS ?? ALL_PARTS.join(',')).split(',') as Part[]);

const RESULTS = new URL('./results/engine.json', import.meta.url);
const log = (line: string) => console.log(line);
type Json = Record<string, unknown>;

async function previousResults(): Promise<Json> {
  try {
    return JSON.parse(await readFile(RESULTS, 'utf8')) as Json;
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const at = new Date().toISOString();
  const load: { before: number[]; after?: number[] } = { before: loadavg().map(round) };
  log(
    `load average before: ${load.before.join(' ')} (${availableParallelism()} cores); parts: ${[...PARTS]}`,
  );
  const previous = await previousResults();
  const results: Json = { ...previous, at };
  const measured: Json = {};
  const rows: (string | number)[][] = [];
  const dir = await mkdtemp(join(tmpdir(), 'pdj-bench-engine-'));
  const pgIn = await createTestDatabase('pdj_engine_in');
  const pgWarm = await createTestDatabase('pdj_engine_warm');
  const pgHttp = await createTestDatabase('pdj_engine_http');
  const sqlite: Json = { ...((previous.sqlite as Json) ?? {}) };
  const postgres: Json = { ...((previous.postgres as Json) ?? {}) };
  try {
    if (PARTS.has('inproc')) {
      const inOpts = { clients: IN_CLIENTS, perClient: IN_PER_CLIENT, batch: IN_BATCH, singles: SINGLES };
      log(
        `in-process: ${IN_CLIENTS} editors × ${IN_PER_CLIENT} mutations in pushes of ${IN_BATCH}, then ${SINGLES} single pushes…`,
      );
      // Warmed up first, as a server that has run a while (JIT, prepared statements): one run of
      // each database on a store of its own, not counted.
      const warm = { ...inOpts, perClient: Math.min(inOpts.perClient, 100), singles: 20 };
      const warmDir = join(dir, 'warm');
      await mkdir(warmDir);
      const warmSqlite = await openSqliteStore(warmDir);
      await measureInProcess(warmSqlite, warm).finally(() => warmSqlite.close());
      const warmPg = await openPostgresStore(pgWarm.url);
      await measureInProcess(warmPg, warm).finally(() => warmPg.close());
      const sqliteStore = await openSqliteStore(dir);
      const s = await measureInProcess(sqliteStore, inOpts).finally(() => sqliteStore.close());
      const pgStore = await openPostgresStore(pgIn.url);
      const p = await measureInProcess(pgStore, inOpts).finally(() => pgStore.close());
      // The figures of the run before this split (one `detail` object) go: these replace them.
      delete sqlite.detail;
      delete postgres.detail;
      Object.assign(sqlite, {
        mutationsPerSecond: round(s.mutationsPerSecond),
        statementsPerMutation: round(s.statementsPerMutation),
        statementsPerTap: round(s.single.statementsPerMutation),
        cpuMsPerMutation: round(s.cpuMsPerMutation),
        cpuMsPerTap: round(s.single.cpuMsPerMutation),
        inProcess: s,
      });
      Object.assign(postgres, {
        mutationsPerSecond: round(p.mutationsPerSecond),
        roundTripsPerMutation: round(p.statementsPerMutation),
        roundTripsPerTap: round(p.single.statementsPerMutation),
        cpuMsPerMutation: round(p.cpuMsPerMutation),
        cpuMsPerTap: round(p.single.cpuMsPerMutation),
        inProcess: p,
      });
      measured.inproc = at;
      rows.push(
        [
          `mutations/s in-process (pushes of ${IN_BATCH}): SQLite / PostgreSQL`,
          `${round(s.mutationsPerSecond)} / ${round(p.mutationsPerSecond)}`,
        ],
        [
          'statements (PG: round trips) per mutation',
          `${round(s.statementsPerMutation)} / ${round(p.statementsPerMutation)}`,
        ],
        [
          '… per tap (pushes of one mutation)',
          `${round(s.single.statementsPerMutation)} / ${round(p.single.statementsPerMutation)}`,
        ],
        ['Node CPU-ms per mutation', `${round(s.cpuMsPerMutation)} / ${round(p.cpuMsPerMutation)}`],
        ['… per tap', `${round(s.single.cpuMsPerMutation)} / ${round(p.single.cpuMsPerMutation)}`],
      );
    }

    if (PARTS.has('http')) {
      log(`over HTTP: ${HTTP_CLIENTS} devices × ${HTTP_PER_CLIENT} mutations, all pushing at once…`);
      const http = async (open?: () => ReturnType<typeof openSqliteStore>) => {
        const server = await startBenchServer(open ? { open } : {});
        try {
          const ids = (await server.store.listEntities('signature')).map((x) => x.id);
          return await measureThroughput(server, ids, HTTP_CLIENTS, HTTP_PER_CLIENT);
        } finally {
          await server.close();
        }
      };
      const s = await http();
      const p = await http(() => openPostgresStore(pgHttp.url));
      Object.assign(sqlite, { httpMutationsPerSecond: round(s.perSecond), http: s });
      Object.assign(postgres, { httpMutationsPerSecond: round(p.perSecond), http: p });
      measured.http = at;
      rows.push(
        [
          `mutations/s over HTTP, ${HTTP_CLIENTS} devices: SQLite / PostgreSQL`,
          `${round(s.perSecond)} / ${round(p.perSecond)}`,
        ],
        ['logged applied / sent (HTTP)', `${s.logged} / ${s.mutations} · ${p.logged} / ${p.mutations}`],
      );
    }
    results.sqlite = sqlite;
    results.postgres = postgres;

    if (PARTS.has('fanout')) {
      const fanout: Json = {};
      for (const observers of FANOUT) {
        const rounds = observers > 100 ? Math.max(3, Math.round(ROUNDS / 2)) : ROUNDS;
        // Both ways in one sitting: devices pulling on every poke (older apps), then pokes carrying
        // their rows (R15, the app's way); the p95Ms is the app's.
        const entry: Json = {};
        for (const mode of FANOUT_MODES) {
          const patches = mode === 'patch';
          log(`tap → other devices: ${observers} devices connected, ${rounds} rounds, ${mode}…`);
          try {
            const r = await measureFanout(observers, rounds, { perProcess: FANOUT_PER_PROCESS, patches });
            const figures = {
              p50Ms: round(r.p50),
              p95Ms: round(r.p95),
              ...r,
              loadAverage: loadavg().map(round),
            };
            if (patches) Object.assign(entry, figures);
            else entry.pullOnEveryPoke = figures;
            rows.push([
              `tap → device has it at ${observers} devices, ${patches ? 'poke with rows' : 'pull on every poke'}: p50 / p95 / max ms`,
              `${round(r.p50)} / ${round(r.p95)} / ${round(r.max)} (not seen: ${r.missed}; server ${round(r.serverCpuMsPerPull)} CPU-ms per device; load ${loadavg().map(round).join(' ')})`,
            ]);
          } catch (error) {
            // Printed and kept in the JSON: the other figures of the run still count.
            const message = error instanceof Error ? error.message : String(error);
            if (patches) Object.assign(entry, { p95Ms: null, error: message });
            else entry.pullOnEveryPoke = { p95Ms: null, error: message };
            log(`fan-out with ${observers} devices (${mode}) could not be measured: ${message}`);
          }
        }
        fanout[observers] = entry;
      }
      results.fanout = fanout;
      measured.fanout = at;
    }

    if (PARTS.has('firstpull')) {
      log(`first pull of a whole Games (the demo × ${GAMES_COPIES})…`);
      const f = await measureFirstPull(GAMES_COPIES);
      results.firstPullWholeGames = {
        bytesOnWire: f.bytesOnWireCompressed,
        ms: round(f.ms),
        raw: f.bytesOnWire.identity,
        byEncoding: f.bytesOnWire,
        rows: f.rows,
        copiesOfTheDemo: f.copies,
      };
      measured.firstpull = at;
      rows.push(
        [
          `first pull, whole Games (${f.rows} rows): raw / gzip / br bytes`,
          `${f.bytesOnWire.identity} / ${f.bytesOnWire.gzip} / ${f.bytesOnWire.br}`,
        ],
        ['first pull, real client (ms)', round(f.ms)],
      );
    }

    if (PARTS.has('peer')) {
      const peer = await runPeerComparison({ short: SHORT_PEER, log });
      results.peer = {
        convergeRatio: peer.ratios ? round(peer.ratios.convergeTime) : null,
        bytesRatio: peer.ratios ? round(peer.ratios.bytes) : null,
        pouchError: peer.pouchError,
        ours: peer.ours,
        pouch: peer.pouch,
        runs: peer.runs,
      };
      measured.peer = at;
      rows.push([
        'PouchDB ÷ ours: converge / bytes',
        peer.ratios
          ? `${round(peer.ratios.convergeTime)}× / ${round(peer.ratios.bytes)}×`
          : `not run: ${peer.pouchError}`,
      ]);
    }

    load.after = loadavg().map(round);
    rows.push(['load average before / after', `${load.before.join(' ')} / ${load.after.join(' ')}`]);
    results.machine = { node: process.version, cores: availableParallelism(), loadAverage: load };
    // When each part was last measured: parts not run this time keep the figures (and date) they had.
    const before = previous.at ? Object.fromEntries(ALL_PARTS.map((p) => [p, previous.at])) : {};
    results.measuredAt = { ...before, ...((previous.measuredAt as Json) ?? {}), ...measured };
    log('\n' + table(['figure', 'value'], rows));
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(RESULTS, JSON.stringify(results, null, 2) + '\n');
    log('\nwritten to bench/results/engine.json');
  } finally {
    await rm(dir, { recursive: true, force: true });
    await pgIn.drop();
    await pgHttp.drop();
    await pgWarm.drop();
  }
}

runMain(main);
