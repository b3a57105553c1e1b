// Records "Got it" on a schedule change of my moment: on the phone at once (offline too), sent by the sync client.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import { useLocalStore } from '../../storage/index.ts';
import { localRefusal } from '../../ui/describe-rejection.ts';

export interface Acknowledger {
  acknowledge(assignmentId: string, moment: Moment): void;
  /** Why this phone could not record it, when it could not. */
  error: string | null;
}

export function useAcknowledge(actor: Actor): Acknowledger {
  const { t } = useTranslation();
  const store = useLocalStore();
  const [error, setError] = useState<string | null>(null);
  const acknowledge = useCallback(
    (assignmentId: string, moment: Moment) => {
      const change = moment.scheduleChange;
      if (!change) return;
      const args = { id: assignmentId, changedAt: change.changedAt, keyMomentAt: moment.keyMomentAt };
      store.mutate('assignment.acknowledge', args, actor).then(
        (result) => setError(localRefusal(t, result) ?? null),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    },
    [store, actor, t],
  );
  return { acknowledge, error };
}
