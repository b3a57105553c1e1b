// The desk's taps as mutations on the local store (optimistic, queued, synced exactly once).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';
import { useLocalStore } from '../../storage/index.ts';
import { type LocalOutcome, localRefusal } from '../../ui/describe-rejection.ts';
import type { DeskHandlers } from './DeskActions.tsx';

/** Handlers for DeskActions, and the errors of taps this device could not record, by image id. */
export function useDeskHandlers(actor: Actor): { handlers: DeskHandlers; errors: Record<string, string> } {
  const { t } = useTranslation();
  const store = useLocalStore();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const handlers = useMemo<DeskHandlers>(() => {
    /** A local rejection is shown but the change stays queued: the server has the last word. */
    async function record(id: string, run: () => Promise<LocalOutcome>) {
      try {
        const refused = localRefusal(t, await run());
        setErrors(({ [id]: _, ...rest }) => (refused ? { ...rest, [id]: refused } : rest));
      } catch (error) {
        setErrors((e) => ({ ...e, [id]: error instanceof Error ? error.message : String(error) }));
      }
    }
    return {
      onMove: (id, to) => void record(id, () => store.mutate('signature.advance', { id, to }, actor)),
      onPublish: (id, assetUrl) =>
        void record(id, () =>
          store.mutate(
            'signature.advance',
            { id, to: 'published', ...(assetUrl ? { assetUrl } : {}) },
            actor,
          ),
        ),
      // An explicit link change: a move to the status it already has would write nothing (protocol 2).
      onLink: (id, _status, assetUrl) =>
        void record(id, () => store.mutate('signature.link', { id, assetUrl }, actor)),
      onReopen: (id, to, reason) =>
        void record(id, () => store.mutate('signature.reopen', { id, to, reason }, actor)),
      onMissed: (id, reason) => void record(id, () => store.mutate('signature.miss', { id, reason }, actor)),
    };
  }, [store, actor, t]);
  return { handlers, errors };
}
