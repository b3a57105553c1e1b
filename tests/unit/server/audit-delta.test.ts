// The audit's compact before-rows (migration 0011): a delta rebuilds the whole row, and rows written before 0011 still read whole.
import fc from 'fast-check';
import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBeforeDelta, beforeDelta, storedBefore } from '../../../src/server/db/audit-delta.ts';
import { queryAudit } from '../../../src/server/db/audit-queries.ts';
import { migrateToLatest } from '../../../src/server/db/migrate.ts';
import { migrationProvider } from '../../../src/server/db/migrations/index.ts';
import type { Database } from '../../../src/server/db/schema.ts';
import { openSqlite } from '../../../src/server/db/sqlite.ts';
import type { AnyEntity } from '../../../src/shared/domain/entities.ts';

const row = (fields: Record<string, unknown>) => fields as unknown as AnyEntity;
/** What the database hands back: the row through JSON. */
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('beforeDelta / applyBeforeDelta', () => {
  it('keeps only the overwritten, removed and added fields, and rebuilds the row', () => {
    const before = row({ id: 'a', title: 'Old', sides: ['site'], note: 'x', status: 'planned' });
    const after = row({ id: 'a', title: 'New', sides: ['site'], status: 'planned', partner: 'Louvre' });
    const delta = beforeDelta(before, after);
    expect(delta).toEqual({ set: { title: 'Old', note: 'x' }, unset: ['partner'] });
    expect(applyBeforeDelta(after, JSON.stringify(delta))).toEqual(before);
    // The field order of the row is kept (the after-row's, removed fields last).
    expect(Object.keys(applyBeforeDelta(after, JSON.stringify(delta)) as object)).toEqual([
      'id',
      'title',
      'sides',
      'status',
      'note',
    ]);
  });

  it('is null for a re-write that changed nothing, nested values compared whole', () => {
    const value = { id: 'a', history: [{ to: 'planned', at: '2024-07-26T17:30:00Z' }] };
    expect(beforeDelta(row(value), row(stored(value) as Record<string, unknown>))).toBeNull();
    // The same nested value with its keys in another order is no change either.
    expect(
      beforeDelta(row(value), row({ id: 'a', history: [{ at: '2024-07-26T17:30:00Z', to: 'planned' }] })),
    ).toBeNull();
    expect(
      beforeDelta(row(value), row({ ...value, history: [...value.history, { to: 'captured' }] })),
    ).toEqual({ set: { history: value.history }, unset: [] });
  });

  it('rebuilds any before-row from the stored after-row and delta (property)', () => {
    const fields = fc.dictionary(
      fc.constantFrom('id', 'title', 'note', 'sides', 'status', 'history', 'partner', 'at'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fields, fields, (b, a) => {
        const before = stored(b) as Record<string, unknown>;
        const after = stored(a) as Record<string, unknown>;
        const delta = beforeDelta(row(before), row(after));
        if (delta === null) {
          expect(stored(after)).toEqual(before);
          return;
        }
        expect(applyBeforeDelta(stored(after), JSON.stringify(delta))).toEqual(before);
      }),
      {
        examples: [
          [{ title: 'a', note: 'n' }, { title: 'b' }],
          [{ title: 'a' }, { title: 'a', note: 'n' }],
        ],
      },
    );
  });

  it('shows no before-row rather than failing on a damaged delta', () => {
    expect(applyBeforeDelta({ id: 'a' }, 'not json')).toBeNull();
    expect(applyBeforeDelta({ id: 'a' }, '[1]')).toBeNull();
    expect(applyBeforeDelta('text', '{"set":{},"unset":[]}')).toBeNull();
  });

  it('stores a delta for a change, the whole row for a deletion, nothing for a creation', () => {
    const before = row({ id: 'a', title: 'Old' });
    const after = row({ id: 'a', title: 'New' });
    expect(storedBefore({ before: null, after })).toEqual({ before: null, before_delta: null });
    expect(storedBefore({ before, after: null })).toEqual({
      before: JSON.stringify(before),
      before_delta: null,
    });
    expect(storedBefore({ before, after })).toEqual({
      before: null,
      before_delta: JSON.stringify({ set: { title: 'Old' }, unset: [] }),
    });
  });
});

describe('migration 0011_audit_delta', () => {
  let db: Kysely<Database> | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  it('keeps audit rows written before it readable, whole, beside rows written after it', async () => {
    db = openSqlite(':memory:');
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0010_member_job');
    if (error) throw error;
    const log = (mutationID: number, seq: number) => ({
      client_id: 'c1',
      mutation_id: mutationID,
      member_id: 'm1',
      device_id: 'd1',
      name: 'signature.update',
      args: JSON.stringify({ id: 's1' }),
      at: '2024-07-26T17:00:00.000Z',
      status: 'applied' as const,
      reason: null,
      version: seq,
      logged_at: '2024-07-26T17:00:01.000Z',
      target_kind: 'signature',
      target_id: 's1',
      seq,
    });
    const v1 = { id: 's1', title: 'The roar', note: 'from the roof' };
    const v2 = { id: 's1', title: 'The crowd', note: 'from the roof' };
    const v3 = { id: 's1', title: 'The crowd', partner: 'Louvre' };
    // Written by a server before 0011: the whole before-row, and no delta column yet.
    await db.insertInto('mutation_log').values(log(1, 1)).execute();
    await db
      .insertInto('mutation_changes')
      .values({
        client_id: 'c1',
        mutation_id: 1,
        seq: 0,
        kind: 'signature',
        entity_id: 's1',
        before: JSON.stringify(v1),
        after: JSON.stringify(v2),
      })
      .execute();
    await migrateToLatest(db);
    // Written after 0011, as the flush writes it.
    await db.insertInto('mutation_log').values(log(2, 2)).execute();
    await db
      .insertInto('mutation_changes')
      .values({
        client_id: 'c1',
        mutation_id: 2,
        seq: 0,
        kind: 'signature',
        entity_id: 's1',
        ...storedBefore({ before: row(v2), after: row(v3) }),
        after: JSON.stringify(v3),
      })
      .execute();

    const entries = await queryAudit(db, { kind: 'signature', id: 's1', limit: 10 });
    expect(entries.map((e) => e.changes)).toEqual([
      [{ kind: 'signature', id: 's1', before: v2, after: v3 }],
      [{ kind: 'signature', id: 's1', before: v1, after: v2 }],
    ]);
  });
});
