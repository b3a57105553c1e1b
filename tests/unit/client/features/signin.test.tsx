// @vitest-environment jsdom
// The sign-in screen's states, the redeem call's error mapping, and the route that keeps the session.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { redeemInvite, type RedeemResult } from '../../../../src/client/api/redeem.ts';
import { deviceKindOf } from '../../../../src/client/features/signin/device-name.ts';
import { SignInRoute } from '../../../../src/client/features/signin/SignInRoute.tsx';
import { SignInScreen } from '../../../../src/client/features/signin/SignInScreen.tsx';
import {
  fetchInvitePreview,
  type InvitePreviewState,
} from '../../../../src/client/features/signin/invite-preview.ts';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import type { RedeemRequest, SessionInfo } from '../../../../src/shared/protocol/messages.ts';
import { renderIn } from '../ui/render.tsx';

const CLIENT = '00000000-0000-4000-8000-0000000000c1';
const INVITE = 'invite-token-0123456789abcdef';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const SESSION: SessionInfo = {
  deviceToken: 'device-token-xyz',
  deviceId: '00000000-0000-4000-8000-0000000000d1',
  member: { id: '00000000-0000-4000-8000-000000000024', name: 'Léa', role: 'creator' },
};

const UNKNOWN: InvitePreviewState = { kind: 'unknown' };

function screenWith(result: RedeemResult, language: 'en' | 'fr' = 'en', preview = UNKNOWN) {
  const calls: RedeemRequest[] = [];
  const onSignedIn = vi.fn(async () => {});
  renderIn(
    language,
    <SignInScreen
      invite={INVITE}
      clientID={CLIENT}
      userAgent={ANDROID}
      onSignedIn={onSignedIn}
      previewInvite={async () => preview}
      redeem={async (request) => {
        calls.push(request);
        return result;
      }}
    />,
  );
  return { calls, onSignedIn };
}

describe('the sign-in screen', () => {
  it('without an invite, says where the sign-in link comes from', () => {
    renderIn('en', <SignInScreen invite={null} clientID={CLIENT} onSignedIn={async () => {}} />);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText('This device is not signed in: open the sign-in link your team admin sent you.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  it('names the member and the role the link signs in, before the tap', async () => {
    const ready: InvitePreviewState = {
      kind: 'ready',
      preview: { member: { name: 'Nora Vasselin', role: 'creator' }, expiresAt: '2024-07-30T10:00:00Z' },
    };
    screenWith({ ok: true, session: SESSION }, 'en', ready);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This link signs in Nora Vasselin as creator.',
    );
  });

  it('names them in French, and says at once when the link is already spent', async () => {
    const ready: InvitePreviewState = {
      kind: 'ready',
      preview: { member: { name: 'Hugo Berthelin', role: 'editor' }, expiresAt: '2024-07-30T10:00:00Z' },
    };
    screenWith({ ok: true, session: SESSION }, 'fr', ready);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ce lien connecte Hugo Berthelin avec le rôle « éditeur (le desk) ».',
    );
  });

  it('says a spent link is spent before the tap', async () => {
    screenWith({ ok: true, session: SESSION }, 'en', { kind: 'invalid', message: 'already used' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/already been used or has expired/);
    // No button that would fail the same way.
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('prefills the device name from the user agent, in French too', () => {
    screenWith({ ok: true, session: SESSION }, 'fr');
    expect(screen.getByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de l’appareil')).toHaveValue('Téléphone Android');
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeEnabled();
  });

  it('redeems the invite with the clientID and the typed device name', async () => {
    const { calls, onSignedIn } = screenWith({ ok: true, session: SESSION });
    const name = screen.getByLabelText('Device name');
    await userEvent.clear(name);
    await userEvent.type(name, '  Léa’s Pixel ');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(calls).toEqual([{ invite: INVITE, clientID: CLIENT, deviceName: 'Léa’s Pixel' }]);
    expect(onSignedIn).toHaveBeenCalledWith(SESSION);
  });

  it('explains a used or expired link', async () => {
    const { onSignedIn } = screenWith({
      ok: false,
      problem: 'invite_invalid',
      message: 'invite already used',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This sign-in link has already been used or has expired. Ask your team admin for a new one.',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('explains being offline', async () => {
    screenWith({ ok: false, problem: 'offline', message: 'Failed to fetch' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /No network: signing in needs a connection once/,
    );
  });

  it('explains a server error with its message', async () => {
    screenWith({ ok: false, problem: 'server', message: 'HTTP 503' }, 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le serveur n’a pas pu vous connecter (HTTP 503). Réessayez dans un instant.',
    );
  });

  it('refuses an empty device name without calling the server', async () => {
    const { calls } = screenWith({ ok: true, session: SESSION });
    await userEvent.clear(screen.getByLabelText('Device name'));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Device name: give this device a name.');
    expect(screen.getByLabelText('Device name')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });
});

describe('the sign-in route', () => {
  it('keeps the session, then replaces the invite URL with the day', async () => {
    window.history.replaceState(null, '', `/signin#invite=${INVITE}`);
    const store = createMemoryStore({ clientID: CLIENT });
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/auth/invite'
        ? new Response(
            JSON.stringify({ member: { name: 'Léa', role: 'creator' }, expiresAt: '2024-07-30T10:00:00Z' }),
          )
        : new Response(JSON.stringify(SESSION), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      renderIn('en', <SignInRoute invite={INVITE} />, store);
      // The screen says whom the link is for before the tap.
      expect(await screen.findByText('This link signs in Léa as creator.')).toBeInTheDocument();
      await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
      // A creator lands on their own day.
      await waitFor(() => expect(window.location.pathname).toBe('/me'));
      expect(window.location.hash).toBe('');
      const redeemCall = fetchMock.mock.calls.find(([url]) => url === '/api/auth/redeem') as unknown as [
        string,
        RequestInit,
      ];
      const body = JSON.parse(String(redeemCall[1].body));
      expect(body).toMatchObject({ invite: INVITE, clientID: CLIENT });
      expect((await store.getMeta()).session).toEqual({
        deviceToken: 'device-token-xyz',
        deviceId: SESSION.deviceId,
        member: { memberId: SESSION.member.id, role: 'creator', name: 'Léa' },
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('redeemInvite', () => {
  const request = { invite: INVITE, clientID: CLIENT, deviceName: 'Pixel' };
  const answer = (status: number, body: unknown) => async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('returns the session on 200', async () => {
    expect(await redeemInvite(request, answer(200, SESSION))).toEqual({ ok: true, session: SESSION });
  });

  it('maps the error codes the screen explains', async () => {
    const invalid = await redeemInvite(request, answer(401, { error: 'invite_invalid', message: 'expired' }));
    expect(invalid).toEqual({ ok: false, problem: 'invite_invalid', message: 'expired' });
    const limited = await redeemInvite(request, answer(429, { error: 'rate_limited', message: 'slow down' }));
    expect(limited).toMatchObject({ problem: 'rate_limited' });
    const bad = await redeemInvite(
      request,
      answer(400, { error: 'invalid_body', message: 'deviceName: too long' }),
    );
    expect(bad).toEqual({ ok: false, problem: 'bad_request', message: 'deviceName: too long' });
    const down = await redeemInvite(request, async () => new Response('Bad gateway', { status: 502 }));
    expect(down).toEqual({ ok: false, problem: 'server', message: 'HTTP 502' });
  });

  it('reports offline when fetch itself fails', async () => {
    const result = await redeemInvite(request, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({ ok: false, problem: 'offline', message: 'Failed to fetch' });
  });

  it('refuses a 200 that is not a session', async () => {
    expect(await redeemInvite(request, answer(200, { hello: 'world' }))).toMatchObject({
      ok: false,
      problem: 'server',
    });
  });
});

describe('deviceKindOf', () => {
  it('recognises phones, tablets and computers', () => {
    expect(deviceKindOf(ANDROID)).toBe('android');
    expect(deviceKindOf('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Safari/537.36')).toBe(
      'androidTablet',
    );
    expect(deviceKindOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)')).toBe('iphone');
    expect(deviceKindOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 5)).toBe('ipad');
    expect(deviceKindOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 0)).toBe('mac');
    expect(deviceKindOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
    expect(deviceKindOf('curl/8.0')).toBe('other');
  });
});

describe('fetchInvitePreview', () => {
  const answer = (status: number, body: unknown) => async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('reads the member, a refusal, or nothing when no answer came', async () => {
    const preview = { member: { name: 'Léa', role: 'creator' }, expiresAt: '2024-07-30T10:00:00Z' };
    expect(await fetchInvitePreview(INVITE, answer(200, preview))).toEqual({ kind: 'ready', preview });
    expect(
      await fetchInvitePreview(
        INVITE,
        answer(401, { error: 'invite_invalid', message: 'this invite has expired' }),
      ),
    ).toEqual({ kind: 'invalid', message: 'this invite has expired' });
    // A token cut short when the link was copied: the server refuses its shape (400).
    expect(
      await fetchInvitePreview(
        'garbage',
        answer(400, {
          error: 'invalid_body',
          message: 'invite: Too small: expected string to have >=16 characters',
        }),
      ),
    ).toMatchObject({ kind: 'invalid' });
    expect(await fetchInvitePreview(INVITE, answer(502, 'Bad gateway'))).toEqual({ kind: 'unknown' });
    expect(
      await fetchInvitePreview(INVITE, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual({ kind: 'unknown' });
  });
});
