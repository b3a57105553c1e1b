// A pull's snapshot on SQLite with prepared statements: after a poke every device pulls at once, so each pull must cost little.
import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { ChangeCache } from './change-cache.ts';
import type { PullSnapshot } from './port.ts';
import { changeFromRow, logEntryFromRow } from './rows.ts';
import type { EntitiesTable, MutationLogTable } from './schema.ts';
import { SessionView } from './session-view.ts';
import type { SqlExec } from './sql-exec.ts';

const HEAD =
  'select version, (select last_mutation_id from clients where client_id = ?) as last from space where id = 1';
const CHANGES_SINCE =
  'select kind, id, data, version, deleted from entities where version > ? order by version, kind, id';
const ALL_LIVE =
  'select kind, id, data, version, deleted from entities where deleted = 0 order by version, kind, id';
const REJECTIONS =
  "select * from mutation_log where client_id = ? and status = 'rejected' and mutation_id > ? order by mutation_id";

/**
 * ServerStore.pullSnapshot on the connection the caller holds (Kysely's mutex): one deferred
 * transaction, so the version, the changes, the rejections and `alsoRead` are one snapshot (SQLite
 * takes it at the first read; other processes' commits after it are not seen). Statements: BEGIN,
 * the version with the client's last id, the changes (unless another pull at this version and
 * cookie already read them), the rejections, COMMIT, plus what `alsoRead` reads.
 */
export async function sqlitePullSnapshot<X>(
  sqlite: BetterSqlite3.Database,
  exec: SqlExec,
  changeCache: ChangeCache,
  clientID: string,
  since: number | null,
  ackedMutationID: number,
  alsoRead?: (entities: ReadTx, version: number) => Promise<X>,
): Promise<PullSnapshot & { also?: X }> {
  await exec('begin');
  try {
    const [head] = await exec(HEAD, [clientID]);
    const version = Number(head!.version);
    // A cookie ahead of the server (data reset) is a first pull: the caller sends `clear`.
    const from = since === null || since > version ? null : since;
    const changes = await changeCache(version, from, async () =>
      (await (from === null ? exec(ALL_LIVE) : exec(CHANGES_SINCE, [from]))).map((r) =>
        changeFromRow(r as unknown as Selectable<EntitiesTable>),
      ),
    );
    const rejections = await exec(REJECTIONS, [clientID, ackedMutationID]);
    const also = alsoRead ? await alsoRead(new SessionView(exec), version) : undefined;
    await exec('commit');
    return {
      version,
      changes,
      lastMutationID: head!.last == null ? 0 : Number(head!.last),
      rejections: rejections.map((r) => logEntryFromRow(r as unknown as Selectable<MutationLogTable>)),
      also,
    };
  } catch (error) {
    if (sqlite.inTransaction) await exec('rollback').catch(() => []);
    throw error;
  }
}
