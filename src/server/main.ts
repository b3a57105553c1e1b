// The server's composition root: config, database, seeding, HTTP, admin sign-in link, graceful shutdown.
import { existsSync } from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import { join } from 'node:path';
import { adminSignInLinkIfNeeded, seedIfEmpty } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openStore } from './db/index.ts';
import { redactUrl } from './db/postgres.ts';
import { DatabaseRefused } from './db/sqlite-checks.ts';
import { describeFault, storageFault } from './db/storage-fault.ts';
import { paris2024Demo } from './demo/paris2024.ts';
import { buildApp } from './http/app.ts';
import { POKE_COALESCE_MS, createPoker } from './sync/poke.ts';
import { createPgPoker } from './sync/pg-poker.ts';
import { SHUTDOWN_TIMEOUT_MS } from './ops/logging.ts';
import { createSyncService } from './sync/service.ts';
import { createPushService } from './push/service.ts';
import { loopbackWarning } from './public-url.ts';

/** Exit codes: 2 a bad setting, 3 a database file the server refuses, 1 anything else. */
const EXIT = { config: 2, refused: 3, failed: 1 } as const;

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  // Several processes on one PostgreSQL: pokes and revocations fan out through LISTEN/NOTIFY.
  const pgPoker = config.databaseUrl ? createPgPoker(config.databaseUrl, () => store.version()) : undefined;
  const poker =
    pgPoker ?? Object.assign(createPoker({ coalesceMs: POKE_COALESCE_MS }), { close: async () => {} });
  const where = config.databaseUrl ? redactUrl(config.databaseUrl) : config.dataDir;
  const sync = createSyncService(store, poker);
  // Push's log lines go to the server's log (its redaction and serialisers) once the app exists.
  const appLog: { current?: Pick<FastifyBaseLogger, 'warn' | 'error'> } = {};
  const pushLog = {
    warn: (d: object, m: string) => (appLog.current ? appLog.current.warn(d, m) : console.warn(m, d)),
    error: (d: object, m: string) => (appLog.current ? appLog.current.error(d, m) : console.error(m, d)),
  };
  // VAPID keys are created at first start and kept in the database (backed up with it).
  const push = await createPushService({ store, ...config.push, log: pushLog });

  // Processes starting together on one database take turns: one seeds, one prints the admin link.
  const { seed, admin } = await store.withStartLock(async () => {
    const seed = await seedIfEmpty(store, config.demo ? () => paris2024Demo(config.demoLanguage) : undefined);
    return { seed, admin: await adminSignInLinkIfNeeded(store, sync, config) };
  });
  if (seed.seeded)
    console.log(
      `new database in ${where}${config.demo ? `, with the Paris 2024 demo (${config.demoLanguage})` : ''}`,
    );
  for (const r of seed.rejected) console.warn(`demo mutation rejected: ${r}`);
  // After seeding: the demo's own mutations concern no phone yet.
  sync.onApplied((mutation) => push.applied(mutation));

  if (!existsSync(join(config.distDir, 'index.html'))) {
    console.warn(
      `no built app in ${config.distDir}: serving the API only. Run "npm run build" to serve the app.`,
    );
  }
  const ops = { draining: false };
  const app = buildApp(
    {
      distDir: config.distDir,
      logger: { level: config.logLevel },
      rateLimits: config.rateLimits,
      trustProxy: config.trustProxy,
      ops,
      publicUrl: config.publicUrl,
      inviteTtlHours: config.inviteTtlHours,
    },
    { store, sync, poker, push, revocations: pgPoker },
  );
  appLog.current = app.log;
  await app.listen({ port: config.port, host: config.host });
  push.start();

  console.log(`Plan de jeu is running: ${config.publicUrl} (listening on ${config.host}:${config.port})`);
  const warning = loopbackWarning(config.publicUrl);
  if (warning) console.warn(warning);

  if (admin.kind === 'link') {
    console.log(`\nNo admin has signed in yet. Open this one-time link on the admin's device`);
    console.log(`(valid ${config.inviteTtlHours} h):\n\n  ${admin.link}\n`);
  } else if (admin.kind === 'printed-elsewhere') {
    console.log(
      `No admin has signed in yet: use the sign-in link printed at ${admin.at} (by this or another ` +
        'server process), or make one with "npm run admin -- invite --member <admin id>".',
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing streams, finishing requests, closing the database`);
    // Readiness turns 503 first; in-flight pushes finish (app.close waits for them), then the database closes.
    ops.draining = true;
    setTimeout(() => {
      console.error(`shutdown took more than ${SHUTDOWN_TIMEOUT_MS} ms: exiting`);
      process.exit(EXIT.failed);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      const dropped = push.close();
      if (dropped) console.warn(`${dropped} notification(s) not sent before shutdown`);
      await app.close();
      await poker.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed', error);
      process.exit(EXIT.failed);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(EXIT.config);
  }
  if (error instanceof DatabaseRefused) {
    console.error(error.message);
    process.exit(EXIT.refused);
  }
  // A disk that fails during the first start: name the cause (the seed left nothing half-written).
  const fault = storageFault(error);
  if (fault) console.error(`the server could not start: database ${describeFault(fault, error)}`);
  else console.error('the server could not start:', error);
  process.exit(EXIT.failed);
});
