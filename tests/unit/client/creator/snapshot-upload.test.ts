// The snapshot queue and its uploads: once each, in turn, with backoff; space back once uploaded; taps before photos.
import { describe, expect, it, vi } from 'vitest';
import { makeRoomWith, PreviewQuotaError } from '../../../../src/client/storage/previews.ts';
import { createMemoryPreviewStore } from '../../../../src/client/storage/previews-memory.ts';
import { createPreviewStore } from '../../../../src/client/storage/previews.ts';
import { memoryRows, memorySpace } from '../../../../src/client/storage/previews-memory.ts';
import { snapshotBudget } from '../../../../src/client/storage/budget.ts';
import { uploadDueSnapshots } from '../../../../src/client/sync/snapshot-upload.ts';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const SIGNATURE = '00000000-0000-4000-8000-0000000000ff';
const snap = (n: number, size = 10) => ({
  previewId: id(n),
  signatureId: SIGNATURE,
  bytes: new Uint8Array(size).fill(n).buffer,
  type: 'image/jpeg',
  createdAt: `2024-08-04T19:0${n}:00Z`,
});
const json = (status: number, body: object = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });
const NOW = new Date('2024-08-04T20:00:00Z');
const opts = (fetcher: unknown, now = () => NOW) => ({
  deviceToken: 'tok',
  fetcher: fetcher as typeof fetch,
  now,
  locks: null,
  random: () => 0.5,
});

describe('the snapshot queue', () => {
  it('uploads each snapshot once, oldest first, and removes its bytes once the server has it', async () => {
    const store = createMemoryPreviewStore();
    await store.add(snap(2));
    await store.add(snap(1));
    const fetcher = vi.fn(async () => json(201));
    const pass = await uploadDueSnapshots(store, opts(fetcher));
    expect(pass).toMatchObject({ uploaded: 2, refused: 0, signedOut: false, nextAttemptAt: null });
    const urls = fetcher.mock.calls.map((c) => (c as unknown as [string])[0]);
    expect(urls).toEqual([
      `/api/previews/${id(1)}?signature=${SIGNATURE}`,
      `/api/previews/${id(2)}?signature=${SIGNATURE}`,
    ]);
    const [, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({
      method: 'PUT',
      headers: { authorization: 'Bearer tok', 'content-type': 'image/jpeg' },
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    await uploadDueSnapshots(store, opts(fetcher));
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(await store.get(id(1))).toMatchObject({ state: 'uploaded', uploadedAt: NOW.toISOString() });
    expect(await store.bytes(id(1))).toBeUndefined();
  });

  it('gives the space back: a phone full of snapshots has room again once they are uploaded', async () => {
    const store = createMemoryPreviewStore({ quotaBytes: 25 });
    await store.add(snap(1));
    await store.add(snap(2));
    await expect(store.add(snap(3))).rejects.toMatchObject({ name: 'PreviewQuotaError', kind: 'full' });
    await uploadDueSnapshots(
      store,
      opts(async () => json(200)),
    );
    await store.add(snap(3));
    expect((await store.due(NOW)).map((p) => p.previewId)).toEqual([id(3)]);
  });

  it('waits with backoff when offline or timed out, the younger ones behind, and never rejects', async () => {
    const store = createMemoryPreviewStore();
    await store.add(snap(1));
    await store.add(snap(2));
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const pass = await uploadDueSnapshots(store, opts(down));
    // Offline: the first failure stops the pass (the second would fail too).
    expect(down).toHaveBeenCalledTimes(1);
    expect(await store.get(id(1))).toMatchObject({ state: 'waiting', attempts: 1, retryCode: 'offline' });
    expect(pass.nextAttemptAt).toBeGreaterThan(NOW.getTime());
    // In turn: until the oldest's retry time nothing is due.
    expect(await store.due(NOW)).toEqual([]);
    const soon = new Date(pass.nextAttemptAt!);
    const timeout = vi.fn(async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    await expect(
      uploadDueSnapshots(
        store,
        opts(timeout, () => soon),
      ),
    ).resolves.toMatchObject({ uploaded: 0 });
    expect(await store.get(id(1))).toMatchObject({ retryCode: 'timeout', attempts: 2 });
    const later = new Date(NOW.getTime() + 120_000);
    const ok = vi.fn(async () => json(201));
    expect(
      await uploadDueSnapshots(
        store,
        opts(ok, () => later),
      ),
    ).toMatchObject({ uploaded: 2 });
    expect(ok.mock.calls.map((c) => (c as unknown as [string])[0])).toEqual([
      `/api/previews/${id(1)}?signature=${SIGNATURE}`,
      `/api/previews/${id(2)}?signature=${SIGNATURE}`,
    ]);
  });

  it('holds the queue when the server fails, and honours Retry-After', async () => {
    const store = createMemoryPreviewStore();
    await store.add(snap(1));
    await store.add(snap(2));
    const fetcher = vi.fn(async () => json(503, {}, { 'retry-after': '120' }));
    expect(await uploadDueSnapshots(store, opts(fetcher))).toMatchObject({
      uploaded: 0,
      nextAttemptAt: NOW.getTime() + 120_000,
    });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(await store.get(id(1))).toMatchObject({
      state: 'waiting',
      retryCode: 'server',
      retryAt: new Date(NOW.getTime() + 120_000).toISOString(),
    });
  });

  it('keeps a refused snapshot with a reason code, and stops when signed out', async () => {
    const store = createMemoryPreviewStore();
    await store.add(snap(1));
    await store.add(snap(2));
    const refuse = vi.fn(async () => json(403, { error: 'forbidden', message: 'signature: not assigned' }));
    expect((await uploadDueSnapshots(store, opts(refuse))).refused).toBe(2);
    expect(await store.get(id(1))).toMatchObject({
      state: 'failed',
      refusedCode: 'forbidden',
      refusedReason: 'signature: not assigned',
    });
    const other = createMemoryPreviewStore();
    await other.add(snap(1));
    expect(
      await uploadDueSnapshots(
        other,
        opts(async () => json(401)),
      ),
    ).toMatchObject({ signedOut: true });
    expect((await other.due(NOW)).length).toBe(1);
  });

  it('asks the server about a snapshot whose bytes are gone: uploaded if it has it, else lost', async () => {
    const space = memorySpace(Infinity);
    const store = createPreviewStore({
      rows: memoryRows(),
      bytes: space.bytes,
      reserve: space.reserve(0),
      budget: snapshotBudget(async () => undefined),
    });
    await store.add(snap(1));
    await store.add(snap(2));
    await space.bytes.delete(id(1));
    await space.bytes.delete(id(2));
    const fetcher = vi.fn(async (url: string, init?: RequestInit) => {
      expect(init?.method).toBeUndefined();
      return url.endsWith(id(1)) ? new Response(new Uint8Array([0xff])) : json(404);
    });
    await uploadDueSnapshots(store, opts(fetcher));
    expect(await store.get(id(1))).toMatchObject({ state: 'uploaded' });
    expect(await store.get(id(2))).toMatchObject({ state: 'failed', refusedCode: 'lost' });
  });

  it('survives the phone’s own storage failing mid-pass', async () => {
    const store = createMemoryPreviewStore();
    await store.add(snap(1));
    store.markUploaded = async () => {
      throw Object.assign(new Error('AbortError'), { name: 'AbortError' });
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      uploadDueSnapshots(
        store,
        opts(async () => json(201)),
      ),
    ).resolves.toMatchObject({ uploaded: 0 });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('taps before photos', () => {
  it('keeps a reserve snapshots never use, given back to a tap, then the newest snapshot', async () => {
    const store = createMemoryPreviewStore({ quotaBytes: 40, reserveBytes: 15 });
    await store.add(snap(1));
    await store.add(snap(2));
    // 20 bytes of snapshots + 15 reserved: a third does not fit, although 5 bytes are free.
    await expect(store.add(snap(3))).rejects.toBeInstanceOf(PreviewQuotaError);
    const makeRoom = makeRoomWith(store);
    expect(await makeRoom('sync')).toBe(true); // the reserve
    expect(await makeRoom('sync')).toBe(false); // sync never drops a photo
    expect(await makeRoom('tap')).toBe(true); // a tap may: the newest one goes, said so
    expect(await store.get(id(2))).toMatchObject({ state: 'failed', refusedCode: 'dropped' });
    expect(await store.get(id(1))).toMatchObject({ state: 'waiting' });
    expect(await store.bytes(id(2))).toBeUndefined();
  });

  it('refuses a snapshot over the budget before touching the phone', async () => {
    const store = createMemoryPreviewStore({ capBytes: 15 });
    await store.add(snap(1));
    await expect(store.add(snap(2))).rejects.toMatchObject({ kind: 'budget' });
    expect((await store.list()).map((p) => p.previewId)).toEqual([id(1)]);
  });

  it('narrows the budget to a share of the quota the browser states, when it is reliable', async () => {
    const budget = snapshotBudget(async () => ({ quota: 100 * 1024 * 1024, usage: 10 * 1024 * 1024 }));
    expect(await budget.allows(1024 * 1024, 0)).toBe(true);
    expect(await budget.allows(1024 * 1024, 25 * 1024 * 1024)).toBe(false);
    const unreliable = snapshotBudget(async () => ({ quota: 10, usage: 50 }));
    expect(await unreliable.allows(1024, 0)).toBe(true);
  });
});
