// @vitest-environment jsdom
// The notification opt-in: explained, turned on from a tap (permission, subscription with the server's
// key, saved with the device's language), choices saved, and a refused permission said plainly.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PushPanel } from '../../../../src/client/features/push/PushPanel.tsx';
import type { StoredSession } from '../../../../src/client/storage/port.ts';
import { renderIn } from '../ui/render.tsx';

const session: StoredSession = {
  deviceToken: 'creator-token-0123456789',
  deviceId: '00000000-0000-4000-8000-0000000000d1',
  member: { memberId: '00000000-0000-4000-8000-0000000000a2', role: 'creator', name: 'Léa' },
};
// 65 bytes: an uncompressed P-256 point as the server gives it (base64url).
const KEY = Buffer.from([4, ...Array.from({ length: 64 }, (_, i) => i)]).toString('base64url');
const SUBSCRIPTION = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
  expirationTime: null,
  keys: { p256dh: 'p', auth: 'a' },
};

function stubBrowser(permission: NotificationPermission) {
  let subscribed = false;
  const subscribe = vi.fn(async () => {
    subscribed = true;
    return {
      options: { applicationServerKey: null },
      toJSON: () => SUBSCRIPTION,
      unsubscribe: async () => true,
    };
  });
  const pushManager = { subscribe, getSubscription: async () => null };
  vi.stubGlobal('PushManager', function PushManager() {});
  vi.stubGlobal(
    'Notification',
    Object.assign(function Notification() {}, {
      permission: 'default',
      requestPermission: vi.fn(async () => permission),
    }),
  );
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve({ pushManager }) },
  });
  const calls: [string, string, unknown][] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push([method, url, body]);
      if (url === '/api/push')
        return Response.json({
          publicKey: KEY,
          subscribed,
          kinds: ['assignment', 'moment', 'spot', 'access', 'reminder'],
        });
      if (url === '/api/push/preferences') return Response.json({ kinds: body.kinds });
      return Response.json({ subscribed: true });
    }),
  );
  return { subscribe, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('PushPanel', () => {
  it('explains, then turns notifications on from a tap and saves the subscription in the device’s language', async () => {
    const { subscribe, calls } = stubBrowser('granted');
    await act(async () => void renderIn('fr', <PushPanel session={session} />));
    expect(
      await screen.findByText(/^Recevez une notification sur ce téléphone quand votre plan change/),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Activer les notifications' }));
    expect(await screen.findByText('Les notifications sont activées sur ce téléphone.')).toBeInTheDocument();
    const [options] = subscribe.mock.calls[0] as unknown as [
      { userVisibleOnly: boolean; applicationServerKey: Uint8Array },
    ];
    expect(options.userVisibleOnly).toBe(true);
    expect(Buffer.from(options.applicationServerKey).toString('base64url')).toBe(KEY);
    expect(calls.find(([m, u]) => m === 'PUT' && u === '/api/push/subscription')?.[2]).toEqual({
      ...SUBSCRIPTION,
      lang: 'fr',
    });

    await userEvent.click(screen.getByRole('checkbox', { name: '30 minutes avant mon moment clé' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(
      await screen.findByText('Choix enregistrés : ils valent pour tous vos appareils.'),
    ).toBeInTheDocument();
    expect(calls.find(([, u]) => u === '/api/push/preferences')?.[2]).toEqual({
      kinds: ['assignment', 'moment', 'spot', 'access'],
    });
  });

  it('says how to allow them again when the permission is refused, and subscribes nothing', async () => {
    const { subscribe, calls } = stubBrowser('denied');
    await act(async () => void renderIn('en', <PushPanel session={session} />));
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on notifications' }));
    expect(await screen.findAllByText(/^Notifications are blocked for this app/)).not.toHaveLength(0);
    expect(subscribe).not.toHaveBeenCalled();
    expect(calls.some(([m]) => m === 'PUT')).toBe(false);
  });

  it('offers them in one short line with two buttons, and once put off stays one folded line after a reload', async () => {
    stubBrowser('granted');
    const first = await act(async () => renderIn('en', <PushPanel session={session} />));
    const offer = await screen.findByRole('region', { name: 'Notifications' });
    // Short: one sentence and two buttons, no list of every kind before the day (those come once on).
    expect(offer).toHaveTextContent(
      'Get a notification on this phone when your plan changes while the app is closed.',
    );
    expect(offer).not.toHaveTextContent('Nothing else');
    expect(offer.querySelectorAll('p')).toHaveLength(1);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Turn on notifications',
      'Not now',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    expect(screen.queryByText(/^Get a notification/)).not.toBeVisible();
    expect(screen.getByText('Notifications are off for this phone.')).toBeVisible();
    first.unmount();

    // Remembered: a new start shows the folded line, and it opens on the explanation and the button.
    await act(async () => void renderIn('en', <PushPanel session={session} />));
    const line = await screen.findByText('Notifications are off for this phone.');
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
    expect(screen.getByText(/^Get a notification on this phone/)).not.toBeVisible();
    await userEvent.click(line);
    expect(screen.getByText(/^Get a notification on this phone/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Turn on notifications' })).toBeVisible();
  });

  it('shows nothing in a browser without Web Push', async () => {
    const { container } = await act(async () => renderIn('en', <PushPanel session={session} />));
    expect(container).toBeEmptyDOMElement();
  });
});
