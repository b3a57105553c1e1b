// The CalendarStore port's contract (ports/calendars.ts): one live secret URL per member, found by its hash, revocable.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubStores } from '../../../src/server/db/port.ts';
import type { OpenStore } from './fixtures.ts';

export function runCalendarStoreContract(name: string, open: OpenStore<Pick<SubStores, 'calendars'>>): void {
  describe(`CalendarStore contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const feed = (memberId: string, createdAt: string) => ({
      id: randomUUID(),
      memberId,
      createdBy: memberId,
      createdAt,
      tokenHash: `hash-${randomUUID()}`,
    });

    it("keeps one live URL per member: a new one revokes the member's older ones, not others'", async () => {
      const ana = randomUUID();
      const bruno = randomUUID();
      const first = feed(ana, '2024-08-01T08:00:00.000Z');
      const theirs = feed(bruno, '2024-08-01T08:00:00.000Z');
      await store.calendars.create(first);
      await store.calendars.create(theirs);
      const { tokenHash, ...shown } = first;
      expect(await store.calendars.byTokenHash(tokenHash)).toEqual({ ...shown, revokedAt: null });
      const second = feed(ana, '2024-08-02T08:00:00.000Z');
      await store.calendars.create(second);
      expect(await store.calendars.byTokenHash(first.tokenHash)).toBeUndefined();
      expect((await store.calendars.byTokenHash(second.tokenHash))?.id).toBe(second.id);
      expect((await store.calendars.byTokenHash(theirs.tokenHash))?.id).toBe(theirs.id);
      expect(await store.calendars.byTokenHash('unknown')).toBeUndefined();
    });

    it("revokes a member's live URL, counting it once", async () => {
      const ana = randomUUID();
      const live = feed(ana, '2024-08-01T08:00:00.000Z');
      await store.calendars.create(live);
      expect(await store.calendars.revoke(ana, '2024-08-03T08:00:00.000Z')).toBe(1);
      expect(await store.calendars.byTokenHash(live.tokenHash)).toBeUndefined();
      expect(await store.calendars.revoke(ana, '2024-08-04T08:00:00.000Z')).toBe(0);
      expect(await store.calendars.revoke(randomUUID(), '2024-08-04T08:00:00.000Z')).toBe(0);
    });
  });
}
