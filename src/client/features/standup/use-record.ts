// Records a planner's change on this device and keeps its verdict (local rejection, failure) on screen.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationArgs, MutationName } from '../../../shared/mutations/registry.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import { useLocalStore } from '../../storage/index.ts';
import { localRefusal } from '../../ui/describe-rejection.ts';

export type Record = <N extends MutationName>(name: N, args: MutationArgs<N>) => Promise<boolean>;

/**
 * `record(name, args)` resolves true once the change is on this device (the sync client sends it).
 * A local rejection is still queued (the server decides) but shown, so nothing fails silently.
 */
export function useRecord(actor: Actor): { record: Record; error: string | null; clear(): void } {
  const { t } = useTranslation();
  const store = useLocalStore();
  const [error, setError] = useState<string | null>(null);
  const record = useCallback<Record>(
    async (name, args) => {
      try {
        const result = await store.mutate(name, args, actor);
        setError(localRefusal(t, result) ?? null);
        return !result.localRejection;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [store, actor, t],
  );
  return { record, error, clear: useCallback(() => setError(null), []) };
}

export function newId(): string {
  return crypto.randomUUID();
}
