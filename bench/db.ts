// `npm run bench:db`: mutations/s through the sync service on SQLite and PostgreSQL, and poke fan-out latency
// across two server processes on one PostgreSQL (LISTEN/NOTIFY). Prints figures; never passes or fails.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInvite } from '../src/server/auth/invites.ts';
import { seedIfEmpty } from '../src/server/bootstrap.ts';
import { openPostgresStore, openSqliteStore } from '../src/server/db/index.ts';
import type { ServerStore } from '../src/server/db/port.ts';
import { paris2024Demo } from '../src/server/demo/paris2024.ts';
import type { SyncAuth } from '../src/server/sync/auth.ts';
import { createPoker } from '../src/server/sync/poke.ts';
import { createSyncService } from '../src/server/sync/service.ts';
import { createTestDatabase } from '../tests/fakes/postgres.ts';
import type { ServerProcess } from '../tests/fakes/server-process.ts';
import { spawnServer } from '../tests/fakes/server-process.ts';
import { perSecond, round, summarize, table } from './lib/stats.ts';
import { envInt, runMain } from './lib/run.ts';

const CLIENTS = envInt('BENCH_CLIENTS', 8);
const PER_CLIENT = envInt('BENCH_PER_CLIENT', 250);
const ROUNDS = envInt('BENCH_ROUNDS', 50);

/** CLIENTS editors push PER_CLIENT notes/advances each, concurrently, in batches of 50. */
async function throughput(store: ServerStore): Promise<{ perSecond: number; applied: number }> {
  const sync = createSyncService(store, createPoker());
  const seed = await seedIfEmpty(store, paris2024Demo);
  const images = (await store.listEntities('signature')).map((s) => s.id);
  const editors: SyncAuth[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const member = { id: randomUUID(), name: `Editor ${i}`, role: 'editor' as const, contact: '' };
    await sync.applyAsSystem([{ name: 'member.put', args: member }], {
      memberId: seed.admin!.id,
      role: 'admin',
    });
    editors.push({ deviceId: randomUUID(), clientID: randomUUID(), memberId: member.id, role: 'editor' });
  }
  const before = await store.version();
  const started = performance.now();
  await Promise.all(
    editors.map(async (auth) => {
      for (let first = 1; first <= PER_CLIENT; first += 50) {
        const mutations = [];
        for (let id = first; id < Math.min(first + 50, PER_CLIENT + 1); id++) {
          const image = images[id % images.length]!;
          const args = id % 2 ? { id: image, note: `note ${id}` } : { id: image, to: 'in-position' };
          mutations.push({
            id,
            name: id % 2 ? 'signature.note' : 'signature.advance',
            args,
            at: new Date().toISOString(),
          });
        }
        await sync.push(auth, { schemaVersion: 1, clientID: auth.clientID, mutations });
      }
    }),
  );
  const elapsed = performance.now() - started;
  const applied = (await store.version()) - before;
  return { perSecond: perSecond(applied, elapsed), applied };
}

function startServer(databaseUrl: string): Promise<ServerProcess> {
  return spawnServer({ DATABASE_URL: databaseUrl, DEMO: '0', LOG_LEVEL: 'warn', DIST_DIR: 'no-dist' });
}

async function signIn(store: ServerStore, url: string, memberId: string) {
  const { token } = await createInvite(store, memberId);
  const clientID = randomUUID();
  const res = await fetch(`${url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite: token, clientID, deviceName: 'bench' }),
  });
  return { clientID, token: ((await res.json()) as { deviceToken: string }).deviceToken };
}

/** Opens the poke stream and calls `onPoke(version)` for each event. */
async function listen(
  url: string,
  token: string,
  onPoke: (version: number) => void,
): Promise<AbortController> {
  const abort = new AbortController();
  const res = await fetch(`${url}/api/sync/poke`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const data = /data: (.*)/.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) onPoke((JSON.parse(data) as { version: number }).version);
      }
    }
  })();
  return abort;
}

/** A push committed on process A, timed until the poke arrives on process A and on process B. */
async function fanOut(databaseUrl: string) {
  const store = await openPostgresStore(databaseUrl);
  const seed = await seedIfEmpty(store, paris2024Demo);
  const image = (await store.listEntities('signature'))[0]!.id;
  const a = await startServer(databaseUrl);
  const b = await startServer(databaseUrl);
  try {
    const writer = await signIn(store, a.url, seed.admin!.id);
    const watchA = await signIn(store, a.url, seed.admin!.id);
    const watchB = await signIn(store, b.url, seed.admin!.id);
    const waiters = new Map<string, (v: number) => void>();
    const arrivals = (name: string) => (v: number) => waiters.get(`${name}:${v}`)?.(performance.now());
    const streams = [
      await listen(a.url, watchA.token, arrivals('A')),
      await listen(b.url, watchB.token, arrivals('B')),
    ];
    await new Promise((r) => setTimeout(r, 500)); // both streams open, LISTEN connections up
    const same: number[] = [];
    const cross: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const version = (await store.version()) + 1;
      const seen = (name: string) =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`no poke on ${name} for version ${version}`)),
            10_000,
          );
          waiters.set(`${name}:${version}`, (t) => (clearTimeout(timer), resolve(t)));
        });
      const onA = seen('A');
      const onB = seen('B');
      const sent = performance.now();
      const res = await fetch(`${a.url}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writer.token}` },
        body: JSON.stringify({
          schemaVersion: 1,
          clientID: writer.clientID,
          mutations: [
            {
              id: round,
              name: 'signature.note',
              args: { id: image, note: `round ${round}` },
              at: new Date().toISOString(),
            },
          ],
        }),
      });
      if (!res.ok) throw new Error(`push failed: ${res.status} ${await res.text()}`);
      same.push((await onA) - sent);
      cross.push((await onB) - sent);
    }
    streams.forEach((s) => s.abort());
    return { same: summarize(same), cross: summarize(cross) };
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await store.close();
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-bench-db-'));
  const pgThroughput = await createTestDatabase('pdj_bench');
  const pgFanOut = await createTestDatabase('pdj_bench_fan');
  try {
    console.log(`throughput: ${CLIENTS} editors x ${PER_CLIENT} mutations, concurrently…`);
    const sqliteStore = await openSqliteStore(dir);
    const sqlite = await throughput(sqliteStore).finally(() => sqliteStore.close());
    const pgStore = await openPostgresStore(pgThroughput.url);
    const pg = await throughput(pgStore).finally(() => pgStore.close());
    console.log(`fan-out: ${ROUNDS} pushes on process A, pokes timed on A and on B…`);
    const fan = await fanOut(pgFanOut.url);
    console.log(
      '\n' +
        table(
          ['figure', 'value'],
          [
            ['SQLite (file, WAL): mutations applied/s', round(sqlite.perSecond)],
            ['PostgreSQL: mutations applied/s', round(pg.perSecond)],
            ['applied (each run)', `${sqlite.applied} / ${pg.applied}`],
            [
              'push → poke, same process: p50 / p95 / max ms',
              `${round(fan.same.p50)} / ${round(fan.same.p95)} / ${round(fan.same.max)}`,
            ],
            [
              'push → poke, other process: p50 / p95 / max ms',
              `${round(fan.cross.p50)} / ${round(fan.cross.p95)} / ${round(fan.cross.max)}`,
            ],
            ['machine', `Node ${process.version}, ${availableParallelism()} cores`],
          ],
        ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
    await pgThroughput.drop();
    await pgFanOut.drop();
  }
}

runMain(main);
