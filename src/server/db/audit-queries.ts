// The audit trail over mutation_log + mutation_changes (written by the push's flush, write-session.ts), read per record.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { AnyEntity } from '../../shared/domain/entities.ts';
import { isKind } from '../../shared/domain/entities.ts';
import { isScheduleFeed } from '../../shared/protocol/feed.ts';
import type { AuditChange, AuditEntry, AuditQuery } from './port.ts';
import { applyBeforeDelta } from './audit-delta.ts';
import type { Database } from './schema.ts';

export async function queryAudit(db: Kysely<Database>, q: AuditQuery): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('mutation_log')
    .selectAll()
    // Rows from before migration 0002 have no seq: they come after every newer one, by time.
    .orderBy(sql`coalesce(seq, 0)`, 'desc')
    .orderBy('logged_at', 'desc')
    .orderBy('client_id', 'desc')
    .orderBy('mutation_id', 'desc')
    .limit(q.limit);
  if (q.since !== undefined) query = query.where('logged_at', '>=', q.since);
  if (q.kind !== undefined) {
    const { kind, id } = q;
    // An entry concerns a record if it aimed at it (rejected ones too) or changed it (side effects too).
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('target_kind', '=', kind), ...(id === undefined ? [] : [eb('target_id', '=', id)])]),
        eb.exists(
          eb
            .selectFrom('mutation_changes as c')
            .select('c.seq')
            .whereRef('c.client_id', '=', 'mutation_log.client_id')
            .whereRef('c.mutation_id', '=', 'mutation_log.mutation_id')
            .where('c.kind', '=', kind)
            .$if(id !== undefined, (sub) => sub.where('c.entity_id', '=', id!)),
        ),
      ]),
    );
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];

  const changes = await changesOf(db, rows);
  const names = await memberNames(db, [...new Set(rows.map((r) => r.member_id))]);
  return rows.map((r) => ({
    at: r.at,
    loggedAt: r.logged_at,
    memberId: r.member_id,
    // The schedule feed is no member: its English name here, the screens translate it by id.
    memberName: names.get(r.member_id) ?? (isScheduleFeed(r.member_id) ? 'Schedule feed' : null),
    deviceId: r.device_id,
    name: r.name,
    args: parseJson(r.args),
    outcome: r.status,
    reason: r.reason,
    code: r.code ?? null,
    params: r.params == null ? null : (parseJson(r.params) as Record<string, string | number>),
    clockOff: Boolean(r.clock_off),
    changes: changes.get(`${r.client_id}/${r.mutation_id}`) ?? [],
  }));
}

async function changesOf(db: Kysely<Database>, rows: { client_id: string; mutation_id: number }[]) {
  const byKey = new Map<string, AuditChange[]>();
  const clients = [...new Set(rows.map((r) => r.client_id))];
  const found = await db
    .selectFrom('mutation_changes')
    .selectAll()
    .where('client_id', 'in', clients)
    .where(
      'mutation_id',
      'in',
      rows.map((r) => r.mutation_id),
    )
    .orderBy('seq')
    .execute();
  const wanted = new Set(rows.map((r) => `${r.client_id}/${r.mutation_id}`));
  for (const c of found) {
    const key = `${c.client_id}/${c.mutation_id}`;
    if (!wanted.has(key) || !isKind(c.kind)) continue;
    const list = byKey.get(key) ?? [];
    const after = entityJson(c.after);
    // Since migration 0011 a change keeps only the fields it overwrote; older rows keep the whole row.
    const before =
      c.before_delta == null ? entityJson(c.before) : (applyBeforeDelta(after, c.before_delta) as AnyEntity);
    list.push({ kind: c.kind, id: c.entity_id, before, after });
    byKey.set(key, list);
  }
  return byKey;
}

async function memberNames(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('entities')
    .select(['id', 'data'])
    .where('kind', '=', 'member')
    .where('id', 'in', ids)
    .where('deleted', '=', 0)
    .execute();
  return new Map(
    rows.flatMap((r) => {
      const name = (parseJson(r.data ?? 'null') as { name?: unknown } | null)?.name;
      return typeof name === 'string' ? [[r.id, name] as const] : [];
    }),
  );
}

function entityJson(text: string | null): AnyEntity | null {
  return text === null ? null : (parseJson(text) as AnyEntity);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
