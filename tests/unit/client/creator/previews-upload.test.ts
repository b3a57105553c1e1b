// Uploading the phone's snapshots: once each, kept when offline, refused ones kept with the reason, quota errors clear.
import { describe, expect, it, vi } from 'vitest';
import { createMemoryPreviewStore, PreviewQuotaError } from '../../../../src/client/storage/previews.ts';
import { uploadPendingPreviews } from '../../../../src/client/storage/previews-upload.ts';

const preview = (n: number, size = 10) => ({
  previewId: `00000000-0000-4000-8000-00000000000${n}`,
  signatureId: '00000000-0000-4000-8000-0000000000ff',
  bytes: new Uint8Array(size).buffer,
  type: 'image/jpeg',
  createdAt: `2024-08-04T19:0${n}:00Z`,
});
const json = (status: number, body: object) => new Response(JSON.stringify(body), { status });

describe('uploadPendingPreviews', () => {
  it('sends each waiting snapshot with the device token, then never again', async () => {
    const store = createMemoryPreviewStore();
    await store.put(preview(1));
    await store.put(preview(2));
    const fetcher = vi.fn(async () => json(201, {}));
    const outcome = await uploadPendingPreviews(store, { deviceToken: 'tok', fetcher: fetcher as never });
    expect(outcome).toMatchObject({ uploaded: 2, retryLater: false });
    expect(fetcher).toHaveBeenCalledTimes(2);
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/previews/${preview(1).previewId}?signature=${preview(1).signatureId}`);
    expect(init).toMatchObject({
      method: 'PUT',
      headers: { authorization: 'Bearer tok', 'content-type': 'image/jpeg' },
    });
    await uploadPendingPreviews(store, { deviceToken: 'tok', fetcher: fetcher as never });
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect((await store.get(preview(1).previewId))?.uploadedAt).toBeDefined();
  });

  it('keeps everything when the network is down or the server fails, and stops on 401', async () => {
    const store = createMemoryPreviewStore();
    await store.put(preview(1));
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await uploadPendingPreviews(store, { deviceToken: 't', fetcher: down as never })).toMatchObject({
      retryLater: true,
      uploaded: 0,
    });
    const failing = vi.fn(async () => json(500, { message: 'boom' }));
    expect(
      (await uploadPendingPreviews(store, { deviceToken: 't', fetcher: failing as never })).retryLater,
    ).toBe(true);
    const signedOut = vi.fn(async () => json(401, { message: 'revoked' }));
    expect(
      (await uploadPendingPreviews(store, { deviceToken: 't', fetcher: signedOut as never })).signedOut,
    ).toBe(true);
    expect(await store.pendingUploads()).toHaveLength(1);
  });

  it('keeps a refused snapshot with the server’s reason instead of retrying it forever', async () => {
    const store = createMemoryPreviewStore();
    await store.put(preview(1));
    const refuse = vi.fn(async () =>
      json(403, { error: 'forbidden', message: 'signature: you are not assigned' }),
    );
    expect((await uploadPendingPreviews(store, { deviceToken: 't', fetcher: refuse as never })).refused).toBe(
      1,
    );
    expect(await store.get(preview(1).previewId)).toMatchObject({
      refusedReason: 'signature: you are not assigned',
    });
    expect(await store.pendingUploads()).toEqual([]);
  });

  it('refuses to keep a snapshot past the storage quota, and keeps the others', async () => {
    const store = createMemoryPreviewStore({ quotaBytes: 15 });
    await store.put(preview(1, 10));
    await expect(store.put(preview(2, 10))).rejects.toBeInstanceOf(PreviewQuotaError);
    expect((await store.list()).map((p) => p.previewId)).toEqual([preview(1).previewId]);
  });
});
