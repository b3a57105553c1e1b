// The FeedTokenStore port's contract (ports/feeds.ts): results systems' tokens by hash, several live, revoked for good.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubStores } from '../../../src/server/db/port.ts';
import type { OpenStore } from './fixtures.ts';

export function runFeedTokenStoreContract(name: string, open: OpenStore<Pick<SubStores, 'feeds'>>): void {
  describe(`FeedTokenStore contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const admin = randomUUID();
    const token = (label: string, createdAt: string) => ({
      id: randomUUID(),
      name: label,
      createdBy: admin,
      createdAt,
      tokenHash: `hash-${randomUUID()}`,
    });

    it('finds live tokens by hash, several at once, and lists them newest first without their hash', async () => {
      const odf = token('ODF feed', '2024-08-01T08:00:00.000Z');
      const backup = token('Backup feed', '2024-08-02T08:00:00.000Z');
      await store.feeds.create(odf);
      await store.feeds.create(backup);
      const { tokenHash, ...shown } = odf;
      expect(await store.feeds.byTokenHash(tokenHash)).toEqual({
        ...shown,
        lastUsedAt: null,
        revokedAt: null,
      });
      expect((await store.feeds.byTokenHash(backup.tokenHash))?.id).toBe(backup.id);
      expect(await store.feeds.byTokenHash('unknown')).toBeUndefined();
      const listed = await store.feeds.list();
      expect(listed.map((t) => t.name)).toEqual(['Backup feed', 'ODF feed']);
      expect(listed.every((t) => !('tokenHash' in t))).toBe(true);
    });

    it('revokes a live token once (1, then 0), keeps it listed with when, and records its last use', async () => {
      const odf = token('ODF feed', '2024-08-01T08:00:00.000Z');
      await store.feeds.create(odf);
      await store.feeds.touch(odf.id, '2024-08-01T09:00:00.000Z');
      expect((await store.feeds.byTokenHash(odf.tokenHash))?.lastUsedAt).toBe('2024-08-01T09:00:00.000Z');
      expect(await store.feeds.revoke(odf.id, '2024-08-01T10:00:00.000Z')).toBe(1);
      expect(await store.feeds.revoke(odf.id, '2024-08-01T11:00:00.000Z')).toBe(0);
      expect(await store.feeds.revoke(randomUUID(), '2024-08-01T11:00:00.000Z')).toBe(0);
      expect(await store.feeds.byTokenHash(odf.tokenHash)).toBeUndefined();
      expect(await store.feeds.list()).toEqual([
        expect.objectContaining({ id: odf.id, revokedAt: '2024-08-01T10:00:00.000Z' }),
      ]);
    });
  });
}
