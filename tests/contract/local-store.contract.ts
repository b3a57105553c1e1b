// The LocalStore contract: one suite every adapter (Dexie, memory) must pass.
import { describe, expect, it, vi } from 'vitest';
import type { LiveLocalStore } from '../../src/client/storage/table-store.ts';
import { InvalidMutationError } from '../../src/client/storage/table-store.ts';
import type { MakeRoom } from '../../src/client/storage/errors.ts';
import { StorageFullError } from '../../src/client/storage/errors.ts';
import { PULL_CHUNK_ROWS } from '../../src/client/storage/rebase.ts';
import { actors, firstPull, ids, imageRow, member, newIds } from './local-store.fixtures.ts';

export interface LocalStoreFactory {
  /** A fresh, empty store (a new database). */
  create(): Promise<LiveLocalStore>;
  /** Closes `store` and opens the same database again; only adapters that persist provide it. */
  reopen?(store: LiveLocalStore): Promise<LiveLocalStore>;
  /**
   * A fresh store on a "full phone": a write to a table for which `refuse` returns true fails
   * with the browser's QuotaExceededError; `makeRoom` is the store's space keeper.
   */
  createFull(refuse: (table: Table) => boolean, makeRoom?: MakeRoom): Promise<LiveLocalStore>;
}

export type Table = 'base' | 'view' | 'outbox' | 'rejections' | 'meta';

export function runLocalStoreContract(name: string, factory: LocalStoreFactory): void {
  describe(`LocalStore contract: ${name}`, () => {
    const admin = actors.admin;

    it('starts empty with its own clientID', async () => {
      const store = await factory.create();
      const meta = await store.getMeta();
      expect(meta).toMatchObject({ cookie: null, ackedMutationID: 0, nextMutationID: 1, session: null });
      expect(meta.clientID).toMatch(/^[0-9a-f-]{36}$/);
      expect((await factory.create().then((s) => s.getMeta())).clientID).not.toBe(meta.clientID);
      expect(await store.list('member')).toEqual([]);
    });

    it('[R5] applies a mutation to the view at once and queues it', async () => {
      const store = await factory.create();
      const result = await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      expect(result).toEqual({ mutationID: 1 });
      expect(await store.get('member', newIds.ana)).toEqual(member(newIds.ana, 'Ana'));
      const [pending] = await store.pending(10);
      expect(pending).toMatchObject({ id: 1, name: 'member.put', args: member(newIds.ana, 'Ana') });
      expect(pending!.clientID).toBe((await store.getMeta()).clientID);
      expect(pending!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('[R1] numbers the outbox 1, 2, 3 and pages it in order', async () => {
      const store = await factory.create();
      for (const [id, n] of [
        [newIds.ana, 'Ana'],
        [newIds.ben, 'Ben'],
        [newIds.cleo, 'Cléo'],
      ] as const) {
        await store.mutate('member.put', member(id, n), admin);
      }
      expect((await store.pending(10)).map((m) => m.id)).toEqual([1, 2, 3]);
      expect((await store.pending(2)).map((m) => m.id)).toEqual([1, 2]);
      expect((await store.pending(10, 1)).map((m) => m.id)).toEqual([2, 3]);
      expect((await store.getMeta()).nextMutationID).toBe(4);
      expect((await store.list('member')).map((m) => m.name)).toEqual(['Ana', 'Ben', 'Cléo']);
    });

    it('throws on invalid arguments and queues nothing', async () => {
      const store = await factory.create();
      const bad = { ...member(newIds.ana, 'Ana'), id: 'not-a-uuid' };
      await expect(store.mutate('member.put', bad, admin)).rejects.toThrow(/id: must be a UUID/);
      await expect(store.mutate('member.put', bad, admin)).rejects.toBeInstanceOf(InvalidMutationError);
      await expect(store.mutate('nope' as 'member.put', bad, admin)).rejects.toThrow(/unknown mutation nope/);
      expect(await store.pending(10)).toEqual([]);
      expect((await store.getMeta()).nextMutationID).toBe(1);
    });

    it('[R5] queues a change the rules refuse here, with the local reason, and leaves the view alone', async () => {
      const store = await factory.create();
      const result = await store.mutate('member.put', member(newIds.ana, 'Ana'), actors.lea);
      expect(result.refusal).toEqual({ code: 'role_forbidden', params: { role: 'creator' } });
      expect(result.localRejection).toEqual(expect.any(String));
      expect(await store.get('member', newIds.ana)).toBeUndefined();
      const [pending] = await store.pending(10);
      expect(pending).toMatchObject({ id: 1, localRejection: expect.stringMatching(/may not/) });
    });

    it('[R1] [R5] applies a first pull (clear + rows) and drops acknowledged mutations', async () => {
      const store = await factory.create();
      await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      await store.mutate('member.put', member(newIds.ben, 'Ben'), admin);
      const pull = await firstPull(10, 1);
      pull.patch.push({
        op: 'put',
        kind: 'member',
        id: newIds.ana,
        value: member(newIds.ana, 'Ana (server)'),
      });
      await store.applyPull(pull, admin);
      expect((await store.pending(10)).map((m) => m.id)).toEqual([2]);
      expect((await store.get('member', newIds.ana))?.name).toBe('Ana (server)');
      expect((await store.get('member', newIds.ben))?.name).toBe('Ben');
      expect(await store.get('signature', ids.image)).toMatchObject({ status: 'planned' });
      const meta = await store.getMeta();
      expect(meta).toMatchObject({ cookie: 10, ackedMutationID: 1, nextMutationID: 3 });
      expect(meta.lastSyncAt).not.toBeNull();
    });

    it('[R5] rebases pending changes on top of a conflicting patch', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), actors.lea);
      await store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
      await store.mutate('signature.note', { id: ids.image, note: 'behind the barrier' }, actors.lea);
      expect(await store.get('signature', ids.image)).toMatchObject({ status: 'in-position' });
      // Meanwhile another creator's "captured" reached the server first.
      const captured = await imageRow({ status: 'captured', capturedBy: ids.hugo, title: 'Renamed' });
      await store.applyPull({ cookie: 11, lastMutationID: 0, patch: [captured], rejected: [] }, actors.lea);
      // A late "in-position" does not move it back; the pending note is replayed on top.
      expect(await store.get('signature', ids.image)).toMatchObject({
        status: 'captured',
        title: 'Renamed',
        note: 'behind the barrier',
      });
      expect((await store.pending(10)).map((m) => m.id)).toEqual([1, 2]);
      // Once both are acknowledged the view is the base again.
      await store.applyPull({ cookie: 12, lastMutationID: 2, patch: [], rejected: [] }, actors.lea);
      expect(await store.get('signature', ids.image)).toMatchObject({ note: '' });
    });

    it('[R5] shows its base and outbox apart through layers(), the view being base + replay(outbox)', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), actors.lea);
      await store.mutate('signature.note', { id: ids.image, note: 'behind the barrier' }, actors.lea);
      const baseImage = (l: Awaited<ReturnType<typeof store.layers>>) =>
        l.base.find((r) => r.kind === 'signature' && r.id === ids.image)?.value;
      const pending = await store.layers();
      expect(pending.cookie).toBe(10);
      expect(pending.outbox).toEqual(await store.pending(10));
      expect(pending.outbox.map((m) => [m.id, m.name])).toEqual([[1, 'signature.note']]);
      // The base keeps the server's row; only the view shows the pending note.
      expect(baseImage(pending)).toMatchObject({ id: ids.image, note: '' });
      expect(await store.get('signature', ids.image)).toMatchObject({ note: 'behind the barrier' });
      const rows = async () => (await store.layers()).base.length;
      const before = await rows();
      await store.applyPull({ cookie: 11, lastMutationID: 1, patch: [], rejected: [] }, actors.lea);
      const acked = await store.layers();
      expect([acked.cookie, acked.outbox, await rows()]).toEqual([11, [], before]);
      expect(baseImage(acked)).toMatchObject({ note: '' });
    });

    it('counts the outbox and names the rows it targets, live, until the server acknowledges them', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), actors.lea);
      const counts: number[] = [];
      const targets: string[][] = [];
      const subs = [
        store.observe(() => store.pendingCount()).subscribe((n) => counts.push(n)),
        store.observe(() => store.pendingTargets()).subscribe((t) => targets.push(t)),
      ];
      await waitFor(() => counts.length === 1 && targets.length === 1);
      expect([counts[0], targets[0]]).toEqual([0, []]);
      await store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
      await store.mutate('signature.note', { id: ids.image, note: 'behind the barrier' }, actors.lea);
      // Refused here (a creator cannot edit the team) but queued all the same: it waits too.
      await store.mutate('member.put', member(newIds.ana, 'Ana'), actors.lea);
      const both = [ids.image, newIds.ana].sort();
      expect(await store.pendingCount()).toBe(3);
      expect(await store.pendingTargets()).toEqual(both);
      await waitFor(() => counts.at(-1) === 3 && targets.at(-1)?.length === 2);
      expect(targets.at(-1)).toEqual(both);
      // The two image changes acknowledged: only Ana's row still waits.
      await store.applyPull({ cookie: 11, lastMutationID: 2, patch: [], rejected: [] }, actors.lea);
      await waitFor(() => counts.at(-1) === 1);
      await waitFor(() => targets.at(-1)?.length === 1);
      expect(targets.at(-1)).toEqual([newIds.ana]);
      await store.applyPull({ cookie: 12, lastMutationID: 3, patch: [], rejected: [] }, actors.lea);
      await waitFor(() => counts.at(-1) === 0 && targets.at(-1)?.length === 0);
      for (const sub of subs) sub.unsubscribe();
      expect(await store.pending(10)).toEqual([]);
    });

    it('[R4] keeps rejections with their reason, once, until dismissed', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      const [sent] = await store.pending(1);
      const rejection = {
        id: 1,
        name: sent!.name,
        args: sent!.args,
        at: sent!.at,
        reason: 'a planner may not',
      };
      const response = { cookie: 11, lastMutationID: 1, patch: [], rejected: [rejection] };
      await store.applyPull(response, admin);
      expect(await store.pending(10)).toEqual([]);
      expect(await store.get('member', newIds.ana)).toBeUndefined();
      const [kept] = await store.rejections();
      expect(kept).toMatchObject({ id: 1, name: 'member.put', reason: 'a planner may not' });
      expect(kept!.receivedAt).toMatch(/^\d{4}-/);
      await store.applyPull(response, admin); // delivered twice
      expect(await store.rejections()).toHaveLength(1);
      await store.dismissRejection(1);
      await store.applyPull(response, admin);
      expect(await store.rejections()).toEqual([]);
    });

    it('reads a day, a moment, a member and a spot through listWhere, pending changes included', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      const ids2 = (rows: { id: string }[]) => rows.map((r) => r.id);
      expect(ids2(await store.listWhere('moment', 'day', ['2024-08-04']))).toEqual([ids.m100]);
      expect(await store.listWhere('moment', 'day', ['2024-08-05'])).toEqual([]);
      expect(ids2(await store.listWhere('signature', 'momentId', [ids.m100, ids.surf]))).toEqual([ids.image]);
      expect(ids2(await store.listWhere('spot', 'momentId', [ids.m100]))).toEqual([ids.spot]);
      expect(ids2(await store.listWhere('assignment', 'memberId', [ids.lea]))).toEqual([ids.assignment]);
      expect(await store.listWhere('assignment', 'memberId', [ids.hugo])).toEqual([]);
      expect(await store.listWhere('signature', 'momentId', [])).toEqual([]);
      // The view (base + outbox): a pending change is seen, and a row moved off the value leaves.
      await store.mutate(
        'assignment.create',
        { id: newIds.ana, memberId: ids.hugo, momentId: ids.m100, spotId: ids.spot, note: '' },
        actors.planner,
      );
      expect(ids2(await store.listWhere('assignment', 'memberId', [ids.hugo]))).toEqual([newIds.ana]);
      expect(ids2(await store.listWhere('assignment', 'momentId', [ids.m100]))).toEqual([
        ids.assignment,
        newIds.ana,
      ]);
      expect(ids2(await store.getMany('moment', [ids.m100, ids.m100, newIds.ben]))).toEqual([ids.m100]);
    });

    it('reads together in one read transaction what each read gives alone', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      await store.mutate('signature.note', { id: ids.image, note: 'gate C' }, actors.lea);
      const reads = async () => {
        const [members, moments, images, pending, rejections, meta] = await Promise.all([
          store.list('member'),
          store.listWhere('moment', 'day', ['2024-08-04']),
          store.getMany('signature', [ids.image]),
          store.pending(10),
          store.rejections(),
          store.getMeta(),
        ]);
        // A read that depends on an earlier one, as "my day" makes them.
        const spots = await store.listWhere(
          'spot',
          'momentId',
          moments.map((m) => m.id),
        );
        return { members, moments, images, pending, rejections, meta, spots };
      };
      const together = await store.readTogether(reads);
      expect(together).toEqual(await reads());
      expect(together.images[0]?.note).toBe('gate C');
      expect(together.pending).toHaveLength(1);
      expect(together.spots.map((s) => s.id)).toEqual([ids.spot]);
    });

    it('applies deletes, and clear forgets rows the server no longer has', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      const del = { op: 'del' as const, kind: 'assignment' as const, id: ids.assignment };
      await store.applyPull({ cookie: 11, lastMutationID: 0, patch: [del], rejected: [] }, admin);
      expect(await store.list('assignment')).toEqual([]);
      await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      const only = {
        op: 'put' as const,
        kind: 'member' as const,
        id: ids.lea,
        value: member(ids.lea, 'Léa'),
      };
      await store.applyPull(
        { cookie: 3, lastMutationID: 0, patch: [{ op: 'clear' }, only], rejected: [] },
        admin,
      );
      expect((await store.list('member')).map((m) => m.name).sort()).toEqual(['Ana', 'Léa']);
      expect(await store.list('signature')).toEqual([]);
      expect((await store.getMeta()).cookie).toBe(3);
    });

    it('[R5] ignores a pull older than its base (a reordered delivery)', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      const stale = {
        op: 'put' as const,
        kind: 'member' as const,
        id: ids.lea,
        value: member(ids.lea, 'Old'),
      };
      await store.applyPull({ cookie: 9, lastMutationID: 0, patch: [stale], rejected: [] }, admin);
      expect((await store.get('member', ids.lea))?.name).toBe('Léa');
      expect((await store.getMeta()).cookie).toBe(10);
    });

    it('[R5] refuses an invalid row from the server and changes nothing', async () => {
      const store = await factory.create();
      await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      const bad = { op: 'put' as const, kind: 'member' as const, id: newIds.ben, value: { id: newIds.ben } };
      const response = { cookie: 5, lastMutationID: 1, patch: [bad], rejected: [] };
      await expect(store.applyPull(response, admin)).rejects.toThrow(/invalid member .*name/);
      expect((await store.pending(10)).map((m) => m.id)).toEqual([1]);
      expect((await store.getMeta()).cookie).toBeNull();
    });

    it('[R5] applies a patch larger than one chunk as one pull would, pending changes replayed on top', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      await store.mutate('member.put', member(newIds.ana, 'Ana (phone)'), admin);
      const many = Array.from({ length: PULL_CHUNK_ROWS * 2 + 17 }, (_, i) => {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        return { op: 'put' as const, kind: 'member' as const, id, value: member(id, `M${i}`) };
      });
      const ana = {
        op: 'put' as const,
        kind: 'member' as const,
        id: newIds.ana,
        value: member(newIds.ana, 'Ana'),
      };
      await store.applyPull({ cookie: 11, lastMutationID: 0, patch: [...many, ana], rejected: [] }, admin);
      const names = new Set((await store.list('member')).map((m) => m.name));
      expect(names.size).toBeGreaterThanOrEqual(many.length + 1);
      expect(names.has(`M${many.length - 1}`)).toBe(true);
      // The pending change still wins over the server's row until it is acknowledged.
      expect((await store.get('member', newIds.ana))?.name).toBe('Ana (phone)');
      await store.applyPull({ cookie: 12, lastMutationID: 1, patch: [], rejected: [] }, admin);
      expect((await store.get('member', newIds.ana))?.name).toBe('Ana');
      expect((await store.getMeta()).cookie).toBe(12);
    });

    it('[R5] lands the last operation of a row written twice in one chunk (bulk writes)', async () => {
      const store = await factory.create();
      await store.applyPull(await firstPull(10, 0), admin);
      const [a, b] = ['00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000a002'];
      const put = (id: string, name: string) =>
        ({ op: 'put', kind: 'member', id, value: member(id, name) }) as const;
      const del = (id: string) => ({ op: 'del', kind: 'member', id }) as const;
      const patch = [put(a, 'A1'), put(b, 'B1'), del(a), put(b, 'B2'), del(b), put(b, 'B3')];
      await store.applyPull({ cookie: 11, lastMutationID: 0, patch, rejected: [] }, admin);
      expect(await store.get('member', a)).toBeUndefined();
      expect((await store.get('member', b))?.name).toBe('B3');
      // The base agrees: a later change replayed on it sees the same rows.
      const layers = await store.layers();
      expect(layers.base.some((r) => r.id === a)).toBe(false);
      expect(layers.base.find((r) => r.id === b)?.value).toMatchObject({ name: 'B3' });
    });

    it('on a phone whose view cannot grow, still drops acknowledged changes and keeps what the user sees', async () => {
      let viewFull = false;
      const store = await factory.createFull((table) => viewFull && (table === 'base' || table === 'view'));
      await store.applyPull(await firstPull(10, 0), actors.lea);
      await store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
      await store.mutate('signature.note', { id: ids.image, note: 'gate C' }, actors.lea);
      viewFull = true;
      const applied = await imageRow({ status: 'in-position', statusBy: ids.lea, note: 'gate C' });
      const response = { cookie: 11, lastMutationID: 2, patch: [applied], rejected: [] };
      await expect(store.applyPull(response, actors.lea)).rejects.toBeInstanceOf(StorageFullError);
      // Acknowledged although the patch could not be stored: the outbox is empty, nothing is sent twice.
      expect(await store.pending(10)).toEqual([]);
      expect(await store.getMeta()).toMatchObject({ ackedMutationID: 2, cookie: 10 });
      expect(await store.get('signature', ids.image)).toMatchObject({
        status: 'in-position',
        note: 'gate C',
      });
      // Room again: the same answer is stored and the view is the server's.
      viewFull = false;
      await store.applyPull(response, actors.lea);
      expect(await store.getMeta()).toMatchObject({ ackedMutationID: 2, cookie: 11 });
      expect(await store.get('signature', ids.image)).toMatchObject({
        status: 'in-position',
        note: 'gate C',
      });
    });

    it('resets a rejected change acknowledged on a full phone once the patch is stored', async () => {
      let viewFull = false;
      const store = await factory.createFull((table) => viewFull && (table === 'base' || table === 'view'));
      await store.applyPull(await firstPull(10, 0), actors.lea);
      await store.mutate('signature.note', { id: ids.image, note: 'refused' }, actors.lea);
      const [sent] = await store.pending(1);
      const rejection = { id: 1, name: sent!.name, args: sent!.args, at: sent!.at, reason: 'not assigned' };
      viewFull = true;
      const other = {
        op: 'put' as const,
        kind: 'member' as const,
        id: newIds.ana,
        value: member(newIds.ana, 'Ana'),
      };
      const response = { cookie: 11, lastMutationID: 1, patch: [other], rejected: [rejection] };
      await expect(store.applyPull(response, actors.lea)).rejects.toBeInstanceOf(StorageFullError);
      expect(await store.rejections()).toHaveLength(1);
      viewFull = false;
      await store.applyPull(response, actors.lea);
      expect(await store.get('signature', ids.image)).toMatchObject({ note: '' });
      expect((await store.get('member', newIds.ana))?.name).toBe('Ana');
    });

    it('[R5] asks for a whole new pull when a clear was cut short', async () => {
      let puts = 0;
      let limit = Infinity;
      const store = await factory.createFull((table) => table === 'base' && ++puts > limit);
      await store.applyPull(await firstPull(10, 0), admin);
      // A pull chunk lands in base as one bulk write: the clear's first chunk lands, the second is refused.
      limit = puts + 1;
      const rows = Array.from({ length: PULL_CHUNK_ROWS * 2 }, (_, i) => {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        return { op: 'put' as const, kind: 'member' as const, id, value: member(id, `M${i}`) };
      });
      const response = {
        cookie: 20,
        lastMutationID: 0,
        patch: [{ op: 'clear' as const }, ...rows],
        rejected: [],
      };
      await expect(store.applyPull(response, admin)).rejects.toBeInstanceOf(StorageFullError);
      expect((await store.getMeta()).cookie).toBeNull();
      limit = Infinity;
      await store.applyPull(response, admin);
      expect((await store.list('member')).length).toBe(rows.length);
      expect(await store.list('signature')).toEqual([]);
      expect((await store.getMeta()).cookie).toBe(20);
    });

    it('makes room for a tap on a full phone, and refuses it whole when no room can be made', async () => {
      let full = true;
      const asked: string[] = [];
      const makeRoom: MakeRoom = async (purpose) => {
        asked.push(purpose);
        const freed = full && asked.length === 1;
        if (freed) full = false;
        return freed;
      };
      const store = await factory.createFull(() => full, makeRoom);
      expect(await store.mutate('member.put', member(newIds.ana, 'Ana'), admin)).toEqual({ mutationID: 1 });
      expect(asked).toEqual(['tap']);
      expect((await store.get('member', newIds.ana))?.name).toBe('Ana');
      full = true;
      const refused = store.mutate('member.put', member(newIds.ben, 'Ben'), admin);
      await expect(refused).rejects.toBeInstanceOf(StorageFullError);
      expect((await store.pending(10)).map((m) => m.id)).toEqual([1]);
      expect(await store.get('member', newIds.ben)).toBeUndefined();
      full = false;
      expect(await store.mutate('member.put', member(newIds.ben, 'Ben'), admin)).toEqual({ mutationID: 2 });
    });

    it('stores the session in meta', async () => {
      const store = await factory.create();
      const session = { deviceToken: 't', deviceId: ids.spot, member: { ...admin, name: 'Admin' } };
      await store.setSession(session);
      expect((await store.getMeta()).session).toEqual(session);
      await store.setSession(null);
      expect((await store.getMeta()).session).toBeNull();
    });

    it('tells observers and mutate listeners about changes', async () => {
      const store = await factory.create();
      const seen: string[][] = [];
      const mutated: number[] = [];
      store.onMutate((id) => mutated.push(id));
      const sub = store
        .observe(() => store.list('member'))
        .subscribe((rows) => seen.push(rows.map((r) => r.name)));
      await waitFor(() => seen.length === 1);
      await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
      await waitFor(() => seen.some((names) => names.includes('Ana')));
      await store.applyPull(await firstPull(10, 1), admin);
      await waitFor(() => seen.some((names) => names.includes('Léa')));
      sub.unsubscribe();
      expect(mutated).toEqual([1]);
    });

    it('re-runs a live query made of reads together after a tap and after a pull', async () => {
      const store = await factory.create();
      const seen: string[][] = [];
      const sub = store
        .observe(() =>
          store.readTogether(async () => [
            ...(await store.listWhere('signature', 'momentId', [ids.m100])).map((s) => s.status),
            ...(await store.pendingTargets()),
          ]),
        )
        .subscribe((value) => seen.push(value));
      await waitFor(() => seen.length === 1);
      await store.applyPull(await firstPull(10, 0), actors.lea);
      await waitFor(() => seen.at(-1)?.[0] === 'planned');
      await store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
      await waitFor(() => seen.at(-1)?.join() === ['in-position', ids.image].join());
      sub.unsubscribe();
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('keeps view, outbox, rejections and meta across a reopen', async () => {
        const store = await factory.create();
        await store.applyPull(await firstPull(10, 0), admin);
        await store.mutate('member.put', member(newIds.ana, 'Ana'), admin);
        const before = await store.getMeta();
        const again = await reopen(store);
        expect(await again.getMeta()).toEqual(before);
        expect((await again.get('member', newIds.ana))?.name).toBe('Ana');
        expect((await again.pending(10)).map((m) => m.id)).toEqual([1]);
        expect(await again.mutate('member.put', member(newIds.ben, 'Ben'), admin)).toEqual({ mutationID: 2 });
      });
    }
  });
}

/** Waits (vi.waitFor) until `condition` holds. */
async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  await vi.waitFor(
    () => {
      if (!condition()) throw new Error('condition not met in time');
    },
    { timeout: timeoutMs, interval: 5 },
  );
}
