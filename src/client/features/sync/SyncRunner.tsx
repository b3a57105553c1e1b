// Runs the sync client while a session exists: started at sign-in or launch, stopped at sign-out.
import { useEffect } from 'react';
import type { Role } from '../../../shared/domain/member.ts';
import { type LiveLocalStore, useLocalStore, useSyncMeta } from '../../storage/index.ts';

export function SyncRunner() {
  const store = useLocalStore();
  const session = useSyncMeta()?.session;
  const token = session?.deviceToken;
  const memberId = session?.member.memberId;
  const role = session?.member.role;

  // Primitive deps: a new meta object after every pull must not restart the client.
  useEffect(() => {
    if (!token || !memberId || !role) return;
    return startSync(store, token, { memberId, role });
  }, [store, token, memberId, role]);

  return null;
}

/**
 * Creates and starts a sync client over HTTP; returns its stop function. The sync code (and the
 * protocol's validation) loads on demand, after "my day" has rendered from the local store.
 */
export function startSync(store: LiveLocalStore, token: string, actor: { memberId: string; role: Role }) {
  let stopped = false;
  let stop: (() => void) | undefined;
  void import('../../sync/index.ts').then(({ createHttpTransport, createSyncClient }) => {
    if (stopped) return;
    const transport = createHttpTransport({ token: () => token });
    const client = createSyncClient({ store, transport, actor });
    client.start();
    stop = () => client.stop();
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
