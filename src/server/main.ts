// The server's composition root: config, database, seeding, HTTP, admin sign-in link, graceful shutdown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminSignInLinkIfNeeded, seedIfEmpty } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openStore } from './db/index.ts';
import { redactUrl } from './db/postgres.ts';
import { paris2024Demo } from './demo/paris2024.ts';
import { buildApp } from './http/app.ts';
import { createPoker } from './sync/poke.ts';
import { createPgPoker } from './sync/pg-poker.ts';
import { SHUTDOWN_TIMEOUT_MS } from './ops/logging.ts';
import { createSyncService } from './sync/service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  // Several processes on one PostgreSQL: pokes fan out through LISTEN/NOTIFY.
  const poker = config.databaseUrl
    ? createPgPoker(config.databaseUrl, () => store.version())
    : Object.assign(createPoker(), { close: async () => {} });
  const where = config.databaseUrl ? redactUrl(config.databaseUrl) : config.dataDir;
  const sync = createSyncService(store, poker);

  const seed = await seedIfEmpty(store, sync, config.demo ? paris2024Demo : undefined);
  if (seed.seeded) console.log(`new database in ${where}${config.demo ? ', with the Paris 2024 demo' : ''}`);
  for (const r of seed.rejected) console.warn(`demo mutation rejected: ${r}`);

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
    },
    { store, sync, poker },
  );
  await app.listen({ port: config.port, host: config.host });

  const link = await adminSignInLinkIfNeeded(store, sync, config);
  if (link) {
    console.log(`\nNo admin has signed in yet. Open this one-time link on the admin's device`);
    console.log(`(valid ${config.inviteTtlHours} h):\n\n  ${link}\n`);
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
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    try {
      await app.close();
      await poker.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('the server could not start:', error);
  process.exit(1);
});
