// The rehearsal's command line: sizes of the day (full or --short), seed, database, peer comparison.
import { parseArgs } from 'node:util';

export interface RehearsalOptions {
  seed: number;
  short: boolean;
  /** Creators on site (demo creators plus invited ones). */
  creators: number;
  editors: number;
  /** Length of the played day, in real milliseconds. */
  dayMs: number;
  /** Mean pause between two taps of one creator. */
  tapEveryMs: number;
  /** Mean pause between two moves of the planner (reassign a creator, move a spot). */
  plannerEveryMs: number;
  /** Mean pause between two desk actions of an editor. */
  editorEveryMs: number;
  /** SIGKILL + restart of the server at these fractions of the day. */
  crashesAt: readonly number[];
  /** PostgreSQL (DATABASE_URL) instead of SQLite in a temp dir. */
  databaseUrl?: string;
  peer: boolean;
  log: (line: string) => void;
}

export const USAGE = `usage: npm run bench:rehearsal -- [--short] [--seed N] [--pg] [--no-peer]
  --short    the CI day: about a minute of play, fewer taps
  --seed N   replay a run (the seed is printed at the start)
  --pg       PostgreSQL at DATABASE_URL instead of SQLite in a temp dir
  --no-peer  skip the PouchDB side-by-side`;

export function rehearsalOptions(
  overrides: Partial<RehearsalOptions> & { short: boolean },
): RehearsalOptions {
  const base = overrides.short
    ? { dayMs: 45_000, tapEveryMs: 4_000, plannerEveryMs: 5_000, editorEveryMs: 3_000 }
    : { dayMs: 180_000, tapEveryMs: 2_500, plannerEveryMs: 6_000, editorEveryMs: 2_000 };
  return {
    seed: Math.floor(Math.random() * 2 ** 31),
    creators: 30,
    editors: 2,
    crashesAt: [0.35, 0.7],
    peer: !overrides.short,
    log: (line) => console.log(line),
    ...base,
    ...overrides,
  };
}

/** Parses argv; throws an Error naming the bad flag. */
export function parseRehearsalArgs(argv: readonly string[], env = process.env): RehearsalOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      short: { type: 'boolean', default: false },
      seed: { type: 'string' },
      pg: { type: 'boolean', default: false },
      'no-peer': { type: 'boolean', default: false },
    },
  });
  const overrides: Partial<RehearsalOptions> & { short: boolean } = { short: values.short ?? false };
  if (values.seed !== undefined) {
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed: must be a non-negative integer`);
    overrides.seed = seed;
  }
  if (values.pg) {
    const url = env.DATABASE_URL || env.TEST_DATABASE_URL || urlFromPgEnv(env);
    if (!url) throw new Error('--pg: set DATABASE_URL=postgres://user:pass@host:port/db (an empty database)');
    overrides.databaseUrl = url;
  }
  overrides.peer = !values['no-peer'];
  return rehearsalOptions(overrides);
}

/** libpq's PG* variables (set by pg_virtualenv, as `.ci/with-postgres` runs it) as a connection URL. */
function urlFromPgEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.PGHOST || !env.PGUSER) return undefined;
  const auth = env.PGPASSWORD
    ? `${encodeURIComponent(env.PGUSER)}:${encodeURIComponent(env.PGPASSWORD)}`
    : encodeURIComponent(env.PGUSER);
  // A socket directory (PGHOST=/tmp/…) goes in the query string, as libpq reads it.
  const host = env.PGHOST.startsWith('/') ? `localhost` : env.PGHOST;
  const socket = env.PGHOST.startsWith('/') ? `?host=${encodeURIComponent(env.PGHOST)}` : '';
  return `postgres://${auth}@${host}:${env.PGPORT ?? '5432'}/${env.PGDATABASE ?? 'postgres'}${socket}`;
}
