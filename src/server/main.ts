// The server's composition root: config, database, seeding, HTTP, admin sign-in link, graceful shutdown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminSignInLinkIfNeeded, seedIfEmpty } from './bootstrap.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openSqliteStore } from './db/index.ts';
import { paris2024Demo } from './demo/paris2024.ts';
import { buildApp } from './http/app.ts';
import { createPoker } from './sync/poke.ts';
import { createSyncService } from './sync/service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openSqliteStore(config.dataDir);
  const poker = createPoker();
  const sync = createSyncService(store, poker);

  const seed = await seedIfEmpty(store, sync, config.demo ? paris2024Demo : undefined);
  if (seed.seeded)
    console.log(`new database in ${config.dataDir}${config.demo ? ', with the Paris 2024 demo' : ''}`);
  for (const r of seed.rejected) console.warn(`demo mutation rejected: ${r}`);

  if (!existsSync(join(config.distDir, 'index.html'))) {
    console.warn(
      `no built app in ${config.distDir}: serving the API only. Run "npm run build" to serve the app.`,
    );
  }
  const app = buildApp({ distDir: config.distDir, logger: { level: 'info' } }, { store, sync, poker });
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
    try {
      await app.close();
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
