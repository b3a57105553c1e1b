// A copy of "my day" as last shown, painted by public/my-day-snapshot.js the moment the phone opens /me.
import { useEffect } from 'react';

/** localStorage key of the copy (public/my-day-snapshot.js reads the same key). */
export const MY_DAY_SNAPSHOT_KEY = 'plan-de-jeu.my-day-snapshot';

/** Past this size the copy is not kept: a huge day costs more to store than it saves at start. */
const MAX_HTML_CHARS = 1_000_000;

/**
 * What public/my-day-snapshot.js needs to decide the copy is the screen the app is about to show:
 * the same build (its CSS and markup), the same calendar day on this phone (a copy of yesterday
 * would show the wrong day), the same language, the same chosen day (the tab's plan view, null
 * for the default day).
 */
export interface MyDaySnapshot {
  v: 1;
  /** `<meta name="plan-de-jeu-build">`'s content ('' without one: tests, dev server). */
  build: string;
  /** The phone's local calendar day, "2026-12-1" (year-month-day without padding). */
  date: string;
  lang: string;
  /** The day picked by hand in this tab (`usePlanView().myDay`), null for the default day. */
  chosen: string | null;
  /** The app's root's markup, without what only shows after the first screen. */
  html: string;
}

/** The phone's local calendar day in the copy's form (must match public/my-day-snapshot.js). */
export function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * What the app's first render does not show or what would be wrong a second later: the parts
 * rendered after the first screen (light, map preparation, push offer, banners, their lazy CSS is
 * not loaded yet), one-off notices, open dialogs, alerts, and the countdown (its text is of the
 * moment it was copied).
 */
const LEFT_OUT = [
  '.app-notices > *',
  '.light',
  '.map-note',
  '.push-panel',
  '.assignments-changed',
  '.update-banner',
  'dialog',
  '[role="alert"]',
];

/** The markup to keep of `root`: a clone, cleaned (see LEFT_OUT); blob: images are dead after a reload. */
export function snapshotHtml(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  // A select's choice is a property React sets after the first render (the day picker): as attributes.
  const choices = [...root.querySelectorAll('select')].map((select) => select.selectedIndex);
  copy.querySelectorAll('select').forEach((select, i) => {
    for (const [j, option] of [...select.options].entries())
      option.toggleAttribute('selected', j === choices[i]);
  });
  for (const el of copy.querySelectorAll(LEFT_OUT.join(','))) el.remove();
  for (const el of copy.querySelectorAll('[role="timer"]')) el.textContent = '';
  for (const img of copy.querySelectorAll('img[src^="blob:"]')) img.removeAttribute('src');
  return copy.innerHTML;
}

/** Keeps the copy of what `#root` shows now (nothing without a #root, or when storage refuses it). */
export function saveMyDaySnapshot(chosen: string | null, lang: string): void {
  const root = document.getElementById('root');
  // Not while the copy itself is on screen (the app has not rendered yet).
  if (!root || root.querySelector('.my-day-snapshot')) return;
  const html = snapshotHtml(root);
  if (html.length > MAX_HTML_CHARS) return forgetMyDaySnapshot();
  const build = document.querySelector('meta[name="plan-de-jeu-build"]')?.getAttribute('content') ?? '';
  const snapshot: MyDaySnapshot = { v: 1, build, date: localDay(), lang, chosen, html };
  try {
    localStorage.setItem(MY_DAY_SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    forgetMyDaySnapshot(); // full or disabled: better no copy than an old one
  }
}

/** Drops the copy: signed out, or nothing to show. */
export function forgetMyDaySnapshot(): void {
  try {
    localStorage.removeItem(MY_DAY_SNAPSHOT_KEY);
  } catch {
    // storage disabled: there is no copy either
  }
}

/**
 * While "my day" is shown (`shown`), keeps its copy fresh: once the phone is idle after each
 * render of the screen, or when the page is hidden or left (a reload, the app sent to the
 * background) before that idle moment came. Never twice for one render: a save on leaving costs
 * main-thread time the next page waits for. No copy of a day opened through a link
 * (`/me#moment-…`): the script shows none then.
 */
export function useMyDaySnapshot(shown: boolean, chosen: string | null, lang: string, linked: boolean): void {
  useEffect(() => {
    if (!shown || linked) return;
    let due = true;
    const save = () => {
      if (!due) return;
      due = false;
      saveMyDaySnapshot(chosen, lang);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    const idle = whenIdle(save);
    addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      idle();
      removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHidden);
    };
  });
}

/** Runs `fn` when the main thread is idle (within 5 s); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1_000);
  return () => clearTimeout(id);
}
