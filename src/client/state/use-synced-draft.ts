// A form's fields bound to a live record: follows the synced value, tells the user when it changed while they typed,
// and keeps what they typed (per record and field) through a reload until it is saved.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  type DraftState,
  dirtyFields,
  discard,
  editField,
  endSaving,
  type Fields,
  initialDraft,
  keepMine,
  type KeptDrafts,
  reconcile,
  startSaving,
  takeTheirs,
} from './draft-merge.ts';
import { type DraftStore, drafts as appDrafts } from './drafts.ts';

export interface SyncedDraft<K extends string> {
  /** What the form shows. */
  values: Fields<K>;
  /** Values changed elsewhere while the user had their own text, by field. */
  theirs: Partial<Fields<K>>;
  /** Fields whose text differs from the record. */
  dirty: readonly K[];
  set(field: K, value: string): void;
  setMany(values: Partial<Fields<K>>): void;
  takeTheirs(field: K): void;
  keepMine(field: K): void;
  /** Back to the record's values (after adding a new record, or on cancel). */
  discard(): void;
  /**
   * Runs a save of `fields` (`run` resolves true once the change is on this device): the record's
   * next values of those fields are the save's own (trimmed, derived) and replace the text as
   * typed, never shown as "changed elsewhere". Refused (false) or failed: the text stays the user's.
   */
  save(fields: readonly K[], run: () => Promise<boolean>): Promise<boolean>;
}

/**
 * `key` names the record on this device ("signature/<id>", "spot-new/<momentId>"); null keeps
 * nothing across reloads. `record` is the record's current values as the form's text (recomputed
 * on every render from the live store: only its field values matter, not its identity).
 */
export function useSyncedDraft<K extends string>(
  key: string | null,
  record: Fields<K>,
  store: DraftStore = appDrafts,
): SyncedDraft<K> {
  const [state, setState] = useState<DraftState<K>>(() =>
    initialDraft(record, key ? kept(store, key, record) : {}),
  );
  // Take in the record during render (not in an effect): the screen never shows a stale value, even for a frame.
  const current = reconcile(state, record);
  if (current !== state) setState(current);

  useEffect(() => {
    if (!key) return;
    for (const field of Object.keys(current.draft) as K[]) {
      if (current.draft[field] !== current.base[field])
        store.put(`${key}/${field}`, { value: current.draft[field], base: current.base[field] });
      else store.remove(`${key}/${field}`);
    }
  }, [current, key, store]);

  const update = useCallback((change: (s: DraftState<K>) => DraftState<K>) => setState(change), []);
  const dirty = useMemo(() => dirtyFields(current), [current]);
  return {
    values: current.draft,
    theirs: current.theirs,
    dirty,
    set: (field, value) => update((s) => editField(s, field, value)),
    setMany: (values) =>
      update((s) =>
        Object.entries(values).reduce<DraftState<K>>((acc, [f, v]) => editField(acc, f as K, v as string), s),
      ),
    takeTheirs: (field) => update((s) => takeTheirs(s, field)),
    keepMine: (field) => update((s) => keepMine(s, field)),
    discard: () => update(discard),
    async save(fields, run) {
      if (fields.length === 0) return run();
      update((s) => startSaving(s, fields));
      let ok = false;
      try {
        ok = await run();
        return ok;
      } finally {
        if (!ok) update(endSaving);
      }
    },
  };
}

function kept<K extends string>(store: DraftStore, key: string, record: Fields<K>): KeptDrafts<K> {
  const out: KeptDrafts<K> = {};
  for (const field of Object.keys(record) as K[]) {
    const draft = store.get(`${key}/${field}`);
    if (draft) out[field] = { value: draft.value, base: draft.base };
  }
  return out;
}

/** Whether a draft of this record is kept (a form holding one opens by itself after a reload). */
export function hasDraft(key: string, store: DraftStore = appDrafts): boolean {
  return store.has(`${key}/`);
}
