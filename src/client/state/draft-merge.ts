// A form's draft against the record it edits, field by field: follow the synced value, or keep both when the user is typing.
//
// Invariant: a field whose draft equals its base is not being edited, and shows the record's value.
// A field the user changed keeps what they typed; if the record then changes elsewhere to
// something else, that value waits in `theirs` until the user picks one: nothing is dropped.

export type Fields<K extends string> = Record<K, string>;

export interface DraftState<K extends string> {
  /** The record's value of each field as this form last took it in. */
  base: Fields<K>;
  /** What the form shows and will save. */
  draft: Fields<K>;
  /** A value that arrived from elsewhere while the user had their own: shown beside theirs until resolved. */
  theirs: Partial<Fields<K>>;
  /**
   * Fields this form saved and whose new value has not reached it yet: the record's next value of
   * each is the save's own result (trimmed, derived), taken as is once, never as a change from elsewhere.
   */
  saving?: Partial<Record<K, true>>;
}

/** A draft kept from before a reload: what was typed and the record's value then. */
export type KeptDrafts<K extends string> = Partial<Record<K, { value: string; base: string }>>;

/** The form's first state: the record's values, with any kept draft restored on top (and checked against the record). */
export function initialDraft<K extends string>(record: Fields<K>, kept: KeptDrafts<K> = {}): DraftState<K> {
  const base = { ...record };
  const draft = { ...record };
  for (const field of Object.keys(record) as K[]) {
    const k = kept[field];
    if (k && k.value !== record[field]) {
      draft[field] = k.value;
      base[field] = k.base;
    }
  }
  return reconcile({ base, draft, theirs: {} }, record);
}

/**
 * Takes in the record's current values. Per field: unchanged → nothing; the user was not editing
 * → the draft follows; the record reached what the user typed → settled; otherwise the new value
 * waits in `theirs`. Returns `state` itself when nothing changes (safe to call on every render).
 */
export function reconcile<K extends string>(state: DraftState<K>, record: Fields<K>): DraftState<K> {
  let next: DraftState<K> | undefined;
  const edit = () =>
    (next ??= { ...state, base: { ...state.base }, draft: { ...state.draft }, theirs: { ...state.theirs } });
  for (const field of Object.keys(record) as K[]) {
    const value = record[field];
    const { base, draft, theirs } = state;
    if (state.saving?.[field] && value !== base[field]) {
      const n = edit();
      n.base[field] = value;
      n.draft[field] = value;
      delete n.theirs[field];
      const saving: Partial<Record<K, true>> = { ...n.saving };
      delete saving[field];
      n.saving = saving;
    } else if (value === base[field]) {
      // Back to what the form knew (e.g. the other device's change was undone): nothing to choose.
      if (field in theirs) delete edit().theirs[field];
    } else if (value === draft[field]) {
      const n = edit();
      n.base[field] = value;
      delete n.theirs[field];
    } else if (draft[field] === base[field]) {
      const n = edit();
      n.base[field] = value;
      n.draft[field] = value;
      delete n.theirs[field];
    } else if (theirs[field] !== value) {
      edit().theirs[field] = value;
    }
  }
  return next ?? state;
}

/** The user typed in a field. */
export function editField<K extends string>(state: DraftState<K>, field: K, value: string): DraftState<K> {
  if (!state.saving?.[field]) return { ...state, draft: { ...state.draft, [field]: value } };
  // Typing again after a save: this text is the user's, not the save's.
  const saving: Partial<Record<K, true>> = { ...state.saving };
  delete saving[field];
  return { ...state, draft: { ...state.draft, [field]: value }, saving };
}

/** The form is saving these fields: their next record value is the save's result (trimmed, derived). */
export function startSaving<K extends string>(state: DraftState<K>, fields: readonly K[]): DraftState<K> {
  return { ...state, saving: Object.fromEntries(fields.map((f) => [f, true])) as Partial<Record<K, true>> };
}

/** The save was refused (or failed): what the user typed stays theirs, to fix and save again. */
export function endSaving<K extends string>(state: DraftState<K>): DraftState<K> {
  const { saving: _, ...rest } = state;
  return rest;
}

/** "Use theirs": the form takes the value from elsewhere; the user's text is gone (they chose so). */
export function takeTheirs<K extends string>(state: DraftState<K>, field: K): DraftState<K> {
  const value = state.theirs[field];
  if (value === undefined) return state;
  const theirs = { ...state.theirs };
  delete theirs[field];
  return {
    ...state,
    base: { ...state.base, [field]: value },
    draft: { ...state.draft, [field]: value },
    theirs,
  };
}

/** "Keep mine": the user's text stays, to be saved over the value from elsewhere. */
export function keepMine<K extends string>(state: DraftState<K>, field: K): DraftState<K> {
  const value = state.theirs[field];
  if (value === undefined) return state;
  const theirs = { ...state.theirs };
  delete theirs[field];
  return { ...state, base: { ...state.base, [field]: value }, theirs };
}

/** Drops the user's edits: every field back to the record's value. */
export function discard<K extends string>(state: DraftState<K>): DraftState<K> {
  return { ...state, draft: { ...state.base }, theirs: {} };
}

/** Fields the user changed (their draft differs from the record's value as last taken in). */
export function dirtyFields<K extends string>(state: DraftState<K>): K[] {
  return (Object.keys(state.draft) as K[]).filter((f) => state.draft[f] !== state.base[f]);
}
