// One write transaction kept in memory and flushed at its end: a push costs a handful of statements, not a dozen per mutation.
import type { Kind } from '../../shared/domain/entities.ts';
import type { EntityWrite, MutationLogEntry, WriteSession } from './port.ts';
import { logEntryToRow } from './rows.ts';
import { SessionView } from './session-view.ts';
import type { SqlExec } from './sql-exec.ts';

/** The space row as the transaction found it, read under the write lock. */
export interface SpaceState {
  version: number;
  logSeq: number;
}

/** What the transaction wrote, in the order it wrote it; nothing reaches the database before `flush`. */
interface Pending {
  entities: Map<string, { kind: Kind; id: string; data: string | null; version: number }>;
  clients: Map<string, number>;
  logs: (ReturnType<typeof logEntryToRow> & { seq: number })[];
  changes: unknown[][];
  rejectedClients: Set<string>;
}

export interface BufferedWriteSession extends WriteSession {
  /** Writes everything the transaction did, in as few statements as the rows allow. */
  flush(): Promise<void>;
}

/**
 * A WriteSession over `exec` (a connection inside an open transaction that already holds the write
 * lock). Reads go through a SessionView (own writes, then each row read once); writes, the log and
 * the audit are kept until `flush`, which writes them with multi-row statements. The version is
 * counted in memory from `space`, so it still moves by exactly one per `bumpVersion` and each row
 * carries the version of the last mutation that wrote it. `capRejections` runs after the log rows
 * are in, once per client that had a rejection.
 */
export function bufferedWriteSession(
  exec: SqlExec,
  space: SpaceState,
  capRejections: (clientID: string) => Promise<void>,
): BufferedWriteSession {
  const view = new SessionView(exec);
  let version = space.version;
  let logSeq = space.logSeq;
  const lastIds = new Map<string, number>();
  const pending: Pending = {
    entities: new Map(),
    clients: new Map(),
    logs: [],
    changes: [],
    rejectedClients: new Set(),
  };

  return {
    entities: view,
    version: async () => version,
    async lastMutationID(clientID) {
      let last = pending.clients.get(clientID) ?? lastIds.get(clientID);
      if (last === undefined) {
        const rows = await exec('select last_mutation_id from clients where client_id = ?', [clientID]);
        last = rows[0] ? Number(rows[0].last_mutation_id) : 0;
        lastIds.set(clientID, last);
      }
      return last;
    },
    bumpVersion: async () => ++version,
    async writeEntities(v, writes: readonly EntityWrite[]) {
      view.apply(writes);
      for (const w of writes) {
        const data = w.value === null ? null : JSON.stringify(w.value);
        pending.entities.set(`${w.kind}/${w.id}`, { kind: w.kind, id: w.id, data, version: v });
      }
    },
    async setLastMutationID(clientID, mutationID) {
      pending.clients.set(clientID, mutationID);
    },
    async logMutation(entry: MutationLogEntry) {
      pending.logs.push({ ...logEntryToRow(entry), seq: ++logSeq });
      (entry.changes ?? []).forEach((c, seq) =>
        pending.changes.push([
          entry.clientID,
          entry.mutationID,
          seq,
          c.kind,
          c.id,
          c.before === null ? null : JSON.stringify(c.before),
          c.after === null ? null : JSON.stringify(c.after),
        ]),
      );
      if (entry.status === 'rejected') pending.rejectedClients.add(entry.clientID);
    },
    async flush() {
      await flushPending(exec, pending, { version, logSeq }, space, capRejections);
    },
  };
}

const LOG_COLUMNS = [
  'client_id',
  'mutation_id',
  'member_id',
  'device_id',
  'name',
  'args',
  'at',
  'status',
  'reason',
  'version',
  'logged_at',
  'target_kind',
  'target_id',
  'seq',
  'code',
  'params',
  'clock_off',
] as const;
const CHANGE_COLUMNS = ['client_id', 'mutation_id', 'seq', 'kind', 'entity_id', 'before', 'after'];

/** Rows per statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const ROWS_PER_STATEMENT = 100;

async function insertRows(
  exec: SqlExec,
  head: string,
  columns: number,
  rows: readonly unknown[][],
  tail = '',
): Promise<void> {
  const one = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await exec(`${head} values ${chunk.map(() => one).join(', ')}${tail}`, chunk.flat());
  }
}

async function flushPending(
  exec: SqlExec,
  pending: Pending,
  now: SpaceState,
  before: SpaceState,
  capRejections: (clientID: string) => Promise<void>,
): Promise<void> {
  const live = [...pending.entities.values()].filter((e) => e.data !== null);
  await insertRows(
    exec,
    'insert into entities (kind, id, data, version, deleted)',
    5,
    live.map((e) => [e.kind, e.id, e.data, e.version, 0]),
    ' on conflict (kind, id) do update set data = excluded.data, version = excluded.version, deleted = 0',
  );
  // Deleting a row that never reached the database leaves nothing to tell the clients about.
  for (const e of pending.entities.values()) {
    if (e.data !== null) continue;
    await exec('update entities set data = null, deleted = 1, version = ? where kind = ? and id = ?', [
      e.version,
      e.kind,
      e.id,
    ]);
  }
  await insertRows(
    exec,
    `insert into mutation_log (${LOG_COLUMNS.join(', ')})`,
    LOG_COLUMNS.length,
    pending.logs.map((row) => LOG_COLUMNS.map((c) => row[c] ?? null)),
  );
  await insertRows(
    exec,
    `insert into mutation_changes (${CHANGE_COLUMNS.join(', ')})`,
    CHANGE_COLUMNS.length,
    pending.changes,
  );
  for (const [clientID, last] of pending.clients) {
    await exec(
      'insert into clients (client_id, device_id, last_mutation_id) values (?, null, ?) ' +
        'on conflict (client_id) do update set last_mutation_id = excluded.last_mutation_id',
      [clientID, last],
    );
  }
  if (now.version !== before.version || now.logSeq !== before.logSeq) {
    await exec('update space set version = ?, log_seq = ? where id = 1', [now.version, now.logSeq]);
  }
  for (const clientID of pending.rejectedClients) await capRejections(clientID);
}
