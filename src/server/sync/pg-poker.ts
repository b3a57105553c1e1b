// Pokes across server processes: each commit's version is NOTIFYed, every process LISTENs and pokes its own
// clients; device revocations (NOTIFYed by the store) reach every process the same way.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { REVOKE_CHANNEL } from '../db/postgres-store.ts';
import { POKE_COALESCE_MS, createPoker } from './poke.ts';
import type { Poker } from './poke.ts';

export const POKE_CHANNEL = 'plan_de_jeu_poke';
const RECONNECT_MS = 1_000;

export interface PgPoker extends Poker {
  /** Resolves once the LISTEN connection is up (tests wait for it before pushing). */
  readonly ready: Promise<void>;
  /** Devices revoked by any process (the admin CLI included), as NOTIFYed on REVOKE_CHANNEL. */
  onRevoked(listener: (deviceIds: string[]) => void): () => void;
  close(): Promise<void>;
}

/**
 * `poke` is called after COMMIT: local clients are poked at once, other processes through
 * NOTIFY (our own notifications are recognised by `instance` and ignored). A lost notification
 * only costs latency (clients pull every minute); after a reconnect the local clients are
 * poked with the current version in case one was missed while the connection was down.
 */
export function createPgPoker(
  url: string,
  currentVersion: () => Promise<number>,
  log: (message: string) => void = (m) => console.warn(m),
  /** Local pokes' coalescing window (ms); tests use 0 so every poke, an echo included, would show. */
  coalesceMs = POKE_COALESCE_MS,
): PgPoker {
  const local = createPoker({ coalesceMs });
  const revoked = new Set<(deviceIds: string[]) => void>();
  const instance = randomUUID();
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function connect(reconnecting: boolean): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel === REVOKE_CHANNEL) {
        const ids = parseIds(msg.payload);
        if (ids) for (const listener of [...revoked]) listener(ids);
        return;
      }
      const poke = parse(msg.payload);
      if (poke && poke.from !== instance) local.poke(poke.version);
    });
    c.on('error', (error) => drop(c, error.message));
    c.on('end', () => drop(c, 'connection ended'));
    try {
      await c.connect();
      await c.query(`LISTEN ${POKE_CHANNEL}`);
      await c.query(`LISTEN ${REVOKE_CHANNEL}`);
    } catch (error) {
      drop(c, error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed) return void c.end().catch(() => {});
    client = c;
    markReady();
    if (reconnecting) local.poke(await currentVersion().catch(() => 0));
  }

  function drop(c: pg.Client, why: string): void {
    if (client === c) client = null;
    c.removeAllListeners('end');
    c.end().catch(() => {});
    if (closed || timer) return;
    log(`poke fan-out: LISTEN connection lost (${why}); reconnecting`);
    timer = setTimeout(() => {
      timer = undefined;
      void connect(true);
    }, RECONNECT_MS);
  }

  void connect(false);

  return {
    ready,
    poke(version, patch) {
      // Rows ride only to this process's devices; the others' learn the version and pull.
      local.poke(version, patch);
      const c = client;
      if (!c) return; // the others will catch up at their next pull
      c.query('select pg_notify($1, $2)', [POKE_CHANNEL, JSON.stringify({ version, from: instance })]).catch(
        (error: Error) => log(`poke fan-out: NOTIFY failed (${error.message})`),
      );
    },
    subscribe: (listener) => local.subscribe(listener),
    onRevoked(listener) {
      revoked.add(listener);
      return () => revoked.delete(listener);
    },
    get size() {
      return local.size;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('end');
        await c.end().catch(() => {});
      }
    },
  };
}

function parse(payload: string | undefined): { version: number; from: string } | null {
  try {
    const value = JSON.parse(payload ?? '') as { version?: unknown; from?: unknown };
    if (typeof value.version === 'number' && typeof value.from === 'string')
      return { version: value.version, from: value.from };
  } catch {
    // a foreign or malformed notification on our channel: ignore it
  }
  return null;
}

function parseIds(payload: string | undefined): string[] | null {
  try {
    const value = JSON.parse(payload ?? '') as unknown;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // not ours: ignore it
  }
  return null;
}
