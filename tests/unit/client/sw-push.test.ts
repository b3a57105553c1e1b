// The worker's push and notification-click handlers over fake clients: shown unless on screen, the card opened.
import type { ClientsLike, NotificationShape, WindowLike } from '../../../src/client/sw/push-handlers.ts';
import { cardUrl, handlePush, openCard, readPayload } from '../../../src/client/sw/push-handlers.ts';

const ORIGIN = 'https://plan.example.org';
const PAYLOAD = {
  v: 1,
  kind: 'spot',
  title: 'Your spot moved: Men’s 100 m final',
  body: 'Stand C: row 12',
  url: '/me#moment-m1',
  tag: 'moment-m1',
  lang: 'en',
  at: 1_722_800_000_000,
};

function windowAt(
  url: string,
  visibilityState = 'hidden',
  navigate?: (url: string) => Promise<unknown>,
): WindowLike & { messages: unknown[] } {
  const messages: unknown[] = [];
  return {
    url,
    visibilityState,
    messages,
    focus: vi.fn(async () => undefined),
    ...(navigate ? { navigate: vi.fn(navigate) } : {}),
    postMessage: (m: unknown) => void messages.push(m),
  };
}

function clients(windows: WindowLike[]): ClientsLike & { openWindow: ReturnType<typeof vi.fn> } {
  return { matchAll: async () => windows, openWindow: vi.fn(async () => null) };
}

function registration() {
  const shown: { title: string; options: NotificationShape }[] = [];
  return {
    shown,
    showNotification: async (title: string, options: NotificationShape) =>
      void shown.push({ title, options }),
  };
}

describe('handlePush', () => {
  it('shows the notice, grouped by its moment, opening its card', async () => {
    const reg = registration();
    expect(await handlePush(JSON.stringify(PAYLOAD), clients([windowAt(`${ORIGIN}/me`)]), reg, 'en-GB')).toBe(
      'shown',
    );
    expect(reg.shown).toEqual([
      {
        title: PAYLOAD.title,
        options: {
          body: PAYLOAD.body,
          tag: 'moment-m1',
          renotify: true,
          data: { url: '/me#moment-m1' },
          icon: '/icons/icon-192.png',
          badge: '/icons/icon-192.png',
          lang: 'en',
          timestamp: PAYLOAD.at,
        },
      },
    ]);
  });

  it('shows nothing while the app is on screen: the visible pages are told instead', async () => {
    const reg = registration();
    const open = windowAt(`${ORIGIN}/board`, 'visible');
    expect(await handlePush(JSON.stringify(PAYLOAD), clients([open]), reg, 'en')).toBe('on-screen');
    expect(reg.shown).toEqual([]);
    expect(open.messages).toEqual([{ type: 'push-seen', payload: PAYLOAD }]);
  });

  it('still shows something for a message it cannot read (browsers punish a silent push)', async () => {
    const reg = registration();
    await handlePush('not json', clients([]), reg, 'fr-FR');
    expect(reg.shown[0]).toMatchObject({
      title: 'Plan de jeu',
      options: { body: 'Votre plan a changé\u202f: ouvrez l’app.', data: { url: '/me' } },
    });
    expect(readPayload(JSON.stringify({ ...PAYLOAD, v: 2 }), 'en')).toBeNull();
    expect(readPayload(undefined, 'en')).toBeNull();
  });
});

describe('a tap on the notification', () => {
  it('opens only a path of this origin', () => {
    expect(cardUrl({ url: '/me#moment-m1' }, ORIGIN)).toBe(`${ORIGIN}/me#moment-m1`);
    expect(cardUrl({ url: 'https://evil.example/x' }, ORIGIN)).toBe(`${ORIGIN}/me`);
    expect(cardUrl({ url: '//evil.example/x' }, ORIGIN)).toBe(`${ORIGIN}/me`);
    expect(cardUrl(null, ORIGIN)).toBe(`${ORIGIN}/me`);
  });

  it('focuses an open window of the app and takes it to the card', async () => {
    const other = windowAt('https://elsewhere.example/');
    const app = windowAt(`${ORIGIN}/plan`, 'hidden', async () => ({}));
    const all = clients([other, app]);
    expect(await openCard(all, `${ORIGIN}/me#moment-m1`)).toBe('focused');
    expect(app.focus).toHaveBeenCalled();
    expect(app.navigate).toHaveBeenCalledWith(`${ORIGIN}/me#moment-m1`);
    expect(all.openWindow).not.toHaveBeenCalled();
  });

  it('asks an open page it cannot navigate (not controlled yet) to show the card itself', async () => {
    const app = windowAt(`${ORIGIN}/me`, 'hidden', async () => {
      throw new TypeError('not controlled');
    });
    await openCard(clients([app]), `${ORIGIN}/me#moment-m1`);
    expect(app.messages).toEqual([{ type: 'open-card', url: `${ORIGIN}/me#moment-m1` }]);
  });

  it('opens a window on the card when the app is closed', async () => {
    const none = clients([]);
    expect(await openCard(none, `${ORIGIN}/me#moment-m1`)).toBe('opened');
    expect(none.openWindow).toHaveBeenCalledWith(`${ORIGIN}/me#moment-m1`);
  });
});
