// The card a link or a notification tap asks for: `/me#moment-<id>` names a moment of my day.
import { useEffect, useState, useSyncExternalStore } from 'react';

const PREFIX = '#moment-';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The moment id in the URL's fragment, or null. */
export function useCardTarget(): string | null {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return cardTargetOf(hash);
}

/** The moment id a URL fragment names (`#moment-<id>`), or null. */
export function cardTargetOf(hash: string): string | null {
  return hash.startsWith(PREFIX) ? decodeURIComponent(hash.slice(PREFIX.length)) || null : null;
}

/** Drops a `#moment-<id>` fragment from the URL (no navigation, no history entry). */
export function clearCardTarget(): void {
  if (!window.location.hash.startsWith(PREFIX)) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** The anchor of a moment's card (the element id the fragment names). */
export const cardAnchor = (momentId: string) => `moment-${momentId}`;

/**
 * Once the card of `momentId` is on screen, scrolls to it and moves the focus there (a screen
 * reader then reads the card the notification spoke of). Once per target.
 */
export function useFocusCard(momentId: string | null, shown: boolean): void {
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (!momentId || !shown || done === momentId) return;
    const card = document.getElementById(cardAnchor(momentId));
    if (!card) return;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
    setDone(momentId);
  }, [momentId, shown, done]);
}
