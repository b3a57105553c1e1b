// @vitest-environment jsdom
// "Ready to work offline" is said once per device, and only while a service worker controls the page
// (an offline reload then finds the app) and someone is signed in.
import { act, renderHook } from '@testing-library/react';
import {
  OFFLINE_READY_KEY,
  useOfflineReadyNotice,
} from '../../../../src/client/features/update/offline-ready.ts';

/** navigator.serviceWorker as the page sees it: a controller (or null) and `controllerchange`. */
class FakeContainer extends EventTarget {
  controller: object | null = null;
  takeControl() {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

let container: FakeContainer;
beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  localStorage.clear();
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('useOfflineReadyNotice', () => {
  it('waits for the controller after Workbox says the first version is installed', () => {
    const { result, rerender } = renderHook(({ installed }) => useOfflineReadyNotice(installed, true), {
      initialProps: { installed: false },
    });
    rerender({ installed: true });
    // Installed, not yet controlling: an offline reload would find nothing, so nothing is said.
    expect(result.current[0]).toBe(false);
    expect(localStorage.getItem(OFFLINE_READY_KEY)).toBe('due');
    act(() => container.takeControl());
    expect(result.current[0]).toBe(true);
  });

  it('is due when the first version claims a page that started without one, and said once', () => {
    const first = renderHook(() => useOfflineReadyNotice(false, true));
    expect(first.result.current[0]).toBe(false);
    act(() => container.takeControl());
    expect(first.result.current[0]).toBe(true);
    act(() => first.result.current[1]());
    expect(first.result.current[0]).toBe(false);
    expect(localStorage.getItem(OFFLINE_READY_KEY)).toBe('said');
    first.unmount();
    // The next page life, controlled from the start: said already.
    const next = renderHook(() => useOfflineReadyNotice(true, true));
    expect(next.result.current[0]).toBe(false);
  });

  it('survives the page life it became due in (the install often ends on the sign-in page)', () => {
    localStorage.setItem(OFFLINE_READY_KEY, 'due');
    container.controller = {};
    const { result } = renderHook(() => useOfflineReadyNotice(false, true));
    expect(result.current[0]).toBe(true);
  });

  it('says nothing on a device already running the app, nor before sign-in', () => {
    container.controller = {};
    expect(renderHook(() => useOfflineReadyNotice(false, true)).result.current[0]).toBe(false);
    expect(localStorage.getItem(OFFLINE_READY_KEY)).toBeNull();
    container.controller = null;
    const signedOut = renderHook(() => useOfflineReadyNotice(false, false));
    act(() => container.takeControl());
    expect(signedOut.result.current[0]).toBe(false);
    expect(localStorage.getItem(OFFLINE_READY_KEY)).toBe('due');
  });
});
