// Sends the phone's waiting snapshots when it can: at launch, when one is taken, on `online` and focus, and when a retry is due.
import { useEffect } from 'react';
import { usePreviewStore, useSyncMeta } from '../../storage/index.ts';
import { uploadDueSnapshots } from '../../sync/snapshot-upload.ts';

/** A pass at least this often anyway (a lost `online` event, a clock change). */
const SAFETY_PASS_MS = 60_000;
/** Never sooner than this after a pass that left retries (the backoff decides when exactly). */
const MIN_WAIT_MS = 1_000;

/** Renders nothing; mounted once by the app while a device is signed in. */
export function PreviewUploader() {
  const previews = usePreviewStore();
  const token = useSyncMeta()?.session?.deviceToken;

  useEffect(() => {
    if (!token) return;
    let running = false;
    let again = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One pass at a time; a trigger during a pass asks for one more pass after it.
    const run = async () => {
      if (running) return void (again = true);
      running = true;
      try {
        do {
          again = false;
          const pass = await uploadDueSnapshots(previews, { deviceToken: token });
          if (pass.signedOut) stopped = true;
          clearTimeout(timer);
          if (!stopped && pass.nextAttemptAt !== null) {
            const wait = Math.max(MIN_WAIT_MS, pass.nextAttemptAt - Date.now());
            timer = setTimeout(trigger, Math.min(wait, SAFETY_PASS_MS));
          }
        } while (again && !stopped);
      } finally {
        running = false;
      }
    };
    function trigger() {
      if (!stopped) run().catch((error: unknown) => console.warn(`[snapshots] ${String(error)}`));
    }
    // A new snapshot is a new row: other changes (our own marks) need no new pass.
    let known = -1;
    const onChange = () =>
      void previews.list().then(
        (rows) => {
          const count = rows.filter((r) => r.state === 'waiting').length;
          if (count > known) trigger();
          known = count;
        },
        () => undefined,
      );
    trigger();
    const unsubscribe = previews.subscribe(onChange);
    window.addEventListener('online', trigger);
    window.addEventListener('focus', trigger);
    const safety = setInterval(trigger, SAFETY_PASS_MS);
    return () => {
      stopped = true;
      unsubscribe();
      window.removeEventListener('online', trigger);
      window.removeEventListener('focus', trigger);
      clearInterval(safety);
      clearTimeout(timer);
    };
  }, [previews, token]);

  return null;
}
