// What the service worker tells every tab about a new version it could not install.
import { useEffect, useState } from 'react';
import type { UpdateNotice } from '../../sw/protocol.ts';
import { UPDATE_CHANNEL } from '../../sw/protocol.ts';

type Failure = 'storage-full' | 'other' | null;

/** The last install failure announced (cleared by a later successful install or by the user). */
export function useUpdateNotices(): [Failure, () => void] {
  const [failure, setFailure] = useState<Failure>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(UPDATE_CHANNEL);
    channel.onmessage = (event: MessageEvent<UpdateNotice>) => {
      if (event.data?.type === 'update-failed') setFailure(event.data.reason);
    };
    return () => channel.close();
  }, []);
  return [failure, () => setFailure(null)];
}
