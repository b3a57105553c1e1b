// Structural sharing of live query results (storage/share.ts) and the card check built on it (creator/same-card.ts).
import { describe, expect, it } from 'vitest';
import { buildMyDay } from '../../../src/client/features/creator/my-day.ts';
import { readMyDay } from '../../../src/client/features/creator/my-day-query.ts';
import { sameCard } from '../../../src/client/features/creator/same-card.ts';
import { share } from '../../../src/client/storage/share.ts';
import { actors, ids, planWithOneImage } from '../shared/fixtures.ts';
import { storeWith } from './ui/render.tsx';

describe('share', () => {
  it('keeps the old objects of the parts that did not change, and the old whole when nothing did', () => {
    const prev = { a: { x: 1, list: [1, 2] }, b: [{ id: 'p' }, { id: 'q', n: 1 }] };
    const same = share(prev, JSON.parse(JSON.stringify(prev)) as typeof prev);
    expect(same).toBe(prev);
    const next = share(prev, { a: { x: 1, list: [1, 2] }, b: [{ id: 'p' }, { id: 'q', n: 2 }] });
    expect(next).not.toBe(prev);
    expect(next.a).toBe(prev.a);
    expect(next.b[0]).toBe(prev.b[0]);
    expect(next.b[1]).toEqual({ id: 'q', n: 2 });
  });

  it('sees added, removed and reordered parts, and leaves non-plain objects alone', () => {
    expect(share([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(share({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect('b' in share({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    const reordered = share([{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 1 }]);
    expect(reordered).toEqual([{ id: 2 }, { id: 1 }]);
    const map = new Map([[1, 1]]);
    expect(share(new Map([[1, 1]]), map)).toBe(map);
    expect(share(null, { a: 1 })).toEqual({ a: 1 });
  });
});

describe('sameCard', () => {
  it('lets a card skip its render after a tap on another card’s image, not on its own', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    const read = () => readMyDay(store, ids.lea, null, '2024-08-04');
    const items = async (previous?: Awaited<ReturnType<typeof read>>) => {
      const r = share(previous, await read());
      return {
        r,
        cards: buildMyDay(r.day!, actors.lea, { ...r.rows, editions: [], waiting: [], rejections: [] }),
      };
    };
    const extras = { recorder: { errors: {}, busy: new Set<string>() }, localPreviews: new Map() };
    const before = await items();
    const again = await items(before.r);
    expect(sameCard({ item: before.cards[0]!, ...extras }, { item: again.cards[0]!, ...extras })).toBe(true);

    await store.mutate('signature.advance', { id: ids.image, to: 'captured' }, actors.lea);
    const after = await items(again.r);
    expect(after.r.rows.moments).toBe(again.r.rows.moments);
    expect(sameCard({ item: again.cards[0]!, ...extras }, { item: after.cards[0]!, ...extras })).toBe(false);
    // An error on one of its images re-renders the card too.
    const failed = { ...extras, recorder: { errors: { [ids.image]: 'full' }, busy: new Set<string>() } };
    expect(sameCard({ item: after.cards[0]!, ...extras }, { item: after.cards[0]!, ...failed })).toBe(false);
  });
});
