// The PreviewStore port's contract (ports/previews.ts): a snapshot's bytes stored once, read back byte for byte.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubStores } from '../../../src/server/db/port.ts';
import type { OpenStore } from './fixtures.ts';

// Every byte value, zeros included: a text column or an encoding slip would show here.
const BYTES = new Uint8Array(Array.from({ length: 1024 }, (_, i) => i % 256));
const preview = (id: string, signatureId: string) => ({
  id,
  signatureId,
  memberId: '00000000-0000-4000-8000-0000000000f3',
  contentType: 'image/jpeg',
  bytes: BYTES,
  createdAt: '2024-08-04T19:50:00.000Z',
});

export function runPreviewStoreContract(name: string, open: OpenStore<Pick<SubStores, 'previews'>>): void {
  describe(`PreviewStore contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('[R1] stores a preview once, tells a retry from a clash, and reads the bytes back exactly', async () => {
      const id = '00000000-0000-4000-8000-0000000000f1';
      const image = '00000000-0000-4000-8000-0000000000f2';
      expect(await store.previews.get(id)).toBeUndefined();
      expect(await store.previews.put(preview(id, image))).toBe('created');
      expect(await store.previews.put(preview(id, image))).toBe('exists');
      expect(await store.previews.put(preview(id, '00000000-0000-4000-8000-0000000000f9'))).toBe('conflict');
      const other = { ...preview(id, image), bytes: BYTES.map((b) => 255 - b) };
      expect(await store.previews.put(other)).toBe('different');
      const stored = await store.previews.get(id);
      expect(stored).toEqual({ ...preview(id, image), bytes: expect.anything() });
      expect(Buffer.from(stored!.bytes).equals(Buffer.from(BYTES))).toBe(true);
    });
  });
}
