// What a user typed and has not saved yet, kept in localStorage per record and field: it survives a reload and an app update.
// Never part of the sync outbox: a draft is the user's, on this device, until they save it.

/** Every key starts with this, so a draft never collides with the app's other localStorage entries. */
export const DRAFT_PREFIX = 'plan-de-jeu.draft:';
/** At most this many drafts are kept: the oldest goes first (a phone's storage is shared with the plan). */
export const MAX_DRAFTS = 100;
/** The longest text kept per field (every form field is shorter than this). */
export const MAX_DRAFT_CHARS = 10_000;

export interface StoredDraft {
  /** What the user typed. */
  value: string;
  /** The record's value when they started typing: tells on reload whether it changed elsewhere since. */
  base: string;
  /** When it was last typed, ms since the epoch (eviction order). */
  at: number;
}

export interface DraftStore {
  get(key: string): StoredDraft | undefined;
  /** Keeps (or replaces) a draft; a full or missing storage only loses the draft, never throws. */
  put(key: string, draft: { value: string; base: string }): void;
  remove(key: string): void;
  /** Whether any draft is kept under keys starting with `prefix` (e.g. one record's fields). */
  has(prefix: string): boolean;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A draft store over `storage` (localStorage in the app; a fake in tests). */
export function createDraftStore(
  storage: Storage | undefined = globalThis.localStorage,
  now: () => number = Date.now,
): DraftStore {
  const full = (key: string) => DRAFT_PREFIX + key;
  const allKeys = (): string[] => {
    const keys: string[] = [];
    try {
      for (let i = 0; i < (storage?.length ?? 0); i++) {
        const key = storage!.key(i);
        if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
      }
    } catch {
      // Storage disabled (private mode): no drafts.
    }
    return keys;
  };
  const read = (fullKey: string): StoredDraft | undefined => {
    try {
      const raw = storage?.getItem(fullKey);
      const parsed = raw ? (JSON.parse(raw) as Partial<StoredDraft>) : undefined;
      return typeof parsed?.value === 'string' && typeof parsed.base === 'string'
        ? { value: parsed.value, base: parsed.base, at: typeof parsed.at === 'number' ? parsed.at : 0 }
        : undefined;
    } catch {
      return undefined;
    }
  };
  /** Removes the oldest drafts until at most `keep` remain. */
  const evict = (keep: number, except: string) => {
    const others = allKeys()
      .filter((k) => k !== except)
      .map((k) => ({ k, at: read(k)?.at ?? 0 }))
      .sort((a, b) => a.at - b.at);
    for (const { k } of others.slice(0, Math.max(0, others.length - keep))) storage?.removeItem(k);
  };
  return {
    get: (key) => read(full(key)),
    put(key, { value, base }) {
      if (!storage) return;
      const fullKey = full(key);
      const text = JSON.stringify({
        value: value.slice(0, MAX_DRAFT_CHARS),
        base: base.slice(0, MAX_DRAFT_CHARS),
        at: now(),
      });
      try {
        if (storage.getItem(fullKey) === null) evict(MAX_DRAFTS - 1, fullKey);
      } catch {
        // Storage disabled: the write below fails too, and says nothing.
      }
      // Storage full: the oldest other drafts make room, one by one; with none left the text stays
      // on screen only (the plan and the outbox live in IndexedDB, untouched by this).
      for (let others = allKeys().length; others >= 0; others--) {
        try {
          storage.setItem(fullKey, text);
          return;
        } catch {
          evict(Math.max(0, allKeys().filter((k) => k !== fullKey).length - 1), fullKey);
        }
      }
    },
    remove(key) {
      try {
        storage?.removeItem(full(key));
      } catch {
        // Storage disabled: nothing was kept.
      }
    },
    has: (prefix) => allKeys().some((k) => k.startsWith(full(prefix))),
  };
}

/** The app's drafts, in this origin's localStorage. */
export const drafts: DraftStore = createDraftStore(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);
