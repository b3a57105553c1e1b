// `npm run admin -- <cmd>`: members, devices, backups, plan export/import. Same DATA_DIR / DATABASE_URL as the server.
import { ConfigError, loadConfig } from '../config.ts';
import { openStore } from '../db/index.ts';
import { createPoker } from '../sync/poke.ts';
import { createSyncService } from '../sync/service.ts';
import { UsageError } from './commands.ts';
import { USAGE, runAdmin } from './run.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const sync = createSyncService(store, createPoker());
    await runAdmin(process.argv.slice(2), { store, sync, ...config, out: (line) => console.log(line) });
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
    console.error(error);
    process.exit(1);
  },
);
