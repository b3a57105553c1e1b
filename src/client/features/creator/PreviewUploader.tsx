// Sends the phone's waiting snapshots when it can: at launch, when one is taken, on `online`, and every 20 s.
import { useEffect } from 'react';
import { uploadPendingPreviews } from '../../storage/previews-upload.ts';
import { usePreviewStore, useSyncMeta } from '../../storage/index.ts';

const RETRY_MS = 20_000;

/** Renders nothing; mounted once by the app while a device is signed in. */
export function PreviewUploader() {
  const previews = usePreviewStore();
  const token = useSyncMeta()?.session?.deviceToken;

  useEffect(() => {
    if (!token) return;
    let running = false;
    let again = false;
    let stopped = false;
    // One upload pass at a time; a trigger during a pass asks for one more pass after it.
    const run = async () => {
      if (running) return void (again = true);
      running = true;
      try {
        do {
          again = false;
          const outcome = await uploadPendingPreviews(previews, { deviceToken: token });
          if (outcome.signedOut) stopped = true;
        } while (again && !stopped);
      } finally {
        running = false;
      }
    };
    const trigger = () => {
      if (!stopped) void run();
    };
    trigger();
    const unsubscribe = previews.subscribe(trigger);
    window.addEventListener('online', trigger);
    const timer = setInterval(trigger, RETRY_MS);
    return () => {
      stopped = true;
      unsubscribe();
      window.removeEventListener('online', trigger);
      clearInterval(timer);
    };
  }, [previews, token]);

  return null;
}
