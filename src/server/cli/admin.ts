// `npm run admin -- <cmd>`: members, devices, backups, plan export/import. Same DATA_DIR / DATABASE_URL as the server.
import { ConfigError, loadConfig } from '../config.ts';
import { openStore } from '../db/index.ts';
import { DatabaseRefused } from '../db/sqlite-checks.ts';
import { createPoker } from '../sync/poke.ts';
import { createSyncService } from '../sync/service.ts';
import { UsageError } from './commands.ts';
import { USAGE, checkCommand, helpRequested, runAdmin, runWithoutStore } from './run.ts';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // Before the configuration and the database: help must work anywhere, even with a bad environment.
  if (helpRequested(argv)) {
    console.log(USAGE);
    return 0;
  }
  checkCommand(argv);
  const config = loadConfig();
  const out = (line: string) => console.log(line);
  if (await runWithoutStore(argv, { ...config, out })) return 0;
  const store = await openStore(config);
  try {
    const sync = createSyncService(store, createPoker());
    await runAdmin(argv, { store, sync, ...config, out });
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof DatabaseRefused) {
      console.error(error.message);
      process.exit(3);
    }
    console.error(error);
    process.exit(1);
  },
);
