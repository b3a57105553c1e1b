// A real server holding a whole Games (bench/lib/whole-games.ts) for Chromium: the rows written into its database before it starts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kind } from '../../src/shared/domain/entities.ts';
import type { AnyEntity } from '../../src/shared/domain/entities.ts';
import { openSqliteStore } from '../../src/server/db/index.ts';
import type { RunningServer } from '../../tests/e2e/harness/server.ts';
import { startServer } from '../../tests/e2e/harness/server.ts';
import type { WholeGames, WholeGamesOptions } from '../lib/whole-games.ts';
import { wholeGames } from '../lib/whole-games.ts';

export interface WholeGamesServer {
  /** The running server; its `dataDir` is the one holding the whole Games (the admin CLI's too). */
  server: RunningServer;
  dataDir: string;
  set: WholeGames;
  stop(): Promise<void>;
}

/**
 * Builds the whole Games through the shared mutators, writes its rows into a new SQLite database
 * as one server version (what the server would hold after planning them), then starts the real
 * server on it without the demo. The server sends these rows to a phone's first pull as it would
 * any others; its admin sign-in link and `npm run admin` work as usual.
 */
export async function startWholeGamesServer(options: WholeGamesOptions = {}): Promise<WholeGamesServer> {
  const set = await wholeGames(options);
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-whole-games-'));
  try {
    const store = await openSqliteStore(dataDir);
    await store.write(async (session) => {
      const version = await session.bumpVersion();
      const writes = [...set.tx.rows].map(([key, value]) => {
        const slash = key.indexOf('/');
        return { kind: key.slice(0, slash) as Kind, id: key.slice(slash + 1), value: value as AnyEntity };
      });
      await session.writeEntities(version, writes);
    });
    await store.close();
    // The harness makes (and removes) a data directory of its own; the server runs on this one.
    const started = await startServer({ demo: false, env: { DATA_DIR: dataDir } });
    const server = { ...started, dataDir };
    return {
      server,
      dataDir,
      set,
      stop: async () => {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
