// "The first screen has shown": what the phone does not need before "my day" (sync, updates, uploads) waits for it.
import type { ReactNode } from 'react';
import { useEffect, useSyncExternalStore } from 'react';
import { clearSeeds } from '../storage/seed.ts';

/** Past this, whatever waits starts anyway (a screen that never says it has shown must not stop sync). */
const LATEST_MS = 3_000;

let shown = false;
const listeners = new Set<() => void>();

function markShown(): void {
  if (shown) return;
  shown = true;
  clearSeeds();
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') setTimeout(markShown, LATEST_MS);

/**
 * Marks the first screen as shown once the browser has painted the current frame (the next
 * frame's task): deferred work then starts behind a screen the user already sees.
 */
export function markFirstScreenAfterPaint(): void {
  if (shown) return;
  if (typeof requestAnimationFrame === 'undefined') return markShown();
  requestAnimationFrame(() => setTimeout(markShown, 0));
}

/** Whether the first screen has shown (re-renders when it does). */
export function useFirstScreenShown(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => shown,
    () => false,
  );
}

/** Calls markFirstScreenAfterPaint once `ready` is true (a screen whose content is on screen). */
export function useMarkFirstScreen(ready: boolean): void {
  useEffect(() => {
    if (ready) markFirstScreenAfterPaint();
  }, [ready]);
}

/** Renders `children` only once the first screen has shown: their code is fetched and run after it. */
export function AfterFirstScreen({ children }: { children: ReactNode }): ReactNode {
  return useFirstScreenShown() ? children : null;
}
