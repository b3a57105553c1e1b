// The push's path on PostgreSQL: BEGIN, the lock and the opening read in one round trip, a whole flush in one CTE, COMMIT.
import type pg from 'pg';
import type { FlushBatch, HotPath, OpeningRead, RowKey } from './hot-path.ts';
import { LOG_COLUMNS, LOG_INTEGER_COLUMNS, rowKey } from './hot-path.ts';
import type { SqlRow, StatementCounter } from './sql-exec.ts';
import { toDollar } from './sql-exec.ts';

const recordset = (param: number, columns: readonly (readonly [string, string])[]) =>
  `jsonb_to_recordset($${param}::jsonb) as x(${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`;

const LOG_TYPES = LOG_COLUMNS.map((c) => [c, LOG_INTEGER_COLUMNS.has(c) ? 'integer' : 'text'] as const);

/**
 * A whole FlushBatch in ONE statement: data-modifying CTEs (PostgreSQL §7.8.4), each fed by a
 * JSON array. Entity keys are unique in a batch, so no two parts touch the same row.
 */
const FLUSH = `with
 e as (insert into entities (kind, id, data, version, deleted)
       select kind, id, data, version, 0
       from ${recordset(1, [
         ['kind', 'text'],
         ['id', 'text'],
         ['data', 'text'],
         ['version', 'integer'],
       ])}
       on conflict (kind, id) do update set data = excluded.data, version = excluded.version, deleted = 0),
 d as (update entities t set data = null, deleted = 1, version = x.version
       from ${recordset(2, [
         ['kind', 'text'],
         ['id', 'text'],
         ['version', 'integer'],
       ])}
       where t.kind = x.kind and t.id = x.id),
 l as (insert into mutation_log (${LOG_COLUMNS.join(', ')})
       select ${LOG_COLUMNS.join(', ')} from ${recordset(3, LOG_TYPES)}),
 c as (insert into mutation_changes (client_id, mutation_id, seq, kind, entity_id, before, before_delta, after)
       select client_id, mutation_id, seq, kind, entity_id, before, before_delta, after
       from ${recordset(4, [
         ['client_id', 'text'],
         ['mutation_id', 'integer'],
         ['seq', 'integer'],
         ['kind', 'text'],
         ['entity_id', 'text'],
         ['before', 'text'],
         ['before_delta', 'text'],
         ['after', 'text'],
       ])}),
 k as (insert into clients (client_id, device_id, last_mutation_id)
       select client_id, null, last_mutation_id
       from ${recordset(5, [
         ['client_id', 'text'],
         ['last_mutation_id', 'integer'],
       ])}
       on conflict (client_id) do update set last_mutation_id = excluded.last_mutation_id)
update space set version = $6::integer, log_seq = $7::integer where id = 1 and $6::integer is not null`;

/**
 * The HotPath on a client of its own from the pool (released by the caller). The opening read is
 * a simple-protocol query of three statements (BEGIN; the space row FOR UPDATE; the clients and
 * rows): the simple protocol takes no parameters, so its values are quoted by the driver's
 * `escapeLiteral` (doubles quotes, E'' for backslashes). Every round trip is counted.
 */
export function postgresHotPath(
  client: pg.PoolClient,
  counter: StatementCounter,
): HotPath & { broken(): Error | undefined } {
  let open = false;
  let broken: Error | undefined;
  const run = async (text: string, params?: readonly unknown[]) => {
    counter.statements++;
    counter.trace?.(text);
    return client.query(text, params ? [...params] : undefined);
  };
  const exec = async (text: string, params: readonly unknown[] = []) =>
    (await run(toDollar(text), params)).rows as SqlRow[];
  const literal = (value: string) => client.escapeLiteral(value);
  return {
    exec,
    async begin() {},
    async open(clientIDs: readonly string[], keys: readonly RowKey[]): Promise<OpeningRead> {
      const clients = clientIDs.length ? clientIDs.map(literal).join(', ') : 'null';
      const wanted = literal(JSON.stringify(keys));
      const text =
        'begin; select version, log_seq from space where id = 1 for update; ' +
        `select 1 as part, client_id, last_mutation_id as last, null as kind, null as id, null as data ` +
        `from clients where client_id in (${clients}) ` +
        'union all select 2, null, null, e.kind, e.id, e.data ' +
        `from jsonb_to_recordset(${wanted}::jsonb) as x(kind text, id text) ` +
        'join entities e on e.kind = x.kind and e.id = x.id where e.deleted = 0';
      open = true;
      const results = (await run(text)) as unknown as pg.QueryResult<SqlRow>[];
      const space = results[1]!.rows[0]!;
      const read: OpeningRead = {
        space: { version: Number(space.version), logSeq: Number(space.log_seq ?? 0) },
        lasts: new Map(),
        rows: new Map(),
      };
      for (const r of results[2]!.rows) {
        if (Number(r.part) === 1) read.lasts.set(r.client_id as string, Number(r.last));
        else read.rows.set(rowKey(r.kind as string, r.id as string), r.data as string);
      }
      return read;
    },
    async flush(batch: FlushBatch) {
      await run(FLUSH, [
        JSON.stringify(batch.live),
        JSON.stringify(batch.dead),
        JSON.stringify(batch.logs),
        JSON.stringify(batch.changes),
        JSON.stringify(batch.clients),
        batch.space?.version ?? null,
        batch.space?.log_seq ?? null,
      ]);
    },
    async commit() {
      if (!open) return;
      await run('commit');
      open = false;
    },
    async rollback() {
      if (!open) return;
      open = false;
      await run('rollback').catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
    },
    broken: () => broken,
  };
}
