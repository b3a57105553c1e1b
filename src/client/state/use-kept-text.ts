// One line of text kept across reloads while its dialog is open (the reason of a "missed" tap): open = a text is kept.
import { useState } from 'react';
import { type DraftStore, drafts as appDrafts } from './drafts.ts';

export interface KeptText {
  /** The text typed so far; undefined while nothing is being typed (the dialog is closed). */
  value: string | undefined;
  set(value: string): void;
  /** Forgets the text (confirmed or cancelled). */
  clear(): void;
}

/** `key` names the text on this device ("signature/<id>/missReason"); null keeps it in memory only. */
export function useKeptText(key: string | null, store: DraftStore = appDrafts): KeptText {
  const [value, setValue] = useState<string | undefined>(() => (key ? store.get(key)?.value : undefined));
  return {
    value,
    set(next) {
      setValue(next);
      if (key) store.put(key, { value: next, base: '' });
    },
    clear() {
      setValue(undefined);
      if (key) store.remove(key);
    },
  };
}
