// The push's path on SQLite: prepared statements, one opening read, and a whole flush in ONE insert fanned out by a temp trigger.
import type BetterSqlite3 from 'better-sqlite3';
import type { FlushBatch, HotPath, OpeningRead, RowKey } from './hot-path.ts';
import { LOG_COLUMNS, rowKey } from './hot-path.ts';
import type { SqlExec } from './sql-exec.ts';

const field = (column: string) => `j.value ->> '${column}'`;

/**
 * A view nobody reads and the trigger that writes a FlushBatch (JSON arrays) into the real tables.
 * TEMP: it lives on this connection only, so the database file, its backups and other programs
 * never see it; the trigger's statements run inside the one `insert` (one statement, no re-parse).
 * Upserts from a SELECT need `where true` (SQLite's parsing rule for upsert after a SELECT).
 */
const FLUSH_SCHEMA = `
create temp view if not exists push_flush (live, dead, logs, changes, clients, version, log_seq)
  as select null, null, null, null, null, null, null where 0;
create temp trigger if not exists push_flush_write instead of insert on push_flush begin
  insert into entities (kind, id, data, version, deleted)
    select ${field('kind')}, ${field('id')}, ${field('data')}, ${field('version')}, 0
    from json_each(new.live) j where true
    on conflict (kind, id) do update set data = excluded.data, version = excluded.version, deleted = 0;
  update entities set data = null, deleted = 1,
    version = (select ${field('version')} from json_each(new.dead) j
               where ${field('kind')} = entities.kind and ${field('id')} = entities.id)
    where (kind, id) in (select ${field('kind')}, ${field('id')} from json_each(new.dead) j);
  insert into mutation_log (${LOG_COLUMNS.join(', ')})
    select ${LOG_COLUMNS.map(field).join(', ')} from json_each(new.logs) j;
  insert into mutation_changes (client_id, mutation_id, seq, kind, entity_id, before, before_delta, after)
    select ${['client_id', 'mutation_id', 'seq', 'kind', 'entity_id', 'before', 'before_delta', 'after'].map(field).join(', ')}
    from json_each(new.changes) j;
  insert into clients (client_id, device_id, last_mutation_id)
    select ${field('client_id')}, null, ${field('last_mutation_id')} from json_each(new.clients) j where true
    on conflict (client_id) do update set last_mutation_id = excluded.last_mutation_id;
  update space set version = new.version, log_seq = new.log_seq where id = 1 and new.version is not null;
end;`;

const FLUSH =
  'insert into push_flush (live, dead, logs, changes, clients, version, log_seq) values (?, ?, ?, ?, ?, ?, ?)';

/** The space row, the asked clients' last ids and the asked live rows: one prepared statement for any count. */
const OPENING_READ = `
select 0 as part, version, log_seq, null as client_id, null as last, null as kind, null as id, null as data
  from space where id = 1
union all
select 1, null, null, client_id, last_mutation_id, null, null, null
  from clients where client_id in (select value from json_each(?))
union all
select 2, null, null, null, null, e.kind, e.id, e.data
  from json_each(?) j join entities e on e.kind = j.value ->> 0 and e.id = j.value ->> 1
  where e.deleted = 0`;

/** Creates the connection's temp view and trigger (once per connection; the store's tables must exist). */
export function installSqliteFlush(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(FLUSH_SCHEMA);
}

const json = (rows: readonly unknown[]) => (rows.length ? JSON.stringify(rows) : null);

/** The HotPath on the connection the caller holds (Kysely's connection mutex): begin, read, flush, commit. */
export function sqliteHotPath(sqlite: BetterSqlite3.Database, exec: SqlExec): HotPath {
  return {
    exec,
    async begin() {
      await exec('begin immediate');
    },
    async open(clientIDs: readonly string[], keys: readonly RowKey[]): Promise<OpeningRead> {
      const rows = await exec(OPENING_READ, [
        JSON.stringify(clientIDs),
        JSON.stringify(keys.map((k) => [k.kind, k.id])),
      ]);
      const read: OpeningRead = { space: { version: 0, logSeq: 0 }, lasts: new Map(), rows: new Map() };
      for (const r of rows) {
        if (r.part === 0) read.space = { version: Number(r.version), logSeq: Number(r.log_seq ?? 0) };
        else if (r.part === 1) read.lasts.set(r.client_id as string, Number(r.last));
        else read.rows.set(rowKey(r.kind as string, r.id as string), r.data as string);
      }
      return read;
    },
    async flush(batch: FlushBatch) {
      await exec(FLUSH, [
        json(batch.live),
        json(batch.dead),
        json(batch.logs),
        json(batch.changes),
        json(batch.clients),
        batch.space?.version ?? null,
        batch.space?.log_seq ?? null,
      ]);
    },
    async commit() {
      await exec('commit');
    },
    async rollback() {
      // SQLite rolls back by itself on SQLITE_FULL and a few others: a second rollback would hide the cause.
      if (sqlite.inTransaction) await exec('rollback').catch(() => []);
    },
  };
}
