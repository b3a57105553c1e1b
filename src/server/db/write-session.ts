// One write transaction kept in memory and flushed at its end: a tap costs four statements (PostgreSQL: three round trips).
import type { Kind } from '../../shared/domain/entities.ts';
import type { EntityWrite, MutationLogEntry, WriteSession } from './port.ts';
import type { FlushBatch, HotPath, OpeningRead, RowKey } from './hot-path.ts';
import { LOG_COLUMNS, rowKey } from './hot-path.ts';
import { storedBefore } from './audit-delta.ts';
import { logEntryToRow } from './rows.ts';
import { SessionView } from './session-view.ts';

export interface BufferedWriteSession extends WriteSession {
  /** Writes everything the transaction did in one statement (nothing when it wrote nothing). */
  flush(): Promise<void>;
}

/**
 * A WriteSession over a HotPath. Nothing is read until the first call that needs the database;
 * the calls made together before it (applyPush asks for the client's last id and every target row
 * at once) become ONE opening read, which also takes the write lock on PostgreSQL. Reads then go
 * through a SessionView (own writes, then each row read once); writes, the log and the audit are
 * kept until `flush`. The version is counted in memory from the space row, so it still moves by
 * exactly one per `bumpVersion` and each row carries the version of the last mutation that wrote
 * it. `capRejections` runs after the flush, once per client that had a rejection.
 */
export function bufferedWriteSession(
  hot: HotPath,
  capRejections: (clientID: string) => Promise<void>,
): BufferedWriteSession {
  let version = 0;
  let logSeq = 0;
  let before: { version: number; logSeq: number } | null = null;
  const lastIds = new Map<string, number>();
  const wantClients = new Set<string>();
  const wantRows = new Map<string, RowKey>();
  let opening: Promise<OpeningRead> | null = null;
  let sent = false;

  /** Joins the opening read (started on the next microtask, so calls made together share it). */
  const ready = (want?: { client?: string; row?: RowKey }): Promise<unknown> => {
    if (opening === null) {
      if (want?.client !== undefined) wantClients.add(want.client);
      if (want?.row) wantRows.set(rowKey(want.row.kind, want.row.id), want.row);
      opening = Promise.resolve().then(async () => {
        sent = true;
        const read = await hot.open([...wantClients], [...wantRows.values()]);
        ({ version, logSeq } = read.space);
        before = { ...read.space };
        for (const c of wantClients) lastIds.set(c, read.lasts.get(c) ?? 0);
        for (const [k, row] of wantRows) view.prime(row.kind, row.id, read.rows.get(k) ?? null);
        return read;
      });
    } else if (!sent) {
      // The opening read has not left yet: this call rides along with it.
      if (want?.client !== undefined) wantClients.add(want.client);
      if (want?.row) wantRows.set(rowKey(want.row.kind, want.row.id), want.row);
    }
    return opening;
  };
  /** Each written value serialised once: the row and its audit after-value are the same object. */
  const serialised = new WeakMap<object, string>();
  const jsonOf = (value: object): string => {
    let text = serialised.get(value);
    if (text === undefined) serialised.set(value, (text = JSON.stringify(value)));
    return text;
  };
  const view = new SessionView(hot.exec, (row) => ready(row ? { row } : undefined));

  const pending = {
    entities: new Map<string, { kind: Kind; id: string; data: string | null; version: number }>(),
    clients: new Map<string, number>(),
    logs: [] as FlushBatch['logs'],
    changes: [] as FlushBatch['changes'],
    rejectedClients: new Set<string>(),
  };

  return {
    entities: view,
    async version() {
      await ready();
      return version;
    },
    async lastMutationID(clientID) {
      await ready({ client: clientID });
      let last = pending.clients.get(clientID) ?? lastIds.get(clientID);
      if (last === undefined) {
        const rows = await hot.exec('select last_mutation_id from clients where client_id = ?', [clientID]);
        last = rows[0] ? Number(rows[0].last_mutation_id) : 0;
        lastIds.set(clientID, last);
      }
      return last;
    },
    async bumpVersion() {
      await ready();
      return ++version;
    },
    async writeEntities(v, writes: readonly EntityWrite[]) {
      view.apply(writes);
      for (const w of writes) {
        const data = w.value === null ? null : jsonOf(w.value);
        pending.entities.set(rowKey(w.kind, w.id), { kind: w.kind, id: w.id, data, version: v });
      }
    },
    async setLastMutationID(clientID, mutationID) {
      pending.clients.set(clientID, mutationID);
    },
    async logMutation(entry: MutationLogEntry) {
      await ready();
      const row: Record<string, unknown> = { ...logEntryToRow(entry), seq: ++logSeq };
      pending.logs.push(Object.fromEntries(LOG_COLUMNS.map((c) => [c, row[c] ?? null])));
      (entry.changes ?? []).forEach((c, seq) =>
        pending.changes.push({
          client_id: entry.clientID,
          mutation_id: entry.mutationID,
          seq,
          kind: c.kind,
          entity_id: c.id,
          ...storedBefore(c),
          after: c.after === null ? null : jsonOf(c.after),
        }),
      );
      if (entry.status === 'rejected') pending.rejectedClients.add(entry.clientID);
    },
    async flush() {
      // A session that wrote without reading first still takes the lock (and BEGIN) before it writes.
      if (pending.entities.size || pending.logs.length || pending.clients.size) await ready();
      const entities = [...pending.entities.values()];
      const batch: FlushBatch = {
        live: entities.flatMap((e) => (e.data === null ? [] : [{ ...e, data: e.data }])),
        dead: entities.flatMap((e) =>
          e.data === null ? [{ kind: e.kind, id: e.id, version: e.version }] : [],
        ),
        logs: pending.logs,
        changes: pending.changes,
        clients: [...pending.clients].map(([client_id, last_mutation_id]) => ({
          client_id,
          last_mutation_id,
        })),
        space:
          before && (before.version !== version || before.logSeq !== logSeq)
            ? { version, log_seq: logSeq }
            : null,
      };
      const empty =
        !batch.live.length &&
        !batch.dead.length &&
        !batch.logs.length &&
        !batch.clients.length &&
        !batch.space;
      if (!empty) await hot.flush(batch);
      for (const clientID of pending.rejectedClients) await capRejections(clientID);
    },
  };
}
