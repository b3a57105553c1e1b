// Backups restore to identical data (SQLite online backup, pg_dump/pg_restore); the plan's JSON export/import.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/server/cli/commands.ts';
import type { OpsContext } from '../../../src/server/cli/ops-commands.ts';
import { runAdmin, runWithoutStore } from '../../../src/server/cli/run.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { openPostgresStore, openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { SQLITE_FILE } from '../../../src/server/db/sqlite.ts';
import { restorePostgres } from '../../../src/server/ops/backup.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { createTestDatabase } from '../../fakes/postgres.ts';
import { everything } from './backup.fixture.ts';
import { access, ids, seededService } from './permissions.fixture.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-backup-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A store with the plan, a device's pushes (applied and rejected) and an open invite. */
async function busy(store: ServerStore) {
  const { as } = await seededService(store);
  await as('planner').push('signature.update', { id: ids.image, title: 'The roar' });
  await as('hugo').push('signature.advance', { id: ids.image, to: 'captured' });
  await createInvite(store, ids.editor);
  cleanups.push(() => store.close());
  return store;
}

function cli(store: ServerStore, extra: Partial<OpsContext> = {}) {
  const lines: string[] = [];
  const ctx: OpsContext = {
    store,
    sync: createSyncService(store, createPoker()),
    publicUrl: 'https://plan.example.org',
    inviteTtlHours: 72,
    out: (l) => lines.push(l),
    ...extra,
  };
  return { ctx, lines, run: (...argv: string[]) => runAdmin(argv, ctx) };
}

describe('backup', () => {
  it('copies a live SQLite database; the copy opens with identical data', async () => {
    const live = await tempDir();
    const store = await busy(await openSqliteStore(live));
    const out = join(await tempDir(), 'backup.sqlite');
    const { run, lines } = cli(store, { dataDir: live });
    await run('backup', '--out', out);
    expect(lines.join('\n')).toContain(out);

    // The server goes on writing after the backup: the copy holds the state at backup time.
    const before = await everything(store);
    const after = await createSyncService(store, createPoker()).applyAsSystem(
      [{ name: 'moment.drop', args: { id: ids.surf } }],
      { memberId: ids.admin, role: 'admin' },
    );
    expect(after.results[0]?.outcome).toBe('applied');

    const restored = await tempDir();
    await mkdir(restored, { recursive: true });
    await copyFile(out, join(restored, SQLITE_FILE));
    const copy = await openSqliteStore(restored);
    cleanups.push(() => copy.close());
    expect(await everything(copy)).toEqual(before);
  });

  it('dumps a live PostgreSQL database with pg_dump; pg_restore gives identical data', async () => {
    const source = await createTestDatabase('pdj_backup');
    const target = await createTestDatabase('pdj_restore');
    cleanups.push(
      () => source.drop(),
      () => target.drop(),
    );
    const store = await busy(await openPostgresStore(source.url));
    const out = join(await tempDir(), 'backup.dump');
    await cli(store, { databaseUrl: source.url }).run('backup', '--out', out);
    await restorePostgres(target.url, out);
    const copy = await openPostgresStore(target.url);
    cleanups.push(() => copy.close());
    expect(await everything(copy)).toEqual(await everything(store));
  });

  it('backs up from the command line without opening the store (no start checks over the file)', async () => {
    const live = await tempDir();
    const store = await busy(await openSqliteStore(live));
    const out = join(await tempDir(), 'backup.sqlite');
    const lines: string[] = [];
    const ctx = { dataDir: live, out: (l: string) => lines.push(l) };
    expect(await runWithoutStore(['backup', '--out', out], ctx)).toBe(true);
    expect(lines.join('\n')).toContain(`backup written to ${out}`);
    // The copy is ours (application id kept by VACUUM INTO) and whole.
    const restored = await tempDir();
    await copyFile(out, join(restored, SQLITE_FILE));
    const copy = await openSqliteStore(restored);
    cleanups.push(() => copy.close());
    expect(await everything(copy)).toEqual(await everything(store));
    expect(await runWithoutStore(['members'], ctx)).toBe(false);
  });

  it('says what is missing', async () => {
    const store = await openSqliteStore(':memory:');
    cleanups.push(() => store.close());
    await expect(cli(store).run('backup')).rejects.toThrow(UsageError);
    await expect(cli(store, { dataDir: await tempDir() }).run('backup', '--out', 'x')).rejects.toThrow(
      /no database/,
    );
  });
});

describe('export and import of the plan', () => {
  it('round-trips the whole plan into an empty server, in one version, and audits it', async () => {
    const source = await busy(await openSqliteStore(':memory:'));
    const file = join(await tempDir(), 'plan.json');
    await cli(source).run('export', '--out', file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json.rows.access[0]).toMatchObject({ contactPhone: access.contactPhone });
    expect(JSON.stringify(json)).not.toMatch(/token|device/i);

    const target = await openSqliteStore(':memory:');
    cleanups.push(() => target.close());
    const { run, lines } = cli(target);
    await run('import', '--in', file);
    expect(lines.join('\n')).toMatch(/rows written, 0 removed, version 1/);
    expect((await everything(target)).entities).toEqual((await everything(source)).entities);
    expect((await target.mutationLog())[0]).toMatchObject({
      name: 'admin.import',
      status: 'applied',
      version: 1,
    });
  });

  it('imports nothing from a file with one bad row, and names it', async () => {
    const source = await busy(await openSqliteStore(':memory:'));
    const file = join(await tempDir(), 'plan.json');
    await cli(source).run('export', '--out', file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.rows.access[0].contactPhone = '9'.repeat(500);
    await writeFile(file, JSON.stringify(json));

    const target = await openSqliteStore(':memory:');
    cleanups.push(() => target.close());
    await expect(cli(target).run('import', '--in', file)).rejects.toThrow(/rows\.access\.0\.contactPhone/);
    expect(await target.version()).toBe(0);
    expect(await target.listEntities('venue')).toEqual([]);
    await writeFile(file, '{"format": "plan-de-jeu/plan", ');
    await expect(cli(target).run('import', '--in', file)).rejects.toThrow(/cannot read .* as JSON/);
  });

  it('refuses to overwrite a plan unless --replace, which removes what the file lacks', async () => {
    const source = await busy(await openSqliteStore(':memory:'));
    const file = join(await tempDir(), 'plan.json');
    await cli(source).run('export', '--out', file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.rows.venue = json.rows.venue.filter((v: { id: string }) => v.id === ids.stade);
    json.rows.session = [];
    json.rows.moment = json.rows.moment.filter((m: { venueId: string }) => m.venueId === ids.stade);
    json.rows.signature = json.rows.signature.filter((s: { momentId: string }) => s.momentId === ids.m100);
    json.rows.assignment = json.rows.assignment.filter((a: { momentId: string }) => a.momentId === ids.m100);
    await writeFile(file, JSON.stringify(json));

    const version = await source.version();
    await expect(cli(source).run('import', '--in', file)).rejects.toThrow(/--replace/);
    expect(await source.version()).toBe(version);
    await cli(source).run('import', '--in', file, '--replace');
    expect((await source.listEntities('venue')).map((v) => v.id)).toEqual([ids.stade]);
    expect(await source.getEntity('moment', ids.surf)).toBeUndefined();
    const pull = await source.pullSnapshot('any', version, 0);
    expect(pull.changes.find((c) => c.id === ids.surf)).toMatchObject({ value: null });
  });
});
