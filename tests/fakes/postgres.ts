// Throwaway PostgreSQL databases for tests and benches: one fresh database per store, dropped afterwards.
// The server comes from TEST_DATABASE_URL, else the PG* variables pg_virtualenv sets (npm test wraps
// the suite in it). No server is an error, never a skip: CI must not pass without PostgreSQL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

function adminUrl(): string {
  const explicit = process.env.TEST_DATABASE_URL;
  if (explicit) return explicit;
  const { PGHOST, PGPORT, PGUSER, PGPASSWORD } = process.env;
  if (!PGHOST || !PGUSER) {
    throw new Error(
      'PostgreSQL tests need a server: run them through `npm run test:unit` (it starts one with pg_virtualenv) ' +
        'or set TEST_DATABASE_URL=postgres://user:pass@host:port/db',
    );
  }
  const auth = `${encodeURIComponent(PGUSER)}${PGPASSWORD ? `:${encodeURIComponent(PGPASSWORD)}` : ''}`;
  // A socket directory as host goes in the query string, as libpq does.
  const host = PGHOST.startsWith('/') ? `localhost` : PGHOST;
  const socket = PGHOST.startsWith('/') ? `?host=${encodeURIComponent(PGHOST)}` : '';
  return `postgres://${auth}@${host}:${PGPORT ?? 5432}/postgres${socket}`;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'pdj'): Promise<TestDatabase> {
  const admin = adminUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (c) => c.query(`create database ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await withClient(admin, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
