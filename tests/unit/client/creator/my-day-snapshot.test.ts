// @vitest-environment jsdom
// Issue #14: the copy of "my day" the next start paints at once (public/my-day-snapshot.js): what is kept, when it shows, when not.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetMyDaySnapshot,
  localDay,
  MY_DAY_SNAPSHOT_KEY,
  saveMyDaySnapshot,
  useMyDaySnapshot,
} from '../../../../src/client/features/creator/my-day-snapshot.ts';
import { LANGUAGE_KEY } from '../../../../src/client/i18n/language.ts';
import { PLAN_VIEW_KEY } from '../../../../src/client/state/plan-view.ts';

const SCRIPT = readFileSync(resolve(__dirname, '../../../../public/my-day-snapshot.js'), 'utf8');
/** Runs the page's script as the browser does at a start (a classic script in the global scope). */
const runScript = () => new Function(SCRIPT)();

const DAY = `
  <header class="app-header"><p role="status" aria-label="Sync">All changes sent</p>
    <section class="panel panel-info update-banner">A new version</section></header>
  <main id="main"><div class="app-notices"><section class="offline-ready">Ready to work offline</section></div>
    <h1>My day</h1>
    <article class="moment my-moment"><h2>Women's 100 m final</h2>
      <p class="countdown" role="timer" aria-label="Countdown">Starts in 2 h 05 min</p>
      <section class="light">Golden hour</section><details class="map-note">Prepare the map</details>
      <p role="alert">Not recorded</p><dialog open>Why missed?</dialog>
      <img alt="Snapshot" src="blob:http://localhost/1"><img alt="Icon" src="/icons/a.png">
      <button type="button">Captured</button></article>
    <select aria-label="Day"><option selected>Saturday</option><option>Sunday</option></select></main>`;

function page(path: string, html = '') {
  history.replaceState(null, '', path);
  document.body.innerHTML = `<div id="root">${html}</div>`;
}
const root = () => document.getElementById('root')!;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  localStorage.setItem(LANGUAGE_KEY, 'en');
  document.head.innerHTML = '<meta name="plan-de-jeu-build" content="build-1">';
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-theme');
});

describe('the copy of my day', () => {
  it('paints the last day at once on /me, inert, without what shows only after the first screen', () => {
    page('/me', DAY);
    root().querySelector('select')!.selectedIndex = 1; // the day picked after the first render
    saveMyDaySnapshot(null, 'en');
    page('/me');
    localStorage.setItem('plan-de-jeu.theme', 'dark');
    runScript();
    const copy = root().querySelector('.my-day-snapshot')!;
    expect(copy.hasAttribute('inert')).toBe(true);
    expect(copy.querySelector('main h1')?.textContent).toBe('My day');
    expect(copy.querySelector('article h2')?.textContent).toBe("Women's 100 m final");
    expect(copy.querySelector('button')?.textContent).toBe('Captured');
    expect(copy.textContent).toContain('All changes sent');
    // Gone: the light, the map note, banners, notices, alerts, dialogs; the countdown's old text; dead blob: images.
    for (const gone of [
      'Golden hour',
      'Prepare the map',
      'A new version',
      'Ready to work offline',
      'Not recorded',
      'Why missed?',
      'Starts in',
    ])
      expect(copy.textContent).not.toContain(gone);
    expect(copy.querySelector('[role="timer"]')).not.toBeNull();
    expect(copy.querySelector('img[alt="Snapshot"]')?.hasAttribute('src')).toBe(false);
    expect(copy.querySelector('img[alt="Icon"]')?.getAttribute('src')).toBe('/icons/a.png');
    expect(copy.querySelector('select')?.selectedOptions[0]?.textContent).toBe('Sunday');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('en');
    // Never a copy of the copy (the app has not rendered yet).
    const before = localStorage.getItem(MY_DAY_SNAPSHOT_KEY);
    saveMyDaySnapshot(null, 'en');
    expect(localStorage.getItem(MY_DAY_SNAPSHOT_KEY)).toBe(before);
  });

  it('shows nothing when the app would show something else', () => {
    const cases: [string, () => void][] = [
      ['another screen', () => page('/day')],
      ['a card asked for by a link', () => page('/me#moment-m1')],
      ['another language', () => localStorage.setItem(LANGUAGE_KEY, 'fr')],
      [
        'another build',
        () => (document.head.innerHTML = '<meta name="plan-de-jeu-build" content="build-2">'),
      ],
      [
        'a day picked in this tab',
        () =>
          sessionStorage.setItem(
            PLAN_VIEW_KEY,
            JSON.stringify({ state: { myDay: '2024-08-05' }, version: 1 }),
          ),
      ],
      ['yesterday’s copy', () => patchSaved({ date: '2000-1-1' })],
      ['a damaged copy', () => localStorage.setItem(MY_DAY_SNAPSHOT_KEY, '{not json')],
      ['signed out', () => forgetMyDaySnapshot()],
    ];
    for (const [name, change] of cases) {
      localStorage.setItem(LANGUAGE_KEY, 'en');
      sessionStorage.clear();
      document.head.innerHTML = '<meta name="plan-de-jeu-build" content="build-1">';
      page('/me', DAY);
      saveMyDaySnapshot(null, 'en');
      page('/me');
      change();
      if (!document.getElementById('root')) page(location.pathname + location.hash);
      runScript();
      expect(root().innerHTML, name).toBe('');
    }
  });

  it('shows the day picked in this tab when the copy is of that day', () => {
    page('/me', DAY);
    saveMyDaySnapshot('2024-08-05', 'en');
    page('/me');
    sessionStorage.setItem(PLAN_VIEW_KEY, JSON.stringify({ state: { myDay: '2024-08-05' }, version: 1 }));
    runScript();
    expect(root().querySelector('.my-day-snapshot article')).not.toBeNull();
    expect(JSON.parse(localStorage.getItem(MY_DAY_SNAPSHOT_KEY)!).date).toBe(localDay());
  });

  it('saves once the phone is idle after a render, and on leaving only if that has not happened yet', () => {
    vi.useFakeTimers();
    page('/me', DAY);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const saves = () => setItem.mock.calls.filter(([key]) => key === MY_DAY_SNAPSHOT_KEY).length;
    const { rerender, unmount } = renderHook(
      (p: { shown: boolean }) => useMyDaySnapshot(p.shown, null, 'en', false),
      {
        initialProps: { shown: false },
      },
    );
    vi.runAllTimers();
    expect(saves()).toBe(0); // nothing shown yet
    rerender({ shown: true });
    dispatchEvent(new Event('pagehide'));
    expect(saves()).toBe(1); // left before the idle moment: saved then
    vi.runAllTimers();
    dispatchEvent(new Event('pagehide'));
    expect(saves()).toBe(1); // not twice for one render
    rerender({ shown: true });
    vi.runAllTimers();
    expect(saves()).toBe(2); // idle after the next render
    dispatchEvent(new Event('pagehide'));
    expect(saves()).toBe(2);
    unmount();
    setItem.mockRestore();
  });
});

function patchSaved(patch: object) {
  const saved = JSON.parse(localStorage.getItem(MY_DAY_SNAPSHOT_KEY)!);
  localStorage.setItem(MY_DAY_SNAPSHOT_KEY, JSON.stringify({ ...saved, ...patch }));
}
