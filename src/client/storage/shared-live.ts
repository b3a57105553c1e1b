// One live query per store and key, however many components watch it: a tap re-reads the outbox once, not once per hook.
import type { Subscribable } from './tables.ts';

interface Shared<T> {
  source: Subscribable<T>;
  subscription: { unsubscribe(): void } | null;
  listeners: Set<{ next: (value: T) => void; error?: (error: unknown) => void }>;
  /** The last value or error, handed at once to a hook that subscribes later. */
  last: { value: T } | { error: unknown } | null;
}

const byStore = new WeakMap<object, Map<string, Shared<unknown>>>();

/**
 * A Subscribable that runs `make()`'s query once for every subscriber under (`store`, `key`): the
 * first subscriber starts it, the last one to leave stops it (and the next one starts afresh). A
 * subscriber that comes while it runs gets the last value at once, then every later one. `key`
 * must name the query and its arguments (two different queries never share a key).
 */
export function sharedLive<T>(store: object, key: string, make: () => Subscribable<T>): Subscribable<T> {
  return {
    subscribe(next, error) {
      let forStore = byStore.get(store);
      if (!forStore) byStore.set(store, (forStore = new Map()));
      let shared = forStore.get(key) as Shared<T> | undefined;
      if (!shared) {
        shared = { source: make(), subscription: null, listeners: new Set(), last: null };
        forStore.set(key, shared as Shared<unknown>);
      }
      const listener = error ? { next, error } : { next };
      shared.listeners.add(listener);
      const s = shared;
      if (!s.subscription) {
        s.subscription = s.source.subscribe(
          (value) => {
            s.last = { value };
            for (const l of [...s.listeners]) l.next(value);
          },
          (e) => {
            s.last = { error: e };
            for (const l of [...s.listeners]) l.error?.(e);
          },
        );
      } else if (s.last && 'value' in s.last) next(s.last.value);
      else if (s.last) error?.(s.last.error);
      return {
        unsubscribe() {
          s.listeners.delete(listener);
          if (s.listeners.size > 0) return;
          s.subscription?.unsubscribe();
          if (forStore.get(key) === s) forStore.delete(key);
        },
      };
    },
  };
}
