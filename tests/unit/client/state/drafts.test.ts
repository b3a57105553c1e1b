// Unsaved text kept per record and field in web storage: read back after a reload, bounded, cleared, never throwing.
import { describe, expect, it } from 'vitest';
import {
  createDraftStore,
  DRAFT_PREFIX,
  MAX_DRAFT_CHARS,
  MAX_DRAFTS,
} from '../../../../src/client/state/drafts.ts';

/** A Storage in memory, optionally refusing writes past `quota` characters (a full phone). */
function memoryStorage(quota = Infinity) {
  const items = new Map<string, string>();
  const size = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem(k: string, v: string) {
      const before = items.get(k);
      items.set(k, v);
      if (size() > quota) {
        if (before === undefined) items.delete(k);
        else items.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the draft store', () => {
  it('keeps a draft per record and field, with the record’s value it started from', () => {
    const storage = memoryStorage();
    let now = 1_000;
    const drafts = createDraftStore(storage, () => now);
    drafts.put('signature/abc/note', { value: 'Roof door B', base: '' });
    now = 2_000;
    // A reload: a new store over the same storage reads it back.
    expect(createDraftStore(storage).get('signature/abc/note')).toEqual({
      value: 'Roof door B',
      base: '',
      at: 1_000,
    });
    expect(storage.items.has(`${DRAFT_PREFIX}signature/abc/note`)).toBe(true);
    expect(drafts.has('signature/abc/')).toBe(true);
    expect(drafts.has('signature/xyz/')).toBe(false);
    drafts.remove('signature/abc/note');
    expect(drafts.get('signature/abc/note')).toBeUndefined();
    expect(drafts.has('signature/abc/')).toBe(false);
  });

  it('keeps at most MAX_DRAFTS, dropping the oldest, and cuts a text past MAX_DRAFT_CHARS', () => {
    const storage = memoryStorage();
    let now = 0;
    const drafts = createDraftStore(storage, () => ++now);
    for (let i = 0; i < MAX_DRAFTS + 5; i++) drafts.put(`spot/${i}/label`, { value: `v${i}`, base: '' });
    expect([...storage.items.keys()].filter((k) => k.startsWith(DRAFT_PREFIX))).toHaveLength(MAX_DRAFTS);
    expect(drafts.get('spot/0/label')).toBeUndefined();
    expect(drafts.get(`spot/${MAX_DRAFTS + 4}/label`)?.value).toBe(`v${MAX_DRAFTS + 4}`);
    // Rewriting an existing draft evicts nothing.
    drafts.put(`spot/${MAX_DRAFTS + 4}/label`, { value: 'again', base: '' });
    expect(drafts.get('spot/5/label')?.value).toBe('v5');
    drafts.put('long/1/note', { value: 'x'.repeat(MAX_DRAFT_CHARS + 50), base: '' });
    expect(drafts.get('long/1/note')?.value).toHaveLength(MAX_DRAFT_CHARS);
  });

  it('leaves the app’s other storage alone', () => {
    const storage = memoryStorage();
    storage.setItem('plan-de-jeu.language', 'fr');
    const drafts = createDraftStore(storage);
    for (let i = 0; i < MAX_DRAFTS + 1; i++) drafts.put(`a/${i}/f`, { value: 'v', base: '' });
    expect(storage.getItem('plan-de-jeu.language')).toBe('fr');
  });

  it('on a full storage makes room among the drafts once, and never throws', () => {
    const storage = memoryStorage(1_500);
    let now = 0;
    const drafts = createDraftStore(storage, () => ++now);
    for (let i = 0; i < 10; i++) drafts.put(`m/${i}/why`, { value: 'y'.repeat(100), base: '' });
    const kept = () => [...storage.items.keys()].filter((k) => k.startsWith(DRAFT_PREFIX)).length;
    const before = kept();
    expect(before).toBeLessThan(10); // the storage filled up on the way
    expect(() => drafts.put('m/new/why', { value: 'z'.repeat(100), base: '' })).not.toThrow();
    expect(drafts.get('m/new/why')?.value).toBe('z'.repeat(100));
    // Room was made by dropping the oldest draft, not all of them.
    expect(kept()).toBe(before);
    expect(drafts.get('m/0/why')).toBeUndefined();
    // Too big for the storage at all: not kept, still no throw.
    expect(() => drafts.put('m/huge/why', { value: 'w'.repeat(5_000), base: '' })).not.toThrow();
    expect(drafts.get('m/huge/why')).toBeUndefined();
  });

  it('without storage (private mode) keeps nothing and throws nothing', () => {
    const drafts = createDraftStore(undefined);
    drafts.put('a/b/c', { value: 'v', base: '' });
    expect(drafts.get('a/b/c')).toBeUndefined();
    expect(drafts.has('a/')).toBe(false);
  });

  it('ignores a corrupt entry', () => {
    const storage = memoryStorage();
    storage.setItem(`${DRAFT_PREFIX}x/1/note`, '{not json');
    expect(createDraftStore(storage).get('x/1/note')).toBeUndefined();
  });
});
