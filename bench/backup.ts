// `npm run bench:backup`: seconds to back up a large SQLite database (BENCH_BACKUP_MB, 300 by default) idle and
// while a phone pushes BENCH_WRITES_PER_S (10) changes per second, with `npm run admin -- backup` (VACUUM INTO),
// beside the online backup API it replaced. Prints figures; never passes or fails.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { seedIfEmpty } from '../src/server/bootstrap.ts';
import { openSqliteStore } from '../src/server/db/index.ts';
import { SQLITE_FILE } from '../src/server/db/sqlite.ts';
import { paris2024Demo } from '../src/server/demo/paris2024.ts';
import { spawnServer } from '../tests/fakes/server-process.ts';
import { round, table } from './lib/stats.ts';
import { envInt, runMain } from './lib/run.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_MB = envInt('BENCH_BACKUP_MB', 300);
const WRITES_PER_S = envInt('BENCH_WRITES_PER_S', 10);
/** How long the old method gets before it is called "never finishes". */
const OLD_LIMIT_S = envInt('BENCH_OLD_LIMIT_S', 60);

/** A demo database grown to TARGET_MB: 80 % preview bytes, 20 % audit rows (many small rows). */
async function generate(dataDir: string): Promise<number> {
  const store = await openSqliteStore(dataDir);
  await seedIfEmpty(store, paris2024Demo);
  const images = (await store.listEntities('signature')).map((s) => s.id);
  await store.close();
  const db = new BetterSqlite3(join(dataDir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  const preview = db.prepare(
    'insert into previews (id, signature_id, member_id, content_type, size, bytes, created_at) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const log = db.prepare(
    `insert into mutation_log (client_id, mutation_id, member_id, device_id, name, args, at, status, reason, version, logged_at)
     values (?, ?, ?, null, 'signature.note', ?, ?, 'rejected', 'not assigned to this moment', null, ?)`,
  );
  const at = new Date().toISOString();
  const previewBytes = 3_000_000;
  const previews = Math.round((TARGET_MB * 0.8 * 1e6) / previewBytes);
  db.transaction(() => {
    for (let i = 0; i < previews; i++) {
      const bytes = randomBytes(previewBytes);
      preview.run(
        randomUUID(),
        images[i % images.length],
        randomUUID(),
        'image/jpeg',
        bytes.length,
        bytes,
        at,
      );
    }
  })();
  const rows = Math.round((TARGET_MB * 0.2 * 1e6) / 400);
  const client = randomUUID();
  db.transaction(() => {
    for (let i = 1; i <= rows; i++) {
      const args = JSON.stringify({
        id: images[i % images.length],
        note: randomBytes(120).toString('base64'),
      });
      log.run(client, i, randomUUID(), args, at, at);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return (await stat(join(dataDir, SQLITE_FILE))).size / 1e6;
}

/** Runs a command as a child process; resolves with its wall time in seconds, or null if killed at `limitS`. */
function timed(args: string[], env: NodeJS.ProcessEnv, limitS = 600): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve(null);
      if (code !== 0) return reject(new Error(`${args.join(' ')} failed (${code}): ${stderr}`));
      resolve((performance.now() - started) / 1000);
    });
  });
}

/** The command an operator runs: `npm run admin -- backup --out <file>` (VACUUM INTO). */
const newBackup = (dataDir: string, out: string) =>
  timed(['--import', 'tsx', 'src/server/cli/admin.ts', 'backup', '--out', out], {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
  });

/** A bare Node script on better-sqlite3 (no tsx, no CLI): the copy alone, the same for both methods. */
async function bare(name: string, body: string, dataDir: string, out: string, limitS = 600) {
  const script = join(dataDir, '..', `${name}.cjs`);
  await writeFile(
    script,
    `const D = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))});
     const db = new D(process.argv[2], { readonly: true, fileMustExist: true });
     db.pragma('busy_timeout = 5000');
     ${body}`,
  );
  return timed([script, join(dataDir, SQLITE_FILE), out], process.env, limitS);
}

/** VACUUM INTO as ops/backup.ts runs it. */
const vacuumInto = (dataDir: string, out: string) =>
  bare('vacuum-into', `db.prepare('vacuum into ?').run(process.argv[3]); db.close();`, dataDir, out);

/** The online backup API as `backup` used it before (better-sqlite3 `db.backup`, 100 pages a step). */
const oldBackup = (dataDir: string, out: string, limitS: number) =>
  bare(
    'old-backup',
    `db.backup(process.argv[3]).then(() => db.close(), (e) => { console.error(e); process.exit(1); });`,
    dataDir,
    out,
    limitS,
  );

/** A phone tapping WRITES_PER_S notes per second; returns how many the server acknowledged, and a stop. */
async function phone(url: string, output: () => string) {
  const invite = /#invite=([\w-]+)/.exec(output())?.[1];
  if (!invite) throw new Error(`no admin link printed:\n${output()}`);
  const clientID = randomUUID();
  const session = await fetch(`${url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, clientID, deviceName: 'bench phone' }),
  });
  const { deviceToken } = (await session.json()) as { deviceToken: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` };
  const pull = await fetch(`${url}/api/sync/pull`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ schemaVersion: 1, clientID, cookie: null, ackedMutationID: 0 }),
  });
  const image = ((await pull.json()).patch as { kind?: string; id: string }[]).find(
    (p) => p.kind === 'signature',
  )!.id;
  // Taps land in an outbox at the given rate; one push at a time sends all of it, as the app does
  // (ids must arrive in order): a server that stalls gets bigger batches, not a gap.
  let tapped = 0;
  let acknowledged = 0;
  let failures = 0;
  let sending = false;
  const send = async () => {
    if (sending || acknowledged === tapped) return;
    sending = true;
    const upTo = tapped;
    const mutations = [];
    for (let id = acknowledged + 1; id <= upTo; id++)
      mutations.push({
        id,
        name: 'signature.note',
        args: { id: image, note: `n${id}` },
        at: new Date().toISOString(),
      });
    try {
      const res = await fetch(`${url}/api/sync/push`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ schemaVersion: 1, clientID, mutations }),
      });
      if (res.ok) acknowledged = upTo;
      else failures++;
    } catch {
      failures++;
    } finally {
      sending = false;
    }
  };
  const timer = setInterval(() => {
    tapped++;
    void send();
  }, 1000 / WRITES_PER_S);
  return { sent: () => acknowledged, failures: () => failures, stop: () => clearInterval(timer) };
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'pdj-bench-backup-'));
  const dataDir = join(root, 'data');
  await mkdir(dataDir);
  try {
    console.log(`generating a database of about ${TARGET_MB} MB…`);
    const mb = await generate(dataDir);
    const idleCli = await newBackup(dataDir, join(root, 'idle-cli.sqlite'));
    const idleNew = await vacuumInto(dataDir, join(root, 'idle-new.sqlite'));
    const idleOld = await oldBackup(dataDir, join(root, 'idle-old.sqlite'), OLD_LIMIT_S);

    console.log(`server started; a phone pushes ${WRITES_PER_S} changes/s; backing up under load…`);
    const server = await spawnServer({
      DATA_DIR: dataDir,
      DEMO: '0',
      DIST_DIR: 'no-dist',
      LOG_LEVEL: 'warn',
    });
    let loadCli: number | null;
    let loadNew: number | null;
    let loadOld: number | null;
    let sentCli: number;
    let load;
    try {
      load = await phone(server.url, server.output);
      await new Promise((r) => setTimeout(r, 2000));
      const before = load.sent();
      loadCli = await newBackup(dataDir, join(root, 'load-cli.sqlite'));
      sentCli = load.sent() - before;
      loadNew = await vacuumInto(dataDir, join(root, 'load-new.sqlite'));
      loadOld = await oldBackup(dataDir, join(root, 'load-old.sqlite'), OLD_LIMIT_S);
      load.stop();
    } finally {
      await server.stop();
    }
    const copy = new BetterSqlite3(join(root, 'load-cli.sqlite'), { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    copy.close();

    const figure = (s: number | null) =>
      s === null ? `did not finish in ${OLD_LIMIT_S} s` : `${round(s)} s`;
    const results = {
      databaseMB: round(mb),
      writesPerSecond: WRITES_PER_S,
      adminBackupCommand: { idleS: idleCli, underLoadS: loadCli, changesDuring: sentCli, integrity },
      vacuumInto: { idleS: idleNew, underLoadS: loadNew },
      onlineBackupApi: { idleS: idleOld, underLoadS: loadOld, limitS: OLD_LIMIT_S },
      pushFailures: load.failures(),
      node: process.version,
      cores: availableParallelism(),
      loadAverage1m: round(loadavg()[0]!),
    };
    console.log(
      '\n' +
        table(
          ['figure', 'value'],
          [
            ['database', `${round(mb)} MB`],
            ['npm run admin -- backup (process start included), idle', figure(idleCli)],
            [
              `npm run admin -- backup under ${WRITES_PER_S} changes/s`,
              `${figure(loadCli)} (${sentCli} changes acknowledged meanwhile)`,
            ],
            ['its copy made under load: integrity_check', String(integrity)],
            ['VACUUM INTO alone (bare script), idle / under load', `${figure(idleNew)} / ${figure(loadNew)}`],
            ['online backup API (before; bare script), idle', figure(idleOld)],
            [`online backup API (before) under ${WRITES_PER_S} changes/s`, figure(loadOld)],
            ['pushes refused or failed during the run', String(results.pushFailures)],
            [
              'machine',
              `Node ${process.version}, ${availableParallelism()} cores, load ${results.loadAverage1m}`,
            ],
          ],
        ),
    );
    await mkdir(join(ROOT, 'bench/results'), { recursive: true });
    await writeFile(join(ROOT, 'bench/results/backup.json'), JSON.stringify(results, null, 2) + '\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runMain(main);
